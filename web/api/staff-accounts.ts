import { z } from 'zod'
import {
  type AuthOptions,
  AuthOptionsSchema,
  ForgotResultSchema,
  InvitedSchema,
  LinkInfoSchema,
  LinkSentSchema,
  type People,
  PeopleSchema,
  RoleSchema,
  SignedInSchema,
  type StaffRole,
  UserUpdatedSchema,
} from '../../server/domain/staff'
import { parsed } from './api-error'
import { client } from './client'

/** What the sign-in page offers: setup needed, SSO (and its name), whether email works. */
export function getAuthOptions(): Promise<AuthOptions> {
  return parsed(AuthOptionsSchema, client.api.auth.options.$get())
}

/** Creates the first admin from the setup link's token, and signs them in. */
export async function setUp(input: {
  token: string
  email: string
  name: string
  password: string
}) {
  return (await parsed(SignedInSchema, client.api.auth.setup.$post({ json: input }))).user
}

/** Asks for a reset link by email; `no_mail` when this server sends none. */
export async function forgotPassword(email: string) {
  return (await parsed(ForgotResultSchema, client.api.auth.forgot.$post({ json: { email } })))
    .result
}

/** What an invitation or reset link is for (ApiError 410 `link_invalid` once used or expired). */
export function getLinkInfo(token: string) {
  return parsed(LinkInfoSchema, client.api.auth.link.$post({ json: { token } }))
}

/** Sets the password from an invitation or reset link, and signs in. */
export async function setPasswordFromLink(input: {
  token: string
  password: string
  name?: string
}) {
  return (await parsed(SignedInSchema, client.api.auth.password.$post({ json: input }))).user
}

/** The staff members and open sign-ins (admins only). */
export function getPeople(): Promise<People> {
  return parsed(PeopleSchema, client.api.admin.users.$get())
}

export function inviteMember(input: { email: string; name: string; role: StaffRole }) {
  return parsed(InvitedSchema, client.api.admin.users.$post({ json: input }))
}

export async function updateMember(id: string, patch: { role?: StaffRole; active?: boolean }) {
  const res = client.api.admin.users[':id'].$patch({ param: { id }, json: patch })
  return (await parsed(UserUpdatedSchema, res)).user
}

/** A new invitation (not yet accepted) or reset link for this member. */
export function sendMemberLink(id: string) {
  const schema = z.object({ kind: z.enum(['invite', 'reset']), sent: LinkSentSchema })
  return parsed(schema, client.api.admin.users[':id'].reset.$post({ param: { id } }))
}

export type { StaffRole }
export { RoleSchema }
