import { and, eq, lt, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../context'
import type { Db } from '../db/client'
import { staffSessions, users } from '../db/schema'
import { CSRF_COOKIE, SESSION_COOKIE } from '../middleware/staff'
import { hashToken, newToken } from './tokens'

const SESSION_DAYS = 14
/** How stale `last_seen_at` may get before a request writes it again. */
const SEEN_EVERY_MS = 60_000

/**
 * Starts a staff session for this user: a random id in an httpOnly cookie (only its keyed hash is
 * stored), and a CSRF token in a cookie our own script reads and echoes on writes.
 */
export async function startStaffSession(
  c: Context<AppEnv>,
  userId: string,
  method: 'password' | 'sso',
) {
  const { db, secret, secure, env } = c.var.deps
  const sessionId = newToken()
  const csrf = newToken()
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000)
  await db.insert(staffSessions).values({
    idHash: hashToken(secret, sessionId),
    userId,
    csrfToken: csrf,
    method,
    ip: c.var.clientIp.slice(0, 100),
    userAgent: (c.req.header('user-agent') ?? '').slice(0, 300),
    expiresAt,
  })
  await db.update(users).set({ lastSeenAt: new Date() }).where(eq(users.id, userId))
  const base = { path: '/', secure, expires: expiresAt, ...crossSite(secure, env.FRAME_ANCESTORS) }
  setCookie(c, SESSION_COOKIE, sessionId, { ...base, httpOnly: true })
  setCookie(c, CSRF_COOKIE, csrf, { ...base, httpOnly: false })
}

/**
 * Lax, unless the agent console may be framed by another site (FRAME_ANCESTORS) over HTTPS: then
 * the cookies must travel in that frame, so SameSite=None, partitioned by the framing site
 * (CHIPS). Writes still need the CSRF token either way.
 */
function crossSite(secure: boolean, frameAncestors: string[]) {
  const framed = frameAncestors.some((s) => s !== "'none'" && s !== "'self'")
  return framed && secure
    ? { sameSite: 'None' as const, partitioned: true }
    : { sameSite: 'Lax' as const }
}

/** Ends this browser's session (if any) and clears its cookies. */
export async function endStaffSession(c: Context<AppEnv>) {
  const { db, secret } = c.var.deps
  const raw = getCookie(c, SESSION_COOKIE)
  if (raw) await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(secret, raw)))
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
  deleteCookie(c, CSRF_COOKIE, { path: '/' })
}

/** Signs a member out everywhere: every session row goes, so the next request is refused. */
export async function endAllSessions(db: Db, userId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.userId, userId))
}

/** Records that a session was used, at most once a minute per session. */
export async function touchSession(db: Db, idHash: string, userId: string, seenAt: Date) {
  if (Date.now() - seenAt.getTime() < SEEN_EVERY_MS) return
  const now = new Date()
  const cutoff = new Date(now.getTime() - SEEN_EVERY_MS)
  const touched = await db
    .update(staffSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(staffSessions.idHash, idHash), lt(staffSessions.lastSeenAt, cutoff)))
    .returning({ id: staffSessions.idHash })
  if (touched.length > 0)
    await db
      .update(users)
      .set({ lastSeenAt: sql`greatest(${users.lastSeenAt}, ${now.toISOString()}::timestamptz)` })
      .where(eq(users.id, userId))
}
