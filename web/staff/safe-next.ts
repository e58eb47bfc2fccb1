/**
 * Where to go after signing in: only a path on this site, so a crafted link cannot send a freshly
 * signed-in user elsewhere.
 */
export function safeNext(raw: string | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/studio'
  return raw
}
