import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts', 'server/**/*.test.ts', 'web/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/english-messages.ts'],
        },
      },
      {
        test: {
          name: 'api',
          sequence: { groupOrder: 1 },
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          // Each file has its own servers, ports and databases, and most of their time is waiting
          // on I/O: two at a time (vitest's default here is one, the cores less one).
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One prepared data directory for the tier's servers to start on copies of.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // The app with its test hooks (`vite build --mode test`, TEST_DIST in
          // scripts/build-state.ts); the production dist/ has none.
          env: { DIST_DIR: process.env.DIST_DIR ?? 'dist-test' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own server and a browser that renders in software: one file at a
          // time keeps WebRTC and WebGL timings honest on two cores.
          maxWorkers: 1,
          // No retries: a test that fails once fails the run (a flaky test is a bug to find).
          retry: 0,
        },
      },
    ],
  },
})
