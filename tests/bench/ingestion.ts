import { randomUUID } from 'node:crypto'
import { Agent, request } from 'undici'
import { serverDatabase } from '../helpers/db'
import { type RunningServer, spawnServer } from '../helpers/server'
import { median } from './load'

const BATCH = 100
const CLIENTS = 8
const SECONDS = 5
const ROUNDS = 3

/** Events per second accepted by one server, batches of 100 from 8 sessions at once. */
async function measure(server: RunningServer): Promise<number[]> {
  const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
    products: { procedures: { id: string }[] }[]
  }
  const procedureId = products.products[0]?.procedures[0]?.id
  const agent = new Agent({ connections: CLIENTS })
  const sessions = await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ procedureId, mode: 'inline' }),
      })
      return (await res.json()) as { id: string; token: string }
    }),
  )
  const rates: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    let accepted = 0
    const end = performance.now() + SECONDS * 1000
    const start = performance.now()
    await Promise.all(
      sessions.map(async (s) => {
        while (performance.now() < end) {
          const at = new Date().toISOString()
          const events = Array.from({ length: BATCH }, () => ({
            id: randomUUID(),
            type: 'step_view',
            at,
            stepId: 'a',
          }))
          const res = await request(`${server.url}/api/sessions/${s.id}/events`, {
            method: 'POST',
            dispatcher: agent,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
            body: JSON.stringify({ events }),
          })
          const body = (await res.body.json()) as { accepted: number }
          accepted += body.accepted ?? 0
        }
      }),
    )
    rates.push(accepted / ((performance.now() - start) / 1000))
  }
  await agent.close()
  return rates
}

export async function ingestionBench() {
  const env = { LOG_REQUESTS: '0', RATE_LIMIT: '0' }
  const embedded = await spawnServer(env)
  const pglite = median(await measure(embedded).finally(() => embedded.stop()))
  let postgres = Number.NaN
  if (process.env.TEST_DATABASE_URL) {
    const db = await serverDatabase(process.env.TEST_DATABASE_URL)
    const server = await spawnServer({ ...env, DATABASE_URL: db.url })
    try {
      postgres = median(await measure(server))
    } finally {
      await server.stop()
      await db.close()
    }
  }
  return {
    name: 'event ingestion, batches of 100',
    method: `Closed loop: ${CLIENTS} repair sessions (started once) each posting batches of ${BATCH} step_view events through the app as soon as the last batch was answered, ${ROUNDS} rounds of ${SECONDS} s; the figure is events stored (new) per second, the median of the rounds. One fresh server process per database, from its sources under tsx with \`npm start\`'s settings (rate limits and request log off): the embedded database, and PostgreSQL on a fresh database when TEST_DATABASE_URL is set.`,
    figures: { 'PGlite events/s': Math.round(pglite), 'PostgreSQL events/s': Math.round(postgres) },
    target: '≥ 20,000 events/s batched on PGlite',
    met: pglite >= 20_000,
  }
}
