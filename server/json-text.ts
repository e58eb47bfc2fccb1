import type { Context, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'

declare const shape: unique symbol

/**
 * JSON text known to be `JSON.stringify` of a value of type T: made once for what many requests
 * answer alike (a cached product, a published procedure) instead of serializing it per request.
 */
export type JsonText<T> = string & { readonly [shape]: T }

export function jsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>
}

/** The value type of JSON text (`null` for none). */
type Of<X> = X extends JsonText<infer V> ? V : null

/** `head` with one more field whose value is already JSON text (`head` must be a plain object). */
export function withJsonField<
  H extends object,
  K extends string,
  X extends JsonText<unknown> | null,
>(head: H, key: K, value: X): JsonText<H & { [P in K]: Of<X> }> {
  const text = JSON.stringify(head)
  const sep = text === '{}' ? '' : ','
  return `${text.slice(0, -1)}${sep}${JSON.stringify(key)}:${value ?? 'null'}}` as JsonText<
    H & { [P in K]: Of<X> }
  >
}

/** Answers JSON text as `c.json(value)` answers the value: same header, same type for clients. */
export function answerJson<T, S extends ContentfulStatusCode>(
  c: Context,
  text: JsonText<T>,
  status: S,
): Response & TypedResponse<JSONParsed<T>, S, 'json'> {
  const res: Response = c.body(text, status, { 'Content-Type': 'application/json' })
  return res as Response & TypedResponse<JSONParsed<T>, S, 'json'>
}
