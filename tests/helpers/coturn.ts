import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

export const TURNSERVER = '/usr/bin/turnserver'

/** coturn must be there: installed when we are root, otherwise the test fails with the command. */
export function ensureCoturn() {
  if (existsSync(TURNSERVER)) return
  if (process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', 'coturn'], { stdio: 'inherit' })
    return
  }
  throw new Error('coturn is not installed; run: apt-get install -y coturn')
}

export type RunningTurn = { url: string; output: () => string; stop: () => Promise<void> }

/**
 * Debian's coturn with `use-auth-secret`, as docs/turn.md sets it up, on `address:port` (UDP and
 * TCP), relaying from the same address. No TLS here: the test checks the relay, not certificates.
 */
export async function startCoturn(address: string, port: number, secret: string) {
  ensureCoturn()
  const child: ChildProcess = spawn(
    TURNSERVER,
    [
      '-n',
      `--listening-ip=${address}`,
      `--relay-ip=${address}`,
      `--listening-port=${port}`,
      `--min-port=${port + 10}`,
      `--max-port=${port + 200}`,
      '--use-auth-secret',
      `--static-auth-secret=${secret}`,
      '--realm=fixpoint.test',
      '--fingerprint',
      '--no-cli',
      '--no-tls',
      '--no-dtls',
      '--no-multicast-peers',
      '--log-file=stdout',
      '--simple-log',
      `--pidfile=/tmp/fixpoint-turn-${port}.pid`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  child.stdout?.on('data', (d) => {
    out += d
  })
  child.stderr?.on('data', (d) => {
    out += d
  })
  const deadline = Date.now() + 10_000
  while (!/listener opened on|Total General servers|IPv4\. (UDP|TCP) listener opened/.test(out)) {
    if (child.exitCode !== null) throw new Error(`turnserver exited ${child.exitCode}:\n${out}`)
    if (Date.now() > deadline) throw new Error(`turnserver did not start:\n${out}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url: `turn:${address}:${port}`,
    output: () => out,
    stop: async () => {
      if (child.exitCode !== null) return
      const gone = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await gone
    },
  } satisfies RunningTurn
}
