/**
 * A repair session's capability token, kept for this tab only: whoever holds it can act on the
 * session, so it never goes to localStorage or a URL.
 */
const key = (sessionId: string) => `fixpoint.session.${sessionId}`

export function saveSessionToken(sessionId: string, token: string): void {
  sessionStorage.setItem(key(sessionId), token)
}

export function readSessionToken(sessionId: string): string | null {
  return sessionStorage.getItem(key(sessionId))
}
