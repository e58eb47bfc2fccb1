import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { repoRoot } from './app'
import { spawnServer } from './server'

export type AppServer = { url: string; output: () => string; stop: () => Promise<void> }

/**
 * The built app as `npm start` serves it: the real server process on a free port with a fresh
 * temporary data directory (removed on stop), ready once `GET /api/health` answers 200.
 */
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  if (!existsSync(resolve(repoRoot, process.env.DIST_DIR ?? 'dist', 'index.html'))) {
    throw new Error(
      'dist/ has no build: run `npx vite build` first (`npm test` builds before the e2e tier).',
    )
  }
  const server = await spawnServer(env)
  try {
    await waitForHealth(server.url, 30_000)
  } catch (err) {
    await server.stop()
    throw new Error(
      `${err instanceof Error ? err.message : String(err)}\nserver output:\n${server.output()}`,
    )
  }
  return {
    url: server.url,
    output: server.output,
    stop: async () => {
      await server.stop()
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
