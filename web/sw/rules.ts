/**
 * Which requests the service worker may answer from its caches, as pure functions of the URL (no
 * DOM, no service-worker globals), so they are unit-tested and shared with the page.
 *
 * Customer pages fall back to the precached app shell; staff pages (the studio, the agent console,
 * sign-in and account pages, the API's documentation) and every staff, studio, agent, auth or
 * admin API call always go to the network and are never stored.
 */

/** The customer's pages: home, a product, the AR scan and a repair in progress. */
export const CUSTOMER_PAGES: RegExp[] = [
  /^\/$/,
  /^\/p\/[^/]+\/?$/,
  /^\/ar\/?$/,
  /^\/repair\/[^/]+\/?$/,
]

/** Staff pages and the API's documentation: network only, never the cached shell. */
const STAFF_PAGES =
  /^\/(?:studio|agent|staff|login|setup|welcome|reset|forgot|xr-check)(?:\/|$)|^\/api\/docs(?:\/|$)/

/** API calls that carry staff credentials or staff data. */
const STAFF_API = /^\/api\/(?:studio|agent|staff|auth|admin|docs|openapi|metrics)(?:\/|$|\.)/

export function isCustomerPage(pathname: string): boolean {
  return CUSTOMER_PAGES.some((re) => re.test(pathname))
}

/** Requests the service worker answers from the network only (and never stores). */
export function isNeverCached(pathname: string): boolean {
  return STAFF_PAGES.test(pathname) || STAFF_API.test(pathname)
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
const GUIDE_API = [
  // The session's state, with its published procedure version (read with the session's token).
  new RegExp(`^/api/sessions/${UUID}$`),
  // The product (parts, model URL, label) and the catalog the home page lists.
  /^\/api\/products(?:\/[^/]+)?$/,
  // A procedure's latest published version, and a version (immutable).
  /^\/api\/procedures\/[^/]+(?:\/versions\/\d+)?$/,
]

/** The API reads a guide needs to open again without a network: network first, cache fallback. */
export function isGuideApi(pathname: string): boolean {
  return GUIDE_API.some((re) => re.test(pathname))
}

/** A product's 3D model: the catalog's `/models/<id>/model.glb?v=…` or an uploaded blob. */
export function isModel(pathname: string): boolean {
  return /^\/models\/.+\.glb$/.test(pathname) || /^\/api\/blobs\/[^/]+\.glb$/.test(pathname)
}

/**
 * A model URL that names its content (a `?v=` hash or a content-addressed blob): cached first,
 * since a changed model gets a new URL. Others are revalidated.
 */
export function isImmutableModel(url: URL): boolean {
  return url.searchParams.has('v') || url.pathname.startsWith('/api/blobs/')
}

/** What a page asks the service worker to keep for offline use (see `keepForOffline`). */
export type KeepItem = { url: string; kind: 'api' | 'model' | 'media'; token?: string }
export type KeepMessage = { type: 'fixpoint:keep-for-offline'; items: KeepItem[] }
export type KeepAnswer = { kept: number; failed: number }

/**
 * The URLs a guide needs offline: the session (its procedure version inside), the product, the
 * procedure's published version, the model, and every step's media (`url`, plus `sources` and
 * `srcset` where a media entry has them).
 */
export function guideUrls(input: {
  sessionId: string
  token: string
  productId: string
  procedureId: string
  version: number
  modelUrl: string | null
  steps: readonly { media?: readonly unknown[] }[]
}): KeepItem[] {
  const enc = encodeURIComponent
  const items: KeepItem[] = [
    { url: `/api/sessions/${enc(input.sessionId)}`, kind: 'api', token: input.token },
    { url: `/api/products/${enc(input.productId)}`, kind: 'api' },
    { url: `/api/procedures/${enc(input.procedureId)}/versions/${input.version}`, kind: 'api' },
  ]
  if (input.modelUrl) items.push({ url: input.modelUrl, kind: 'model' })
  const media = new Set<string>()
  for (const step of input.steps) for (const m of step.media ?? []) mediaUrls(m, media)
  for (const url of media) items.push({ url, kind: 'media' })
  return items
}

/**
 * Every URL a media entry names: `url`, `poster`, `sources[].url|src`, each `srcset` candidate,
 * and an uploaded photo's renditions.
 */
function mediaUrls(entry: unknown, into: Set<string>) {
  if (!entry || typeof entry !== 'object') return
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.trim() && !v.startsWith('data:') && !v.startsWith('blob:'))
      into.add(v.trim())
  }
  const srcset = (v: unknown) => {
    if (typeof v !== 'string') return
    for (const part of v.split(',')) add(part.trim().split(/\s+/)[0])
  }
  const e = new Map<string, unknown>(Object.entries(entry))
  // An uploaded photo's renditions (server/domain/step-media.ts `renditionName`, `mediaFileUrl`):
  // every width in its first format, the one a <picture> picks where the browser reads it.
  const widths = e.get('widths')
  const formats = e.get('formats')
  const id = e.get('id')
  if (e.get('kind') === 'image' && typeof id === 'string' && Array.isArray(widths)) {
    const format = Array.isArray(formats) && typeof formats[0] === 'string' ? formats[0] : 'jpeg'
    const ext = format === 'jpeg' ? 'jpg' : format
    for (const w of widths)
      if (typeof w === 'number') add(`/api/media/${encodeURIComponent(id)}/${w}.${ext}`)
  }
  add(e.get('url'))
  add(e.get('src'))
  add(e.get('poster'))
  srcset(e.get('srcset'))
  const sources = e.get('sources')
  if (Array.isArray(sources)) for (const s of sources) mediaUrls(s, into)
}
