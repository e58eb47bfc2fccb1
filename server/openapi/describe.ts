import { describeRoute, resolver } from 'hono-openapi'

type Schema = Parameters<typeof resolver>[0]
/** One answer: a JSON body with this schema, another media type, or no body at all. */
type Answer =
  | { json: Schema | 'object'; description?: string; also?: string }
  | {
      media: string | string[]
      description?: string
      binary?: boolean
      line?: Schema
      also?: string
    }
  | { empty: true; description: string }

/** A JSON answer parsed by this schema (in its output form: after defaults and transforms). */
export const json = (schema: Schema, description?: string): Answer => ({
  json: schema,
  description,
})
/** A JSON object whose shape the domain does not yet name: the document still fixes status and type. */
export const anyJson = (description?: string): Answer => ({ json: 'object', description })
/** A file or stream of another media type (`binary` for pictures and models). */
export const media = (type: string | string[], description?: string, binary = false): Answer => ({
  media: type,
  description,
  binary,
})
/** A conditional GET whose `If-None-Match` still holds: no body. */
export const NOT_MODIFIED: Answer = { empty: true, description: 'Not modified (ETag matched)' }

/** The bearer token security requirement (a session token or an API token). */
export const BEARER = { security: [{ bearer: [] }] }

export const NDJSON = 'application/x-ndjson'

/** Newline-delimited JSON: every line parses with this schema. */
export const ndjson = (line: Schema, description?: string): Answer => ({
  media: NDJSON,
  description,
  line,
})

function content(a: Answer) {
  if ('empty' in a) return undefined
  if ('json' in a)
    return {
      ...(a.also ? { [a.also]: { schema: { type: 'string' } } } : {}),
      'application/json': {
        schema:
          a.json === 'object'
            ? { type: 'object' }
            : resolver(a.json, { options: { io: 'output' } }),
      },
    }
  const types = typeof a.media === 'string' ? [a.media] : a.media
  const schema = a.line
    ? resolver(a.line, { options: { io: 'output' } })
    : a.binary
      ? { type: 'string', format: 'binary' }
      : { type: 'string' }
  const also = a.also ? { [a.also]: { schema: { type: 'string' } } } : {}
  return { ...Object.fromEntries(types.map((t) => [t, { schema }])), ...also }
}

/**
 * The route's entry in `/api/openapi.json`: a tag, a summary and its successful answers by status.
 * Errors (4XX, 5XX) are the one error shape for every route (server/openapi/document.ts); request
 * parameters and bodies come from the `validate` middleware's own schemas.
 */
export function doc(
  tag: string,
  summary: string,
  answers: Partial<Record<200 | 201 | 204 | 206 | 101 | 303 | 304, Answer>>,
  extra: {
    description?: string
    security?: Array<Record<string, string[]>>
    body?: string
    /** Parameters read without a validator (so typed clients need not pass them). */
    parameters?: object[]
  } = {},
) {
  const responses: Record<string, object> = {}
  for (const [status, a] of Object.entries(answers)) {
    const c = content(a)
    responses[status] = { description: a.description ?? 'OK', ...(c ? { content: c } : {}) }
  }
  return describeRoute({
    tags: [tag],
    summary,
    ...(extra.description ? { description: extra.description } : {}),
    ...(extra.security ? { security: extra.security } : {}),
    ...(extra.parameters ? { parameters: extra.parameters as never } : {}),
    ...(extra.body
      ? {
          requestBody: {
            required: true,
            content: { [extra.body]: { schema: { type: 'string', format: 'binary' } } },
          },
        }
      : {}),
    responses: responses as never,
  })
}
