import { Hono } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import { z } from 'zod'
import type { PendingSignIn } from '../auth/oidc'
import { DUMMY_HASH, verifyPassword } from '../auth/password'
import { endAllSessions, endStaffSession, startStaffSession } from '../auth/staff-session'
import type { AppEnv } from '../context'
import {
  AuthOptionsSchema,
  ForgotResultSchema,
  ForgotSchema,
  LinkInfoSchema,
  LinkQuerySchema,
  SetPasswordSchema,
  SetupSchema,
  SignedInSchema,
  SignedOutSchema,
} from '../domain/staff'
import { fail } from '../errors'
import { requireRole, STAFF_ROLES } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { log } from '../ops/log'
import { consumeLink, peekLink } from '../services/auth-links'
import { getMember, sendLink } from '../services/people'
import { memberForSso } from '../services/sso-users'
import { createFirstAdmin, findUserByEmail, hasUsers, setPassword } from '../services/users'
import { validate } from '../validate'
import { linkOrigin, safePath, sameOrigin } from './origin'

const LoginSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(1024),
})

const SSO_COOKIE = 'fp_oidc'
const SSO_COOKIE_PATH = '/api/auth/sso'

const PendingSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  redirectUri: z.string(),
  next: z.string(),
})

const SsoStartQuery = z.object({ next: z.string().max(2000).optional() })

