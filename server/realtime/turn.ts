import { createHmac } from 'node:crypto'

export type IceServer = { urls: string | string[]; username?: string; credential?: string }

/**
 * ICE servers for one call. TURN entries get credentials minted with coturn's `use-auth-secret`
 * scheme: username `<expiry unix seconds>:<id>`, credential base64(HMAC-SHA1(secret, username)).
 */
export function iceServersFor(
  configured: IceServer[],
  turnSecret: string | undefined,
  id: string,
  ttlSeconds = 3600,
  now = Date.now(),
): IceServer[] {
  const username = `${Math.floor(now / 1000) + ttlSeconds}:${id}`
  const credential = turnSecret
    ? createHmac('sha1', turnSecret).update(username).digest('base64')
    : undefined
  return configured.map((s) => {
    const urls = Array.isArray(s.urls) ? s.urls : [s.urls]
    const isTurn = urls.some((u) => /^turns?:/.test(u))
    return isTurn && credential && !s.credential ? { ...s, username, credential } : s
  })
}
