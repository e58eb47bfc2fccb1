import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/app'
import { spawnServer } from '../helpers/server'

const work = mkdtempSync(join(tmpdir(), 'fixpoint-backup-'))
const dataDir = join(work, 'data')
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Runs `npm run db:<name> -- <file>` as an operator would, on `dir`. */
function script(name: 'backup' | 'restore', file: string, dir = dataDir) {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/db-${name}.ts`, file], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (d) => {
    output += d
  })
  child.stderr.on('data', (d) => {
    output += d
  })
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.on('exit', (code) => done({ code, output })),
  )
}

/** Starts a customer's repair session on a running server; its id and token. */
async function startSession(url: string) {
  const products = (await (await fetch(`${url}/api/products`)).json()) as {
    products: { procedures: { id: string }[] }[]
  }
  const procedureId = products.products[0]?.procedures[0]?.id
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureId, mode: 'inline' }),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; token: string }
}

/** Whether the server on `dir` knows this repair session. */
async function knows(dir: string, session: { id: string; token: string }) {
  const server = await spawnServer({ LOG_REQUESTS: '0', RATE_LIMIT: '0' }, dir)
  try {
    const res = await fetch(`${server.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${session.token}` },
    })
    return res.status === 200
  } finally {
    await server.stop()
  }
}

describe('db:backup and db:restore of the embedded database', { timeout: 180_000 }, () => {
  it('refuses while the server runs, backs up a stopped one, and restores it keeping what it replaced', async () => {
    const backup = join(work, 'nightly.tar.gz')
    const server = await spawnServer({ LOG_REQUESTS: '0', RATE_LIMIT: '0' }, dataDir)
    const before = await startSession(server.url)
    const refused = await script('backup', backup)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/is in use by another Fixpoint server/)
    expect(refused.output).toMatch(/with the server stopped/)
    expect(existsSync(backup)).toBe(false)
    await server.stop()

    const done = await script('backup', backup)
    expect(done.output).toMatch(/Backed up .* to .*nightly\.tar\.gz/)
    expect(done.code).toBe(0)
    // The next backup does not overwrite this one.
    expect((await script('backup', backup)).output).toMatch(/exists already/)

    // Work done after the backup...
    const again = await spawnServer({ LOG_REQUESTS: '0', RATE_LIMIT: '0' }, dataDir)
    const after = await startSession(again.url)
    await again.stop()

    // ...is not in the restored directory, and not lost either: the replaced one is kept.
    const restored = await script('restore', backup)
    expect(restored.code).toBe(0)
    const keptAs = /kept as (\S+)\.$/m.exec(restored.output)?.[1] as string
    expect(keptAs).toMatch(/data\.before-restore-/)
    expect(await knows(dataDir, before)).toBe(true)
    expect(await knows(dataDir, after)).toBe(false)
    expect(await knows(keptAs, after)).toBe(true)
  })

  it('refuses a file that is not a backup and leaves the data directory as it was', async () => {
    const junk = join(work, 'junk.tar.gz')
    writeFileSync(junk, 'not a backup at all')
    const entries = readdirSync(work).sort()
    const refused = await script('restore', junk)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/is not a Fixpoint backup/)
    expect(readdirSync(work).sort()).toEqual(entries)
    expect((await script('restore', join(work, 'missing.tar.gz'))).output).toMatch(/does not exist/)
  })
})
