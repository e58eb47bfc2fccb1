/**
 * The anchor of the customer-path benchmark: a bare Hono app on the same kind of database (PGlite
 * in DATA_DIR with the app's own settings and migrations, or the PostgreSQL at DATABASE_URL) doing
 * the same database work per step as the app, in plain parameterized SQL, and nothing else: no
 * middleware, validation, tokens, rate limits or caches. Same paths as the app, so the same
 * customers walk both.
 */
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { importCatalog } from '../../server/catalog/import'
import { openDatabase } from '../../server/db/client'

const url = process.env.DATABASE_URL
const database = url
  ? await openDatabase({ kind: 'postgres', url })
  : await openDatabase({ kind: 'pglite', dataDir: resolve(process.env.DATA_DIR ?? 'data-bare') })
if (process.env.SEED !== '0') await importCatalog(database.db, resolve('models'))

type Row = Record<string, unknown>
const query = async (text: string, params: unknown[]): Promise<Row[]> => {
  if (database.pool) return (await database.pool.query(text, params)).rows
  if (database.pglite) return (await database.pglite.query<Row>(text, params)).rows
  throw new Error('no database')
}

const app = new Hono()
  .get('/api/products/:id', async (c) => {
    const id = c.req.param('id')
    const [product] = await query('select * from products where id = $1', [id])
    const procedures = await query(
      `select p.id, v.version, v.content from procedures p join procedure_versions v
         on v.procedure_id = p.id and v.version = p.latest_version
       where p.product_id = $1 and p.status = 'active'`,
      [id],
    )
    return c.json({ product: { ...product, procedures } })
  })
  .post('/api/sessions', async (c) => {
    const body = await c.req.json<{ procedureId: string; mode: string }>()
    const [procedure] = await query(
      'select product_id, latest_version from procedures where id = $1',
      [body.procedureId],
    )
    const token = randomBytes(24).toString('base64url')
    const [row] = await query(
      `insert into repair_sessions (token_hash, product_id, procedure_id, version, mode)
       values ($1, $2, $3, $4, $5) returning id`,
      [token, procedure?.product_id, body.procedureId, procedure?.latest_version, body.mode],
    )
    return c.json({ id: row?.id, token }, 201)
  })
  .get('/api/sessions/:id', async (c) => {
    const [row] = await query('select * from repair_sessions where id = $1', [c.req.param('id')])
    return c.json(row ?? null)
  })
  .post('/api/sessions/:id/events', async (c) => {
    const { events } = await c.req.json<{ events: unknown[] }>()
    const rows = await query(
      `with ins as (
         insert into session_events (id, session_id, type, step_id, at, data)
         select (e->>'id')::uuid, $2, e->>'type', e->>'stepId', (e->>'at')::timestamptz, e->'data'
         from jsonb_array_elements($1::jsonb) e
         on conflict (id) do nothing returning id),
       seen as (update repair_sessions set last_seen_at = now() where id = $2)
       select count(*)::int as n from ins`,
      [JSON.stringify(events), c.req.param('id')],
    )
    return c.json({ accepted: rows[0]?.n })
  })
  .post('/api/sessions/:id/outcome', async (c) => {
    const { outcome } = await c.req.json<{ outcome: string }>()
    await query(
      'update repair_sessions set outcome = $2, ended_at = now(), last_seen_at = now() where id = $1',
      [c.req.param('id'), outcome],
    )
    return c.json({ outcome })
  })

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`Bare customer path running at http://127.0.0.1:${info.port}`)
})
process.on('SIGTERM', () => {
  void database.close().then(() => process.exit(0))
})
