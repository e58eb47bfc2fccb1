/**
 * Resolving what a camera read (an EAN, a model code, or a QR deep link such as
 * `https://host/p/<id>?sn=123`) to a product and an optional serial number. Pure: the caller
 * supplies the candidates.
 */
export type CodeCandidate = { productId: string; codes: string[]; codePrefixes: string[] }

export type LookupResult = { productId: string; serial?: string }

const DEEP_LINK = /^\/p\/([a-z0-9][a-z0-9-]*)\/?$/

export function parseDeepLink(raw: string): LookupResult | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const m = DEEP_LINK.exec(url.pathname)
  if (!m?.[1]) return null
  const sn = url.searchParams.get('sn')?.trim()
  return sn ? { productId: m[1], serial: sn } : { productId: m[1] }
}

export function resolveCode(raw: string, candidates: CodeCandidate[]): LookupResult | null {
  const code = raw.trim()
  if (!code) return null
  const link = parseDeepLink(code)
  if (link && candidates.some((c) => c.productId === link.productId)) return link
  const exact = candidates.find((c) => c.codes.includes(code))
  if (exact) return { productId: exact.productId }
  // The longest matching prefix wins, so a specific family beats a brand-wide prefix.
  let best: { productId: string; len: number } | null = null
  for (const c of candidates) {
    for (const p of c.codePrefixes) {
      if (code.startsWith(p) && (!best || p.length > best.len))
        best = { productId: c.productId, len: p.length }
    }
  }
  if (best) {
    const serial = code.slice(best.len).replace(/^[-_:/\s]+/, '')
    return serial ? { productId: best.productId, serial } : { productId: best.productId }
  }
  return null
}
