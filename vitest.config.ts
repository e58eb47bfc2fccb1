import { defineConfig } from 'vitest/config'

/**
 * Browser test files whose timing is part of what they test (live calls over WebRTC, the XR
 * emulator walked in real time, fake cameras): the `e2e-live` project runs them one at a time.
 * Every other file in tests/e2e runs in the `e2e` project, two at a time.
 */
const LIVE_E2E = [
  'callbacks',
  'escalation',
  'escalation-ar',
  'failover',
  'guide-ar',
  'label-align',
  'label-camera',
  'phone-ar',
  'production-bundle',
  'scan',
  'shared-view',
  'snapshot',
  'step-media',
  'turn-relay',
  'xr-emulation',
].map((name) => `tests/e2e/${name}.test.ts`)

/** What both browser projects share. */
const e2e = {
  environment: 'node',
  // One prepared data directory for the tier's servers to start on copies of.
  globalSetup: ['tests/e2e/global-setup.ts'],
  // The app with its test hooks (`vite build --mode test`, TEST_DIST in
  // scripts/build-state.ts); the production dist/ has none.
  env: { DIST_DIR: process.env.DIST_DIR ?? 'dist-test' },
  testTimeout: 60_000,
  hookTimeout: 120_000,
  // No retries: a test that fails once fails the run (a flaky test is a bug to find).
  retry: 0,
}

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
          // One migrated database dump and one prepared data directory for the tier's files.
          globalSetup: ['tests/api/global-setup.ts'],
          // Each file has its own servers, ports and databases, and most of their time is waiting
          // on I/O: two at a time (vitest's default here is one, the cores less one).
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e',
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          exclude: LIVE_E2E,
          // Pages, forms and the 3D guide: two files at a time (each with its own server and
          // browser), as the API tier.
          maxWorkers: 2,
        },
      },
      {
        test: {
          ...e2e,
          name: 'e2e-live',
          sequence: { groupOrder: 3 },
          include: LIVE_E2E,
          // Calls, the XR emulator walked in real time, fake cameras: one file at a time keeps
          // WebRTC and WebGL timings honest on two cores.
          maxWorkers: 1,
        },
      },
    ],
  },
})
