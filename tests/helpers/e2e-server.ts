import { rmSync } from 'node:fs'
import { buildCommand, buildIsStale } from '../../scripts/build-state'
import { copyOfTemplate } from './data-template'
import { spawnServer } from './server'

export type AppServer = { url: string; output: () => string; stop: () => Promise<void> }

/**
 * The built app as `npm start` serves it: the real server process on a free port with a fresh
 * temporary data directory (removed on stop), ready once `GET /api/health` answers 200. In the
 * e2e tier that directory starts as a copy of the tier's prepared one (data-template.ts), unless
 * the server is on PostgreSQL. It serves
 * `DIST_DIR` (from `env`, else this process's environment, else dist/); the e2e tier sets it to
 * the test build (vitest.config.ts). A missing or stale build is refused: the tests would judge
 * code other than the code in the tree.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const dist = env.DIST_DIR ?? process.env.DIST_DIR ?? 'dist'
  const stale = buildIsStale(dist)
  if (stale)
    throw new Error(
      `${dist}/ must be built (${stale}): run \`${buildCommand(dist)}\` first (\`npm test\` builds both dist/ and dist-test/).`,
    )
  const copy = env.DATABASE_URL ? null : copyOfTemplate()
  const removeCopy = () => {
    if (copy) rmSync(copy, { recursive: true, force: true })
  }
  const server = await spawnServer({ ...env, DIST_DIR: dist }, copy ?? undefined).catch(
    (err: unknown) => {
      removeCopy()
      throw err
    },
  )
  try {
    await waitForHealth(server.url, 30_000)
  } catch (err) {
    await server.stop()
    removeCopy()
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}\nserver output:\n${server.output()}`,
    )
  }
  return {
    url: server.url,
    output: server.output,
    stop: async () => {
      await server.stop()
      removeCopy()
    },
  }
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.status === 200) return
      last = `status ${res.status}`
    } catch (err) {
      last = err instanceof Error ? err.message : String(err)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`GET ${url}/api/health did not answer 200 within ${timeoutMs} ms (${last})`)
}
