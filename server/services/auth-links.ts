import { and, eq, gt, isNull, lt, or } from 'drizzle-orm'
import { hashToken, newToken } from '../auth/tokens'
import type { Db } from '../db/client'
import { authTokens } from '../db/schema'

export type LinkKind = 'setup' | 'invite' | 'reset'

/** How long each kind of link works. */
export const LINK_TTL_MS: Record<LinkKind, number> = {
  setup: 3_600_000,
  invite: 7 * 86_400_000,
  reset: 3_600_000,
}

/** Where each kind of link opens in the web app; the token rides in the fragment, never in logs. */
export const LINK_PATH: Record<LinkKind, string> = {
  setup: '/setup',
  invite: '/welcome',
  reset: '/reset',
}

export function linkUrl(origin: string, kind: LinkKind, token: string) {
  return `${origin.replace(/\/$/, '')}${LINK_PATH[kind]}#token=${token}`
}

/**
 * A new one-time link token; only its keyed hash is stored. An invitation or reset replaces the
 * member's earlier unused ones of the same kind, so only the newest link works.
 */
export async function issueLink(
  db: Db,
  secret: string,
  kind: LinkKind,
  opts: { userId?: string; createdBy?: string } = {},
) {
  const token = newToken()
  const expiresAt = new Date(Date.now() + LINK_TTL_MS[kind])
  if (opts.userId)
    await db
      .delete(authTokens)
      .where(
        and(
          eq(authTokens.userId, opts.userId),
          eq(authTokens.kind, kind),
          isNull(authTokens.usedAt),
        ),
      )
  // Expired and used links are only clutter by now.
  await db
    .delete(authTokens)
    .where(
      or(
        lt(authTokens.expiresAt, new Date()),
        lt(authTokens.usedAt, new Date(Date.now() - 86_400_000)),
      ),
    )
  await db.insert(authTokens).values({
    idHash: hashToken(secret, token),
    kind,
    userId: opts.userId ?? null,
    createdBy: opts.createdBy ?? null,
    expiresAt,
  })
  return { token, expiresAt }
}

function live(secret: string, kinds: LinkKind[], token: string) {
  return and(
    eq(authTokens.idHash, hashToken(secret, token)),
    or(...kinds.map((k) => eq(authTokens.kind, k))),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, new Date()),
  )
}

/** The link's row while it is unused and unexpired (does not use it up). */
export async function peekLink(db: Db, secret: string, kinds: LinkKind[], token: string) {
  const [row] = await db
    .select()
    .from(authTokens)
    .where(live(secret, kinds, token))
    .limit(1)
  return row ?? null
}

/**
 * Uses the link up: one statement marks it used only if it was still live, so of two requests
 * racing with the same link exactly one gets the row.
 */
export async function consumeLink(db: Db, secret: string, kinds: LinkKind[], token: string) {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(live(secret, kinds, token))
    .returning()
  return row ?? null
}
