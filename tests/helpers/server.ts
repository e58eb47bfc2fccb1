import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './app'
import { API_TEMPLATE_ENV, copyOfTemplate } from './data-template'

export type RunningServer = {
  url: string
  dataDir: string
  child: ChildProcess
  output: () => string
  stop: (opts?: { keepData?: boolean }) => Promise<number | null>
}

/**
 * Spawns the server from its sources (`server/index.ts` under tsx), or with `npmStart` exactly as
 * `npm start` runs it (scripts/start.mjs: the builds when stale, then the server bundle under plain
 * Node); resolves once it prints its URL. Without a `dataDir`, on the embedded database, it starts
 * on a copy of the API tier's prepared data directory when there is one (about 3 s a start instead
 * of 6), unless `fresh` asks for the empty directory of a first start.
 */
export function spawnServer(
  env: Record<string, string> = {},
  dataDir?: string,
  opts: { npmStart?: boolean; fresh?: boolean } = {},
): Promise<RunningServer> {
  const prepared =
    dataDir || opts.fresh || env.DATABASE_URL ? null : copyOfTemplate(API_TEMPLATE_ENV)
  const dir = dataDir ?? prepared ?? mkdtempSync(join(tmpdir(), 'fixpoint-data-'))
  const args = opts.npmStart ? ['scripts/start.mjs'] : ['--import', 'tsx', 'server/index.ts']
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d) => {
    out += d
  })
  child.stderr?.on('data', (d) => {
    out += d
  })
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
  return new Promise((resolve, reject) => {
    // Generous: on two cores shared with other test runs, tsx and the catalog import take a while.
    // A server that never starts is stopped, not left running.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start in 90 s:\n${out}`))
    }, 90_000)
    const onData = () => {
      const m = /running at (https?:\/\/\S+)/.exec(out)
      if (!m?.[1]) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      resolve({
        url: m[1].replace('localhost', '127.0.0.1'),
        dataDir: dir,
        child,
        output: () => out,
        stop: async (opts) => {
          if (child.exitCode === null) child.kill('SIGTERM')
          // A server that does not stop within 10 s is killed, and says so, rather than hang the test.
          let timer: ReturnType<typeof setTimeout> | undefined
          const stuck = new Promise<'stuck'>((done) => {
            timer = setTimeout(() => done('stuck'), 10_000)
          })
          if ((await Promise.race([exited, stuck])) === 'stuck') {
            console.warn(`server did not stop within 10 s of SIGTERM; killing it. Output:\n${out}`)
            child.kill('SIGKILL')
          }
          clearTimeout(timer)
          const code = await exited
          if (!opts?.keepData && !dataDir) rmSync(dir, { recursive: true, force: true })
          return code
        },
      })
    }
    child.stdout?.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before starting:\n${out}`))
    })
  })
}

/** Runs the server expecting it to refuse to start; resolves with its exit code and output. */
export function runServerToExit(env: Record<string, string>, dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (d) => {
    out += d
  })
  child.stderr.on('data', (d) => {
    out += d
  })
  return new Promise<{ code: number | null; output: string }>((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      done({ code, output: out })
    })
  })
}

/** The metrics token test and bench servers are started with (`METRICS_TOKEN`). */
export const METRICS_TOKEN = 'test-metrics-token-0123456789'

/** A spawned server's Prometheus text, read with the token. */
export async function fetchMetrics(url: string): Promise<string> {
  const res = await fetch(`${url}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  })
  if (!res.ok) throw new Error(`GET /metrics answered ${res.status}`)
  return res.text()
}
