import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { API_TEMPLATE_ENV, makeDataTemplate } from '../helpers/data-template'
import { MEMORY_TEMPLATE_ENV, migratedDump } from '../helpers/db'

/**
 * Once per run of the API tier, what its files would each make again: a dump of a migrated, empty
 * PGlite (the in-process apps clone it) and a server's data directory after a clean first start
 * (spawned servers start on copies). Creating a PGlite cluster is most of either's cost. A first
 * start on an empty directory stays covered by tests/api/server-process.test.ts.
 */
export default async function setup(): Promise<() => void> {
  const scratch = mkdtempSync(join(tmpdir(), 'fixpoint-api-template-'))
  const dump = join(scratch, 'migrated.tar')
  const [dir, blob] = await Promise.all([makeDataTemplate({ LOG_REQUESTS: '0' }), migratedDump()])
  writeFileSync(dump, new Uint8Array(await blob.arrayBuffer()))
  process.env[API_TEMPLATE_ENV] = dir
  process.env[MEMORY_TEMPLATE_ENV] = dump
  return () => {
    delete process.env[API_TEMPLATE_ENV]
    delete process.env[MEMORY_TEMPLATE_ENV]
    rmSync(dir, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
  }
}
