import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './app'

export const NGINX = '/usr/sbin/nginx'

/** nginx must be there: installed when we are root, otherwise the test fails with the command. */
export function ensureNginx() {
  if (existsSync(NGINX)) return
  if (process.getuid?.() === 0) {
    execFileSync('apt-get', ['install', '-y', 'nginx'], { stdio: 'inherit' })
    return
  }
  throw new Error('nginx is not installed; run: apt-get install -y nginx')
}

/** A free TCP port on `host`. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, host, () => {
      const a = s.address()
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))))
    })
  })
}

/** docs/nginx.conf with the test's upstream instances and listen address put in. */
export function renderNginxConf(upstreams: string[], listen: string) {
  const doc = readFileSync(join(repoRoot, 'docs/nginx.conf'), 'utf8')
  const servers = upstreams.map((u) => `  server ${u} max_fails=1 fail_timeout=5s;`).join('\n')
  const out = doc
    .replace(/# fixpoint:servers\n[\s\S]*?# fixpoint:end\n/, `${servers}\n`)
    .replace(/# fixpoint:listen\n\s*listen [^;]+;/, `listen ${listen};`)
  if (out === doc || !out.includes(`listen ${listen};`))
    throw new Error('docs/nginx.conf lost its fixpoint:servers / fixpoint:listen markers')
  return out
}

export type RunningNginx = { url: string; stop: () => Promise<void> }

/**
 * Runs nginx in the foreground on docs/nginx.conf, in front of `upstreams`. One worker by default;
 * `workers: 'auto'` is Debian's own setting (one per core).
 */
export async function startNginx(
  upstreams: string[],
  host = '127.0.0.1',
  opts: { workers?: number | 'auto' } = {},
): Promise<RunningNginx> {
  ensureNginx()
  const port = await freePort(host)
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-nginx-'))
  writeFileSync(join(dir, 'fixpoint.conf'), renderNginxConf(upstreams, `${host}:${port}`))
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
worker_processes ${opts.workers ?? 1};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  include ${dir}/fixpoint.conf;
}
`,
  )
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stderr?.on('data', (d) => {
    out += d
  })
  const url = `http://${host}:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${out}`)
    try {
      await fetch(`${url}/api/health`)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer: ${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await gone
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
