/**
 * The address a printed label's QR code encodes: `<base>/p/<product>?sn=<serial>`, which the
 * customer's lookup (`parseDeepLink`) resolves on any host. The base must be somewhere a phone that
 * scans the label can go, so loopback and placeholder hosts are refused with a reason. Pure.
 */

export type LabelBaseProblem =
  | { kind: 'invalid'; url: string }
  | { kind: 'protocol'; url: string }
  | { kind: 'loopback'; url: string; host: string }
  | { kind: 'placeholder'; url: string; host: string }
  | { kind: 'path'; url: string }

export type LabelBase = { ok: true; base: string } | { ok: false; problem: LabelBaseProblem }

// RFC 2606 names that can never be a real site; `fixpoint.example` lives in the sample catalog.
const PLACEHOLDER_TLDS = ['example', 'invalid', 'localhost']

/** True for hosts that only ever mean "this machine" (a phone scanning the label cannot open them). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true
  if (host === '0.0.0.0' || host === '::' || host === '::1') return true
  // IPv4-mapped IPv6 loopback, as URL normalizes it (::ffff:7f00:1).
  return /^::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}$/.test(host) || /^::ffff:127\./.test(host)
}

/**
 * Checks that `url` can be the base of printed labels: http(s), a host a phone can reach (not
 * loopback, not a reserved placeholder), and no path (the app answers `/p/<id>` at the root).
 * Answers the base without a trailing slash.
 */
export function labelBase(url: string): LabelBase {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, problem: { kind: 'invalid', url } }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { ok: false, problem: { kind: 'protocol', url } }
  const host = parsed.hostname
  if (isLoopbackHost(host)) return { ok: false, problem: { kind: 'loopback', url, host } }
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? ''
  if (PLACEHOLDER_TLDS.includes(tld))
    return { ok: false, problem: { kind: 'placeholder', url, host } }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash)
    return { ok: false, problem: { kind: 'path', url } }
  return { ok: true, base: parsed.origin }
}

/** The deep link a label for this product and serial carries (base from `labelBase`). */
export function labelUrl(base: string, productId: string, serial: string): string {
  return `${base}/p/${encodeURIComponent(productId)}?sn=${encodeURIComponent(serial)}`
}
