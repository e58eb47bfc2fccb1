import { z } from 'zod'

/** Staff roles: admins do everything, authors work in the studio, agents take escalations. */
export const ROLES = ['admin', 'author', 'agent'] as const
export const RoleSchema = z.enum(ROLES)
export type StaffRole = z.infer<typeof RoleSchema>

const Email = z.email('Enter an email address such as ann@example.com.').max(254)
/** Long enough to resist guessing; long passphrases welcome (scrypt takes any length). */
export const NewPasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(1024, 'Use at most 1024 characters.')
/** The random part of a one-time link (43 base64url characters for 256 bits). */
const LinkToken = z
  .string()
  .min(20, 'This link is incomplete: copy the whole link.')
  .max(200, 'This link is not valid.')
const Name = z.string().trim().max(100, 'Use at most 100 characters.')

/** `GET /api/auth/options`: what the sign-in page offers. */
export const AuthOptionsSchema = z.object({
  /** No staff account exists yet: the server printed a setup link. */
  setupNeeded: z.boolean(),
  /** Single sign-on through OpenID Connect, when configured: the provider's display name. */
  sso: z.object({ name: z.string() }).nullable(),
  /** Whether the server sends email (SMTP_URL); without it admins pass links on by hand. */
  mail: z.boolean(),
})
export type AuthOptions = z.infer<typeof AuthOptionsSchema>

/** `POST /api/auth/setup`: the first admin, with the token from the printed link. */
export const SetupSchema = z.object({
  token: LinkToken,
  email: Email,
  name: Name,
  password: NewPasswordSchema,
})

/** `POST /api/auth/forgot`: asks for a reset link by email. */
export const ForgotSchema = z.object({ email: Email })
export const ForgotResultSchema = z.object({
  /** `sent`: a link went out if the account exists; `no_mail`: this server sends no email. */
  result: z.enum(['sent', 'no_mail']),
})

/** `POST /api/auth/link`: what an invitation or reset link is for, before it is used. */
export const LinkQuerySchema = z.object({ token: LinkToken })
export const LinkInfoSchema = z.object({
  kind: z.enum(['invite', 'reset']),
  email: z.string(),
  name: z.string(),
})

/** `POST /api/auth/password`: sets the password from an invitation or reset link, and signs in. */
export const SetPasswordSchema = z.object({
  token: LinkToken,
  name: Name.optional(),
  password: NewPasswordSchema,
})

export const SignedInSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: RoleSchema }),
})

/** `POST /api/auth/logout`. */
export const SignedOutSchema = z.object({ ok: z.literal(true) })

/** `POST /api/admin/users`: invites someone by email with a role. */
export const InviteSchema = z.object({ email: Email, name: Name.default(''), role: RoleSchema })

/** `PATCH /api/admin/users/:id`: a new role, or (de)activation. */
export const UserPatchSchema = z
  .object({ role: RoleSchema.optional(), active: z.boolean().optional() })
  .refine((p) => p.role !== undefined || p.active !== undefined, {
    message: 'Give a role or active.',
  })

export const UserIdParamSchema = z.object({ id: z.uuid('Not a user id.') })

/**
 * A link handed out by an admin: `emailed` when the server mailed it; otherwise `link` is shown to
 * the admin to pass on (no SMTP_URL, or the mail server refused it: `mailError` says why).
 */
export const LinkSentSchema = z.object({
  emailed: z.boolean(),
  link: z.string().nullable(),
  mailError: z.string().nullable(),
  expiresAt: z.string(),
})
export type LinkSent = z.infer<typeof LinkSentSchema>

const Iso = z.string()

export const StaffMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  /** Invited, password not set yet (and no SSO sign-in). */
  pending: z.boolean(),
  sso: z.boolean(),
  lastSeenAt: Iso.nullable(),
  createdAt: Iso,
})
export type StaffMember = z.infer<typeof StaffMemberSchema>

export const SignInRowSchema = z.object({
  userId: z.string(),
  email: z.string(),
  method: z.enum(['password', 'sso']),
  ip: z.string(),
  userAgent: z.string(),
  createdAt: Iso,
  lastSeenAt: Iso,
})

/** `GET /api/admin/users`: the members and the open sign-ins, most recently seen first. */
export const PeopleSchema = z.object({
  users: z.array(StaffMemberSchema),
  signIns: z.array(SignInRowSchema),
  mail: z.boolean(),
})
export type People = z.infer<typeof PeopleSchema>

export const InvitedSchema = z.object({ user: StaffMemberSchema, sent: LinkSentSchema })
export const UserUpdatedSchema = z.object({ user: StaffMemberSchema })

const RANK: Record<StaffRole, number> = { admin: 3, author: 2, agent: 1 }

/**
 * The Fixpoint role for an SSO sign-in: the claim's value (a string or a list of strings) looked up
 * in the configured map; several matches give the broadest role; none gives null (refused).
 */
export function roleFromClaim(claim: unknown, map: Record<string, StaffRole>): StaffRole | null {
  const values = Array.isArray(claim) ? claim : [claim]
  let best: StaffRole | null = null
  for (const v of values) {
    if (typeof v !== 'string' && typeof v !== 'number') continue
    const role = Object.hasOwn(map, String(v)) ? map[String(v)] : undefined
    if (role && (!best || RANK[role] > RANK[best])) best = role
  }
  return best
}
