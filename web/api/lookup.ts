import { client, ok } from './client'

/**
 * The product a scanned code or QR payload identifies, with the serial number when the code
 * carries one; ApiError 404 `unknown_code` when no product matches.
 */
export async function lookupCode(code: string) {
  return ok(client.api.lookup.$get({ query: { code } }))
}

export type LookupResult = Awaited<ReturnType<typeof lookupCode>>
