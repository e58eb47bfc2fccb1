import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import { resolver, uniqueSymbol } from 'hono-openapi'
import type { z } from 'zod'
import type { $ZodType } from 'zod/v4/core'
import { findUnstorable } from './domain/storable'
import { errorBody, fieldErrors } from './errors'

/**
 * `zValidator` that answers a failure with the error contract: 400 and the field errors. Bodies that
 * are not JSON at all never reach here; `onError` answers them. Values PostgreSQL would refuse (see
 * `findUnstorable`) are a 400 too, unless `storable: false` (a route that checks its parts itself).
 * The schema is also attached for hono-openapi, so the request side of `/api/openapi.json` is
 * generated from the very schema that validates it.
 */
export function validate<T extends z.ZodType | $ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
  opts: { storable?: boolean } = {},
) {
  const middleware = zValidator(target, schema, (result, c) => {
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
    const bad = opts.storable === false ? null : findUnstorable(result.data)
    if (bad)
      return c.json(
        errorBody('invalid_request', `The request ${target} is not valid.`, {
          [bad.path]: [bad.problem],
        }),
        400,
      )
  })
  return Object.assign(middleware, {
    [uniqueSymbol]: { target, ...resolver(schema) },
  })
}
