import { and, eq, gt } from 'drizzle-orm'
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { touchSession } from '../auth/staff-session'
import { hashToken, sameHash } from '../auth/tokens'
import type { AppEnv, Role } from '../context'
import { staffSessions, users } from '../db/schema'
import { errorBody } from '../errors'

export const SESSION_COOKIE = 'fp_session'
export const CSRF_COOKIE = 'fp_csrf'
export const CSRF_HEADER = 'x-csrf-token'

/** Loads the staff user from the session cookie, if any; never rejects on its own. */
export const loadStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null)
  c.set('csrfToken', null)
  const raw = getCookie(c, SESSION_COOKIE)
  if (raw) {
    const { db, secret } = c.var.deps
    const idHash = hashToken(secret, raw)
    const [row] = await db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        csrf: staffSessions.csrfToken,
        seenAt: staffSessions.lastSeenAt,
      })
      .from(staffSessions)
      .innerJoin(users, eq(users.id, staffSessions.userId))
      .where(
        and(
          eq(staffSessions.idHash, idHash),
          gt(staffSessions.expiresAt, new Date()),
          // A deactivated member's sessions are deleted too; this holds even mid-deactivation.
          eq(users.active, true),
        ),
      )
      .limit(1)
    if (row) {
      const { csrf, seenAt, ...user } = row
      await touchSession(db, idHash, user.id, seenAt)
      c.set('user', user)
      c.set('csrfToken', csrf)
    }
  }
  await next()
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Only staff with one of these roles; cookie-authenticated writes must echo the CSRF token from the
 * `fp_csrf` cookie in the `x-csrf-token` header (double submit, checked against the server's copy).
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.var.user
    if (!user) return c.json(errorBody('unauthenticated', 'Sign in to continue.'), 401)
    if (!roles.includes(user.role))
      return c.json(errorBody('forbidden', 'Your account does not have access to this.'), 403)
    if (!SAFE.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER) ?? ''
      const expected = c.var.csrfToken ?? ''
      if (!sent || !sameHash(sent, expected))
        return c.json(
          errorBody(
            'csrf_failed',
            'The request is missing its CSRF token. Reload the page and try again.',
          ),
          403,
        )
    }
    await next()
  }
}

export const STAFF_ROLES: Role[] = ['admin', 'author', 'agent']
