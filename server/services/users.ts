import { count, eq, sql } from 'drizzle-orm'
import { hashPassword } from '../auth/password'
import type { Role } from '../context'
import type { Db } from '../db/client'
import { users } from '../db/schema'

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1)
  return row ?? null
}

export class DuplicateUserError extends Error {}

export async function createUser(
  db: Db,
  input: { email: string; password: string; role: Role; name?: string },
) {
  if (await findUserByEmail(db, input.email))
    throw new DuplicateUserError(`A user with email ${input.email} already exists.`)
  const [row] = await db
    .insert(users)
    .values({
      email: input.email,
      name: input.name ?? '',
      role: input.role,
      passwordHash: await hashPassword(input.password),
    })
    .returning({ id: users.id, email: users.email, role: users.role })
  if (!row) throw new Error('user insert returned nothing')
  return row
}

/** On the first start with no users, the admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
export async function ensureAdmin(db: Db, email: string | undefined, password: string | undefined) {
  if (!email || !password) return null
  const [row] = await db.select({ n: count() }).from(users)
  if ((row?.n ?? 0) > 0) return null
  return createUser(db, { email, password, role: 'admin', name: 'Administrator' })
}
