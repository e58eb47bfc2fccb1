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

/** Whether any staff account exists (none: the first run, the setup link is printed). */
export async function hasUsers(db: Db) {
  const [row] = await db.select({ n: count() }).from(users)
  return (row?.n ?? 0) > 0
}

/**
 * The first admin, from the setup link. Inside one transaction that locks the table, so two setup
 * links used at once (instances started together each print one) cannot both make an admin.
 */
export async function createFirstAdmin(
  db: Db,
  input: { email: string; name: string; password: string },
) {
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${users} in share row exclusive mode`)
    const [row] = await tx.select({ n: count() }).from(users)
    if ((row?.n ?? 0) > 0) return null
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: 'admin', passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role })
    return created ?? null
  })
}

/** Sets a member's password (from an invitation or reset link); a pending name is filled in. */
export async function setPassword(db: Db, id: string, password: string, name?: string) {
  const set: { passwordHash: string; name?: string } = {
    passwordHash: await hashPassword(password),
  }
  if (name) set.name = name
  const [row] = await db.update(users).set(set).where(eq(users.id, id)).returning({
    id: users.id,
    email: users.email,
    name: users.name,
    role: users.role,
    active: users.active,
  })
  return row ?? null
}
