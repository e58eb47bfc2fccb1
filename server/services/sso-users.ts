import { eq } from 'drizzle-orm'
import type { SsoIdentity } from '../auth/oidc'
import type { Db } from '../db/client'
import { users } from '../db/schema'
import { roleFromClaim, type StaffRole } from '../domain/staff'
import { findUserByEmail } from './users'

export type SsoRefusal = 'no_role' | 'no_email' | 'inactive'

/**
 * The staff member for a verified SSO identity. The provider's claim decides the role on every
 * sign-in (no mapped value: refused). A known subject signs in as itself; otherwise an account with
 * the same email is linked only when the provider says that email is verified; otherwise a new
 * member is created. A deactivated member stays out, SSO or not.
 */
export async function memberForSso(
  db: Db,
  identity: SsoIdentity,
  roleMap: Record<string, StaffRole>,
): Promise<{ id: string } | { refused: SsoRefusal }> {
  const role = roleFromClaim(identity.claim, roleMap)
  if (!role) return { refused: 'no_role' }
  const [known] = await db
    .select({ id: users.id, active: users.active })
    .from(users)
    .where(eq(users.ssoSubject, identity.subject))
    .limit(1)
  if (known) {
    if (!known.active) return { refused: 'inactive' }
    await db.update(users).set({ role }).where(eq(users.id, known.id))
    return { id: known.id }
  }
  if (!identity.email) return { refused: 'no_email' }
  const byEmail = await findUserByEmail(db, identity.email)
  if (byEmail) {
    // Linked to another subject already, or an unverified email: not the same person for sure.
    if (!identity.emailVerified || byEmail.ssoSubject) return { refused: 'no_email' }
    if (!byEmail.active) return { refused: 'inactive' }
    await db
      .update(users)
      .set({ role, ssoSubject: identity.subject })
      .where(eq(users.id, byEmail.id))
    return { id: byEmail.id }
  }
  const [row] = await db
    .insert(users)
    .values({
      email: identity.email,
      name: identity.name,
      role,
      passwordHash: null,
      ssoSubject: identity.subject,
    })
    .returning({ id: users.id })
  if (!row) throw new Error('user insert returned nothing')
  return { id: row.id }
}
