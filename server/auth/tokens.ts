import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh random capability or session token (256 bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Tokens are stored as a keyed hash, so a database dump alone does not let anyone in. */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url')
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}
