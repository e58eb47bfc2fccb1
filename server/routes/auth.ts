import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import { DUMMY_HASH, verifyPassword } from '../auth/password'
import { hashToken, newToken } from '../auth/tokens'
import type { AppEnv } from '../context'
import { staffSessions } from '../db/schema'
import { fail } from '../errors'
import { CSRF_COOKIE, requireRole, SESSION_COOKIE, STAFF_ROLES } from '../middleware/staff'
import { findUserByEmail } from '../services/users'
import { validate } from '../validate'

const SESSION_DAYS = 14

const LoginSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
})

export const authRoutes = new Hono<AppEnv>()
  .post('/login', validate('json', LoginSchema), async (c) => {
    const { db, secret, secure } = c.var.deps
    const { email, password } = c.req.valid('json')
    const throttle = c.var.loginThrottle
    const keys = [`email:${email.toLowerCase()}`, `ip:${c.var.clientIp}`]
    const wait = (await throttle?.wait(keys)) ?? 0
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return fail(c, 429, 'too_many_attempts', `Too many failed sign-ins. Try again in ${wait} s.`)
    }
    const user = await findUserByEmail(db, email)
    // Verify against a dummy hash for unknown emails, so timing says nothing about who exists.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
    if (!user || !ok) {
      await throttle?.fail(keys)
      return fail(c, 401, 'invalid_credentials', 'The email or password is not right.')
    }
    await throttle?.succeed(keys)
    const sessionId = newToken()
    const csrf = newToken()
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000)
    await db
      .insert(staffSessions)
      .values({ idHash: hashToken(secret, sessionId), userId: user.id, csrfToken: csrf, expiresAt })
    const base = { path: '/', secure, sameSite: 'Lax' as const, expires: expiresAt }
    setCookie(c, SESSION_COOKIE, sessionId, { ...base, httpOnly: true })
    // Readable by our own script, which echoes it in x-csrf-token on writes.
    setCookie(c, CSRF_COOKIE, csrf, { ...base, httpOnly: false })
    return c.json(
      { user: { id: user.id, email: user.email, name: user.name, role: user.role } },
      200,
    )
  })
  .post('/logout', requireRole(...STAFF_ROLES), async (c) => {
    const { db, secret } = c.var.deps
    const raw = getCookie(c, SESSION_COOKIE)
    if (raw) await db.delete(staffSessions).where(eq(staffSessions.idHash, hashToken(secret, raw)))
    deleteCookie(c, SESSION_COOKIE, { path: '/' })
    deleteCookie(c, CSRF_COOKIE, { path: '/' })
    return c.json({ ok: true as const }, 200)
  })
  .get('/me', (c) => {
    const user = c.var.user
    if (!user) return fail(c, 401, 'unauthenticated', 'Not signed in.')
    return c.json({ user }, 200)
  })
