import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { testClient } from 'hono/testing'
import { createApp } from '../../server/app'
import { importCatalog } from '../../server/catalog/import'
import type { Deps } from '../../server/context'
import type { Database } from '../../server/db/client'
import { readEnv } from '../../server/env'
import { BlobStore } from '../../server/models/store'
import { LocalBus } from '../../server/realtime/bus'
import { Hub } from '../../server/realtime/hub'
import { createUser } from '../../server/services/users'
import { memoryDatabase } from './db'
import { checkedFetch, type OpenApiDoc } from './openapi-check'

export const repoRoot = resolve(import.meta.dirname, '../..')
export const catalogDir = resolve(repoRoot, 'models')

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>

/** The real app on a fresh in-memory database with the real catalog imported. */
export async function makeTestApp(
  opts: { database?: Database; catalog?: string | null; env?: Record<string, string> } = {},
) {
  const database = opts.database ?? (await memoryDatabase())
  const env = readEnv({
    NODE_ENV: 'test',
    RATE_LIMIT: '0',
    DATA_DIR: resolve(repoRoot, 'tests/.tmp/unused'),
    ...opts.env,
  })
  const deps: Deps = {
    db: database.db,
    database,
    env,
    secret: 'test-secret-test-secret-test-secret',
    modelsDir: catalogDir,
    hub: new Hub(new LocalBus()),
    blobs: new BlobStore(mkdtempSync(join(tmpdir(), 'fixpoint-blobs-'))),
    secure: false,
  }
  const catalog = opts.catalog === undefined ? catalogDir : opts.catalog
  if (catalog) await importCatalog(database.db, catalog)
  const app = createApp(deps)
  // Every answer in the API tests is checked against the app's own OpenAPI document.
  const plain = app.fetch
  app.fetch = checkedFetch(plain, async () => {
    const res = await plain(new Request('http://localhost/api/openapi.json'))
    return (await res.json()) as OpenApiDoc
  })
  return { app, api: testClient(app), deps, database, close: () => database.close() }
}

type Json = Record<string, unknown> | unknown[]

/** Small request helpers: JSON bodies, bearer tokens and a cookie jar for staff sessions. */
export function client(app: TestApp['app']) {
  let cookies: Record<string, string> = {}
  const send = async (
    method: string,
    path: string,
    body?: Json | string,
    headers: Record<string, string> = {},
  ) => {
    const h: Record<string, string> = { ...headers }
    if (body !== undefined) h['content-type'] ??= 'application/json'
    const jar = Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')
    if (jar) h.cookie = jar
    const res = await app.request(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';')
      const [k, ...v] = (pair ?? '').split('=')
      if (!k) continue
      const value = v.join('=')
      if (value === '' || /Max-Age=0/i.test(line)) {
        const { [k]: _gone, ...rest } = cookies
        cookies = rest
      } else cookies[k] = value
    }
    const text = await res.text()
    let json: unknown = null
    try {
      json = text ? JSON.parse(text) : null
    } catch {
      json = null
    }
    return { status: res.status, headers: res.headers, json, text }
  }
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: Json | string, headers?: Record<string, string>) =>
      send('POST', path, body, headers),
    send,
    cookies: () => cookies,
    csrf: () => ({ 'x-csrf-token': cookies.fp_csrf ?? '' }),
  }
}

export async function addStaff(
  t: TestApp,
  role: 'admin' | 'author' | 'agent',
  email = `${role}@example.com`,
) {
  const password = `${role}-password-1`
  await createUser(t.deps.db, { email, password, role })
  return { email, password }
}

type AnyResponse = { status: number; json(): Promise<unknown>; text(): Promise<string> }
type Success<R> = R extends { status: 200 | 201 } ? R : never

/** Asserts a 2xx answer (showing the error body if not) and returns its typed JSON. */
export async function ok<R extends AnyResponse>(
  res: R,
): Promise<Awaited<ReturnType<Success<R>['json']>>> {
  if (res.status !== 200 && res.status !== 201)
    throw new Error(`expected 2xx, got ${res.status}: ${await res.text()}`)
  return (await res.json()) as Awaited<ReturnType<Success<R>['json']>>
}
