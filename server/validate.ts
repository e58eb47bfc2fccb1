import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { errorBody, fieldErrors } from './errors'

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
function nulPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '_' : null
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, [...path, k])
      if (found) return found
      if (k.includes('\u0000')) return [...path, k].join('.')
    }
  }
  return null
}

/**
 * `zValidator` that answers a failure with the error contract: 400 and the field errors. Bodies that
 * are not JSON at all never reach here; `onError` answers them.
 */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      return c.json(
        errorBody(
          'invalid_request',
          `The request ${target} is not valid.`,
          fieldErrors(result.error),
        ),
        400,
      )
    }
    const nul = nulPath(result.data)
    if (nul)
      return c.json(
        errorBody('invalid_request', `The request ${target} is not valid.`, {
          [nul]: ['must not contain NUL characters'],
        }),
        400,
      )
  })
}
