import { eq } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { hashToken, sameHash } from '../auth/tokens'
import type { AppEnv } from '../context'
import { repairSessions } from '../db/schema'
import { errorBody } from '../errors'

export type RepairSessionRow = typeof repairSessions.$inferSelect

/**
 * A customer reaches a repair session with the capability token issued when it started
 * (`Authorization: Bearer …`). Sets `session` for the handler.
 */
export const requireSessionToken: MiddlewareHandler<
  AppEnv & { Variables: { session: RepairSessionRow } }
> = async (c, next) => {
  const auth = c.req.header('authorization') ?? ''
  const token = /^Bearer\s+(\S+)$/i.exec(auth)?.[1]
  if (!token)
    return c.json(
      errorBody(
        'unauthenticated',
        'This request needs the session token (Authorization: Bearer …).',
      ),
      401,
    )
  const id = c.req.param('id') ?? ''
  if (!/^[0-9a-f-]{36}$/i.test(id))
    return c.json(errorBody('session_not_found', 'No such repair session.'), 404)
  const [row] = await c.var.deps.db
    .select()
    .from(repairSessions)
    .where(eq(repairSessions.id, id))
    .limit(1)
  if (!row) return c.json(errorBody('session_not_found', 'No such repair session.'), 404)
  if (!sameHash(row.tokenHash, hashToken(c.var.deps.secret, token)))
    return c.json(errorBody('forbidden', 'This token does not belong to this repair session.'), 403)
  c.set('session', row)
  await next()
}
