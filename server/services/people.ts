import { and, count, desc, eq, gt, ne, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { staffSessions, users } from '../db/schema'
import type { LinkSent, StaffMember, StaffRole } from '../domain/staff'
import { HttpError } from '../errors'
import { log } from '../ops/log'
import { issueLink, type LinkKind, linkUrl } from './auth-links'
import { linkMail, type Mailer } from './mailer'
import { findUserByEmail } from './users'

const memberColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  passwordHash: users.passwordHash,
  ssoSubject: users.ssoSubject,
  lastSeenAt: users.lastSeenAt,
  createdAt: users.createdAt,
}

type MemberRow = {
  id: string
  email: string
  name: string
  role: StaffRole
  active: boolean
  passwordHash: string | null
  ssoSubject: string | null
  lastSeenAt: Date | null
  createdAt: Date
}

function toMember(r: MemberRow): StaffMember {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    active: r.active,
    pending: !r.passwordHash && !r.ssoSubject,
    sso: r.ssoSubject !== null,
    lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }
}

/** Every member (active first, most recently seen first) and the open sign-ins. */
export async function listPeople(db: Db) {
  const rows = await db
    .select(memberColumns)
    .from(users)
    .orderBy(desc(users.active), sql`${users.lastSeenAt} desc nulls last`, users.email)
  const signIns = await db
    .select({
      userId: staffSessions.userId,
      email: users.email,
      method: staffSessions.method,
      ip: staffSessions.ip,
      userAgent: staffSessions.userAgent,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
    })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(gt(staffSessions.expiresAt, new Date()))
    .orderBy(desc(staffSessions.lastSeenAt))
    .limit(200)
  return {
    users: rows.map(toMember),
    signIns: signIns.map((s) => ({
      ...s,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
    })),
  }
}

export async function getMember(db: Db, id: string) {
  const [row] = await db.select(memberColumns).from(users).where(eq(users.id, id)).limit(1)
  return row ? toMember(row) : null
}

type LinkContext = { db: Db; secret: string; mailer: Mailer | null; origin: string }

/**
 * Issues an invitation or reset link for this member and mails it when the server sends email;
 * otherwise (or when the mail server refuses) the link comes back for the admin to pass on.
 */
export async function sendLink(
  ctx: LinkContext,
  kind: Extract<LinkKind, 'invite' | 'reset'>,
  member: { id: string; email: string; name: string },
  by?: { id: string; name: string; email: string },
): Promise<LinkSent> {
  const { token, expiresAt } = await issueLink(ctx.db, ctx.secret, kind, {
    userId: member.id,
    createdBy: by?.id,
  })
  const link = linkUrl(ctx.origin, kind, token)
  let mailError: string | null = null
  if (ctx.mailer) {
    try {
      const text = linkMail({ kind, link, name: member.name, inviter: by?.name || by?.email })
      await ctx.mailer.send({ to: member.email, ...text })
      return { emailed: true, link: null, mailError: null, expiresAt: expiresAt.toISOString() }
    } catch (err) {
      log.error({ err }, `mail to ${member.email} failed`)
      mailError = `The mail server did not take the message (${err instanceof Error ? err.message : String(err)}).`
    }
  }
  return { emailed: false, link, mailError, expiresAt: expiresAt.toISOString() }
}

/** Creates the invited member (no password yet) and sends the invitation. */
export async function invite(
  ctx: LinkContext,
  input: { email: string; name: string; role: StaffRole },
  by: { id: string; name: string; email: string },
) {
  if (await findUserByEmail(ctx.db, input.email))
    throw new HttpError(409, 'email_taken', `${input.email} already has an account.`, {
      email: ['This email already has an account.'],
    })
  const [row] = await ctx.db
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, passwordHash: null })
    .returning(memberColumns)
  if (!row) throw new Error('user insert returned nothing')
  const sent = await sendLink(ctx, 'invite', row, by)
  return { user: toMember(row), sent }
}

async function otherActiveAdmins(db: Db, id: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)))
  return row?.n ?? 0
}

/**
 * A new role or (de)activation. The last active admin can be neither demoted nor deactivated, so
 * the server never ends up with nobody to manage it.
 */
export async function updateMember(
  db: Db,
  id: string,
  patch: { role?: StaffRole; active?: boolean },
) {
  const current = await getMember(db, id)
  if (!current) throw new HttpError(404, 'user_not_found', 'No such staff member.')
  const losesAdmin =
    current.role === 'admin' &&
    current.active &&
    ((patch.role && patch.role !== 'admin') || patch.active === false)
  if (losesAdmin && (await otherActiveAdmins(db, id)) === 0)
    throw new HttpError(
      409,
      'last_admin',
      'This is the last active administrator: make someone else an administrator first.',
    )
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning(memberColumns)
  if (!row) throw new HttpError(404, 'user_not_found', 'No such staff member.')
  return toMember(row)
}
