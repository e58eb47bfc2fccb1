import { and, desc, eq, isNull, lt, or } from 'drizzle-orm'
import { hashToken, newToken } from '../auth/tokens'
import type { Db } from '../db/client'
import { apiTokens, users } from '../db/schema'
import {
  API_TOKEN_PREFIX,
  type ApiToken,
  type NewApiToken,
  type Scope,
  ScopeSchema,
} from '../domain/api-token'

type Row = typeof apiTokens.$inferSelect

const iso = (d: Date | null) => (d ? d.toISOString() : null)

function toApiToken(row: Row, createdBy: string | null): ApiToken {
  return {
    id: row.id,
    name: row.name,
    // Rows are only written through NewApiTokenSchema; a scope dropped from the code is not granted.
    scopes: row.scopes.flatMap((s) => {
      const p = ScopeSchema.safeParse(s)
      return p.success ? [p.data] : []
    }),
    prefix: row.prefix,
    createdBy,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  }
}

/** Every token, newest first, with the email of whoever created it. */
export async function listApiTokens(db: Db): Promise<ApiToken[]> {
  const rows = await db
    .select({ token: apiTokens, email: users.email })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt))
  return rows.map((r) => toApiToken(r.token, r.email))
}

/** A new token: the secret is returned here and never again (only its keyed hash is kept). */
export async function createApiToken(
  db: Db,
  secret: string,
  input: NewApiToken,
  by: { id: string; email: string },
) {
  const raw = `${API_TOKEN_PREFIX}${newToken()}`
  const [row] = await db
    .insert(apiTokens)
    .values({
      name: input.name,
      scopes: input.scopes,
      tokenHash: hashToken(secret, raw),
      prefix: raw.slice(0, API_TOKEN_PREFIX.length + 6),
      createdBy: by.id,
    })
    .returning()
  if (!row) throw new Error('the token was not stored')
  return { token: toApiToken(row, by.email), secret: raw }
}

/** Revokes a token (at once: every request looks it up); null when there is no such token. */
export async function revokeApiToken(db: Db, id: string): Promise<ApiToken | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning()
  const found = row ?? (await db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]
  if (!found) return null
  const [creator] = found.createdBy
    ? await db.select({ email: users.email }).from(users).where(eq(users.id, found.createdBy))
    : []
  return toApiToken(found, creator?.email ?? null)
}

export type TokenCheck =
  | { ok: true; id: string; name: string; scopes: Scope[] }
  | { ok: false; code: 'invalid_token' | 'token_revoked' }

const TOUCH_MS = 60_000

/** Looks a presented secret up by its hash, and notes the use (at most once a minute). */
export async function checkApiToken(db: Db, secret: string, raw: string): Promise<TokenCheck> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(secret, raw)))
    .limit(1)
  if (!row) return { ok: false, code: 'invalid_token' }
  if (row.revokedAt) return { ok: false, code: 'token_revoked' }
  const now = new Date()
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_MS)
    await db
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiTokens.id, row.id),
          or(
            isNull(apiTokens.lastUsedAt),
            lt(apiTokens.lastUsedAt, new Date(now.getTime() - TOUCH_MS)),
          ),
        ),
      )
  return { ok: true, id: row.id, name: row.name, scopes: toApiToken(row, null).scopes }
}
