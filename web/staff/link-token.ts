/**
 * The token of a one-time link. It rides in the fragment (`#token=…`), which browsers never send
 * to a server, so it stays out of logs and Referer headers.
 */
export function linkToken(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token')
  return token && /^[\w-]{20,200}$/.test(token) ? token : null
}
