import { randomUUID } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importCatalog } from '../../server/catalog/import'
import type { Database } from '../../server/db/client'
import { procedureVersions, products, repairSessions } from '../../server/db/schema'
import { ingestEvents, sweepAbandoned } from '../../server/services/sessions'
import { createUser, DuplicateUserError } from '../../server/services/users'
import { catalogDir } from '../helpers/app'
import { databaseTargets } from '../helpers/db'

describe.each(databaseTargets)('data layer on $name', ({ open }) => {
  let database: Database
  let dir: string
  beforeAll(async () => {
    database = await open()
    dir = mkdtempSync(join(tmpdir(), 'fixpoint-catalog-'))
    cpSync(catalogDir, dir, { recursive: true })
  })
  afterAll(async () => {
    await database?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('imports the catalog, and a second import changes nothing', async () => {
    const first = await importCatalog(database.db, dir)
    expect(first.problems).toEqual([])
    expect(first.products.length).toBeGreaterThan(0)
    expect(first.published.length).toBeGreaterThan(0)
    const second = await importCatalog(database.db, dir)
    expect(second.problems).toEqual([])
    expect(second.products.every((p) => !p.changed)).toBe(true)
    expect(second.published).toEqual([])
  })

  it('a changed procedure file publishes a new version and leaves the old one untouched', async () => {
    const productId = readdirSync(dir)[0] as string
    const procDir = join(dir, productId, 'procedures')
    const file = join(procDir, readdirSync(procDir).sort()[0] as string)
    const original = JSON.parse(readFileSync(file, 'utf8'))
    const [before] = await database.db
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, original.id))
    writeFileSync(file, JSON.stringify({ ...original, title: `${original.title} (revised)` }))
    const report = await importCatalog(database.db, dir)
    expect(report.published).toEqual([{ procedureId: original.id, version: 2 }])
    const versions = await database.db
      .select()
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, original.id))
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2])
    expect(versions.find((v) => v.version === 1)).toEqual(before)
    const v2 = versions.find((v) => v.version === 2)
    expect(v2?.content).toMatchObject({ title: expect.stringMatching(/revised/) })
  })

  it('a changed product file updates the product', async () => {
    const productId = readdirSync(dir)[0] as string
    const file = join(dir, productId, 'product.json')
    const p = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...p, name: 'Renamed product' }))
    const report = await importCatalog(database.db, dir)
    expect(report.products.find((x) => x.id === productId)?.changed).toBe(true)
    const [row] = await database.db.select().from(products).where(eq(products.id, productId))
    expect(row?.name).toBe('Renamed product')
  })

  it('reports a broken procedure file with its path and keeps the rest', async () => {
    const productId = readdirSync(dir)[0] as string
    writeFileSync(
      join(dir, productId, 'procedures', 'zz-broken.json'),
      '{"formatVersion": 1, "id": "x"}',
    )
    const report = await importCatalog(database.db, dir)
    expect(
      report.problems.some((p) => p.startsWith(`models/${productId}/procedures/zz-broken.json: `)),
    ).toBe(true)
    expect(report.products.length).toBeGreaterThan(0)
  })

  it('stores a client event id once, whichever session resends it', async () => {
    const [v] = await database.db.select().from(procedureVersions).limit(1)
    if (!v) throw new Error('no version')
    const [row] = await database.db
      .insert(repairSessions)
      .values({
        tokenHash: 'h',
        productId: (v.content as { productId: string }).productId,
        procedureId: v.procedureId,
        version: v.version,
        mode: 'inline',
      })
      .returning()
    if (!row) throw new Error('no session')
    const e = {
      id: randomUUID(),
      type: 'step_view' as const,
      at: new Date().toISOString(),
      stepId: 'a',
    }
    expect(await ingestEvents(database.db, row, [e, e])).toMatchObject({
      accepted: 1,
      duplicates: 1,
    })
    expect(await ingestEvents(database.db, row, [e])).toMatchObject({ accepted: 0, duplicates: 1 })
    // Idle sessions without an answer become abandoned.
    expect(
      await sweepAbandoned(database.db, 60_000, new Date(Date.now() + 120_000)),
    ).toBeGreaterThan(0)
    const [after] = await database.db
      .select()
      .from(repairSessions)
      .where(eq(repairSessions.id, row.id))
    expect(after?.outcome).toBe('abandoned')
  })

  it('keeps staff emails unique regardless of case', async () => {
    await createUser(database.db, {
      email: 'Case@Example.com',
      password: 'password-1',
      role: 'author',
    })
    await expect(
      createUser(database.db, { email: 'case@example.com', password: 'password-2', role: 'agent' }),
    ).rejects.toBeInstanceOf(DuplicateUserError)
  })
})
