import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import type { Hono } from 'hono'

type Schema = Record<string, unknown>
type Answer = { content?: Record<string, { schema?: Schema }> }
type Operation = { responses: Record<string, Answer> }
export type OpenApiDoc = {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}

const BASE = 'https://fixpoint.invalid/components'
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void

/** Points the document's local refs at one shared schema that holds every component. */
function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string')
        out[k] = v.replace(/^#\/(components\/schemas|\$defs)\//, `${BASE}#/$defs/`)
      else out[k] = relink(v)
    }
    return out
  }
  return value
}

const mediaOf = (header: string | null) => (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
const mediaMatches = (declared: string, actual: string) =>
  declared === actual ||
  (declared.endsWith('/*') && actual.startsWith(declared.slice(0, -1))) ||
  declared === '*/*'

/**
 * Checks answers against the OpenAPI document: the route and status must be documented, the media
 * type declared, and a JSON (or NDJSON) body must validate against its schema. Throws with the
 * reason when the code and the document disagree.
 */
export class OpenApiCheck {
  private ajv = new Ajv2020({ strict: false, allErrors: true })
  private ops: Array<{ method: string; path: string; re: RegExp; op: Operation }> = []
  private compiled = new Map<Schema, ValidateFunction>()

  constructor(readonly doc: OpenApiDoc) {
    addFormats(this.ajv)
    this.ajv.addSchema({ $id: BASE, $defs: relink(doc.components?.schemas ?? {}) as Schema })
    for (const [path, methods] of Object.entries(doc.paths)) {
      const re = new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`)
      for (const [method, op] of Object.entries(methods))
        this.ops.push({ method: method.toUpperCase(), path, re, op })
    }
    // Every schema of the document compiles (a bad one is a broken document, not a passing test).
    for (const { op } of this.ops)
      for (const a of Object.values(op.responses))
        for (const m of Object.values(a.content ?? {})) if (m.schema) this.validator(m.schema)
  }

  private validator(schema: Schema) {
    let v = this.compiled.get(schema)
    if (!v) {
      v = this.ajv.compile(relink(schema) as Schema)
      this.compiled.set(schema, v)
    }
    return v
  }

  private checkBody(where: string, schema: Schema | undefined, value: unknown) {
    if (!schema) return
    const v = this.validator(schema)
    if (!v(value))
      throw new Error(
        `${where}: the body does not match the OpenAPI document: ${this.ajv.errorsText(v.errors)}\n${JSON.stringify(value).slice(0, 500)}`,
      )
  }

  /** Throws unless this answer to `method path` is what the document says it can be. */
  check(
    method: string,
    pathname: string,
    status: number,
    contentType: string | null,
    body: string,
  ) {
    const m = method === 'HEAD' ? 'GET' : method
    const found = this.ops.find((o) => o.method === m && o.re.test(pathname))
    const where = `${method} ${pathname} → ${status}`
    if (!found) {
      // Unknown routes answer the error shape with 404 (or 405); anything else is undocumented.
      if (status !== 404 && status !== 405)
        throw new Error(`${where}: the route is not in the OpenAPI document`)
      this.checkBody(where, this.doc.components?.schemas?.Error, JSON.parse(body))
      return
    }
    const responses = found.op.responses
    const answer =
      responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default
    if (!answer)
      throw new Error(
        `${where}: status ${status} is not documented for ${found.method} ${found.path} (documented: ${Object.keys(responses).join(', ')})`,
      )
    if (method === 'HEAD' || status === 101 || status === 204 || status === 304) return
    const content = answer.content
    if (!content) {
      if (body !== '') throw new Error(`${where}: the document says no body, but one came`)
      return
    }
    const media = mediaOf(contentType)
    const declared = Object.keys(content).find((d) => mediaMatches(d, media))
    if (!declared)
      throw new Error(
        `${where}: content type "${media}" is not documented (documented: ${Object.keys(content).join(', ')})`,
      )
    const schema = content[declared]?.schema
    if (media === 'application/json') this.checkBody(where, schema, JSON.parse(body))
    else if (media === 'application/x-ndjson')
      for (const line of body.split('\n').filter((l) => l !== ''))
        this.checkBody(where, schema, JSON.parse(line))
  }
}

/** The body as text, undoing the compression the server applied. */
async function decoded(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer())
  const encoding = res.headers.get('content-encoding')
  const media = mediaOf(res.headers.get('content-type'))
  // Pictures, models and scripts are not checked beyond their type: no need to inflate them.
  if (!/json/.test(media)) return bytes.length > 0 ? '(binary)' : ''
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8')
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8')
  if (encoding === 'deflate') return inflateSync(bytes).toString('utf8')
  if (encoding && encoding !== 'identity') throw new Error(`unknown content-encoding ${encoding}`)
  return bytes.toString('utf8')
}

/** `fetch` for a Hono app that checks every answer against the app's own document first. */
export function checkedFetch(
  fetch: Hono['fetch'],
  loadDoc: () => Promise<OpenApiDoc>,
): Hono['fetch'] {
  let check: Promise<OpenApiCheck> | null = null
  return async (req, env, ctx) => {
    const res = await fetch(req, env, ctx)
    const { pathname } = new URL(req.url)
    if (!pathname.startsWith('/api/') && pathname !== '/metrics') return res
    check ??= loadDoc().then((d) => new OpenApiCheck(d))
    const text = res.body && res.status !== 101 ? await decoded(res.clone()) : ''
    ;(await check).check(req.method, pathname, res.status, res.headers.get('content-type'), text)
    return res
  }
}
