import type { MiddlewareHandler } from 'hono'

/**
 * An upload refused before its body was read (not signed in, not allowed, too large) leaves the
 * rest of the body on the wire, and the server drops such a connection soon after answering. The
 * answer says `Connection: close`, so a client does not send its next request down that socket
 * (a keep-alive client would get a reset instead of an answer).
 */
export const closeRefusedUpload: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.status >= 400) c.header('Connection', 'close')
}
