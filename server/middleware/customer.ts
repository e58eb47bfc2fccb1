import { eq } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { hashToken, sameHash } from '../auth/tokens'
import type { AppEnv } from '../context'
import type { Db } from '../db/client'
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
  const found = await findSessionByToken(
    c.var.deps.db,
    c.var.deps.secret,
    c.req.param('id') ?? '',
    token,
  )
  if (found === 'not_found')
    return c.json(errorBody('session_not_found', 'No such repair session.'), 404)
  if (found === 'forbidden')
    return c.json(errorBody('forbidden', 'This token does not belong to this repair session.'), 403)
  c.set('session', found)
  await next()
}

/**
 * Sessions by id, for the token check on every customer request. Id, token hash, product,
 * procedure and version never change; routes that need the changing parts read the row again.
 */
const known = new WeakMap<Db, Map<string, RepairSessionRow>>()
const MAX_KNOWN = 20_000

function sessionsOf(db: Db): Map<string, RepairSessionRow> {
  let cache = known.get(db)
  if (!cache) {
    cache = new Map()
    known.set(db, cache)
  }
  return cache
}

/** Keeps a session row for later token checks (the oldest goes past MAX_KNOWN). */
export function rememberSession(db: Db, row: RepairSessionRow): void {
  const cache = sessionsOf(db)
  cache.set(row.id, row)
  if (cache.size > MAX_KNOWN) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
}

/** The session when the token is its own; otherwise why not. */
export async function findSessionByToken(
  db: Db,
  secret: string,
  id: string,
  token: string,
): Promise<RepairSessionRow | 'not_found' | 'forbidden'> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    return 'not_found'
  let row = sessionsOf(db).get(id)
  if (!row) {
    ;[row] = await db.select().from(repairSessions).where(eq(repairSessions.id, id)).limit(1)
    if (!row) return 'not_found'
    rememberSession(db, row)
  }
  return sameHash(row.tokenHash, hashToken(secret, token)) ? row : 'forbidden'
}
