import { execFileSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './nginx'

export type OwnPostgres = {
  /** The `postgres` database of this server, for creating the test's own database. */
  adminUrl: string
  /** Stops the server (fast shutdown: sessions are cut, as in a restart). */
  stopServer: () => void
  startServer: () => void
  /** Stops the server and removes its cluster. */
  remove: () => void
}

/** Debian's PostgreSQL binaries, newest version first. */
function binDir(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  const v = versions[0]
  if (!v)
    throw new Error(
      `No PostgreSQL server binaries in ${root}/*/bin; run: apt-get install -y postgresql`,
    )
  return join(root, v, 'bin')
}

/**
 * A PostgreSQL server of the test's own: a temporary cluster (initdb, trust, fsync off) on a free
 * port, started with pg_ctl; the test may stop and start it at will. Never the shared server. As
 * root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
 */
export async function ownPostgres(): Promise<OwnPostgres> {
  const bin = binDir()
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-pg-'))
  const data = join(dir, 'data')
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args]
    try {
      execFileSync(file as string, argv as string[], { stdio: 'pipe', cwd: dir })
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer }
      throw new Error(`${cmd} failed: ${err.stderr ?? ''}${err.stdout ?? ''}`)
    }
  }
  run('initdb', ['-D', data, '-U', 'root', '-A', 'trust', '-E', 'UTF8', '--no-sync'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`
  const startServer = () =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start'])
  const stopServer = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  startServer()
  return {
    adminUrl: `postgres://root@127.0.0.1:${port}/postgres`,
    startServer,
    stopServer,
    remove: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