export const authRoutes = new Hono<AppEnv>()
  .get(
    '/options',
    doc('auth', 'How staff can sign in here', { 200: json(AuthOptionsSchema) }),
    async (c) => {
      const { db } = c.var.deps
      const oidc = c.var.oidc
      return c.json(
        {
          setupNeeded: !(await hasUsers(db)),
          sso: oidc ? { name: oidc.settings.name } : null,
          mail: c.var.mailer !== null,
        },
        200,
      )
    },
  )
  .post(
    '/login',
    doc('auth', 'Sign in with email and password (sets the session cookie)', {
      200: json(SignedInSchema),
    }),
    validate('json', LoginSchema),
    async (c) => {
      const { db } = c.var.deps
      const { email, password } = c.req.valid('json')
      const throttle = c.var.loginThrottle
      const keys = [`email:${email.toLowerCase()}`, `ip:${c.var.clientIp}`]
      const wait = (await throttle?.wait(keys)) ?? 0
      if (wait > 0) {
        c.header('Retry-After', String(wait))
        return fail(
          c,
          429,
          'too_many_attempts',
          `Too many failed sign-ins. Try again in ${wait} s.`,
        )
      }
      const user = await findUserByEmail(db, email)
      // Verify against a dummy hash for unknown emails (and accounts with no password yet), so
      // timing says nothing about who exists.
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH)
      if (!user || !ok) {
        await throttle?.fail(keys)
        return fail(c, 401, 'invalid_credentials', 'The email or password is not right.')
      }
      if (!user.active)
        return fail(
          c,
          403,
          'account_inactive',
          'This account is deactivated. Ask an administrator if you need access again.',
        )
      await throttle?.succeed(keys)
      await startStaffSession(c, user.id, 'password')
      return c.json(
        { user: { id: user.id, email: user.email, name: user.name, role: user.role } },
        200,
      )
    },
  )
  .post(
    '/logout',
    doc('auth', 'Sign out', { 200: json(SignedOutSchema) }),
    requireRole(...STAFF_ROLES),
    async (c) => {
      await endStaffSession(c)
      return c.json({ ok: true as const }, 200)
    },
  )
  .get('/me', doc('auth', 'The signed-in staff member', { 200: json(SignedInSchema) }), (c) => {
    const user = c.var.user
    if (!user) return fail(c, 401, 'unauthenticated', 'Not signed in.')
    return c.json({ user }, 200)
  })
  // The first admin, from the link the server printed at its first start. Only from a page of this
  // very server (the Origin check), so a link leaked elsewhere cannot be used from another site.
  .post(
    '/setup',
    doc('auth', 'Create the first admin from a setup link', { 201: json(SignedInSchema) }),
    validate('json', SetupSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      if (!sameOrigin(c))
        return fail(c, 403, 'wrong_origin', 'Open the setup link on this server’s own address.')
      const input = c.req.valid('json')
      const link = await consumeLink(db, secret, ['setup'], input.token)
      if (!link)
        return fail(
          c,
          410,
          'link_invalid',
          'This setup link has been used or has expired. Restart the server for a new one if no account exists yet.',
        )
      const admin = await createFirstAdmin(db, input)
      if (!admin)
        return fail(c, 409, 'already_set_up', 'An administrator already exists: sign in instead.')
      log.info(`Created the first admin account ${admin.email} from the setup link.`)
      await startStaffSession(c, admin.id, 'password')
      return c.json({ user: admin }, 201)
    },
  )
  // Always the same answer whether the account exists or not, so it tells nobody who has one.
  .post(
    '/forgot',
    doc('auth', 'Send a password reset link', { 200: json(ForgotResultSchema) }),
    validate('json', ForgotSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const mailer = c.var.mailer
      if (!mailer) return c.json({ result: 'no_mail' as const }, 200)
      const { email } = c.req.valid('json')
      const user = await findUserByEmail(db, email)
      const perEmail = c.var.resetMailLimit
      const allowed = !perEmail || (await perEmail(email.toLowerCase()))
      if (user?.active && allowed)
        await sendLink({ db, secret, mailer, origin: linkOrigin(c) }, 'reset', user)
      return c.json({ result: 'sent' as const }, 200)
    },
  )
  .post(
    '/link',
    doc('auth', 'What a one-time link is for', { 200: json(LinkInfoSchema) }),
    validate('json', LinkQuerySchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const link = await peekLink(db, secret, ['invite', 'reset'], c.req.valid('json').token)
      const member = link?.userId ? await getMember(db, link.userId) : null
      if (!link || !member?.active || (link.kind !== 'invite' && link.kind !== 'reset'))
        return fail(
          c,
          410,
          'link_invalid',
          'This link has been used or has expired. Ask an administrator for a new one.',
        )
      return c.json({ kind: link.kind, email: member.email, name: member.name }, 200)
    },
  )
  // Sets the password from an invitation or reset link: every other session of the member ends
  // (a reset is often about a password someone else knows), and this browser is signed in.
  .post(
    '/password',
    doc('auth', 'Set a password from a one-time link', { 200: json(SignedInSchema) }),
    validate('json', SetPasswordSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const input = c.req.valid('json')
      const link = await consumeLink(db, secret, ['invite', 'reset'], input.token)
      const member = link?.userId ? await getMember(db, link.userId) : null
      if (!link?.userId || !member?.active)
        return fail(
          c,
          410,
          'link_invalid',
          'This link has been used or has expired. Ask an administrator for a new one.',
        )
      const user = await setPassword(db, link.userId, input.password, input.name)
      if (!user) return fail(c, 410, 'link_invalid', 'This account no longer exists.')
      await endAllSessions(db, user.id)
      await startStaffSession(c, user.id, 'password')
      return c.json(
        { user: { id: user.id, email: user.email, name: user.name, role: user.role } },
        200,
      )
    },
  )
  .get(
    '/sso/start',
    doc('auth', 'Start single sign-on (redirects to the identity provider)', {
      303: { empty: true, description: 'To the identity provider' },
    }),
    validate('query', SsoStartQuery),
    async (c) => {
      const oidc = c.var.oidc
      if (!oidc) return fail(c, 404, 'sso_not_configured', 'Single sign-on is not set up here.')
      const redirectUri = `${linkOrigin(c)}/api/auth/sso/callback`
      const next = safePath(c.req.valid('query').next)
      let started: Awaited<ReturnType<typeof oidc.start>>
      try {
        started = await oidc.start(redirectUri, next)
      } catch (err) {
        log.error({ err }, 'sso: the provider could not be reached')
        return c.redirect('/login?sso=unavailable', 303)
      }
      await setSignedCookie(c, SSO_COOKIE, JSON.stringify(started.pending), c.var.deps.secret, {
        path: SSO_COOKIE_PATH,
        httpOnly: true,
        secure: c.var.deps.secure,
        // Lax: the provider sends the browser back with a top-level GET from its own site.
        sameSite: 'Lax',
        maxAge: 600,
      })
      return c.redirect(started.url, 303)
    },
  )
  .get(
    '/sso/callback',
    doc('auth', 'Return from the identity provider', {
      303: { empty: true, description: 'Signed in: to the staff app' },
    }),
    async (c) => {
      const oidc = c.var.oidc
      if (!oidc) return fail(c, 404, 'sso_not_configured', 'Single sign-on is not set up here.')
      const raw = await getSignedCookie(c, c.var.deps.secret, SSO_COOKIE)
      deleteCookie(c, SSO_COOKIE, { path: SSO_COOKIE_PATH })
      const pending = raw ? parsePending(raw) : null
      if (!pending) return c.redirect('/login?sso=expired', 303)
      let identity: Awaited<ReturnType<typeof oidc.finish>>
      try {
        identity = await oidc.finish(pending, new URL(c.req.url).search)
      } catch (err) {
        log.warn(`sso: sign-in refused: ${err instanceof Error ? err.message : String(err)}`)
        return c.redirect('/login?sso=failed', 303)
      }
      const member = await memberForSso(c.var.deps.db, identity, oidc.settings.roleMap)
      if ('refused' in member) return c.redirect(`/login?sso=${member.refused}`, 303)
      await startStaffSession(c, member.id, 'sso')
      return c.redirect(pending.next, 303)
    },
  )

function parsePending(raw: string): PendingSignIn | null {
  try {
    const parsed = PendingSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
