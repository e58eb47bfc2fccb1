import { zValidator } from '@hono/zod-validator'
import type { ValidationTargets } from 'hono'
import type { z } from 'zod'
import { errorBody, fieldErrors } from './errors'

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
  })
}
