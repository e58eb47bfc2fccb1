/// <reference lib="webworker" />
/**
 * Fixpoint's service worker (built by vite-plugin-pwa's injectManifest into sw.js): the customer
 * app's shell precached, customer pages served from it when the network is gone, the guide's
 * procedure, model and step media kept at runtime, and staff pages and staff API calls never
 * stored. A new version waits until every tab of the old one has closed (or the page asks it to
 * take over, outside a guide): a repair in progress never changes code under its feet.
 */

import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching'
import { RangeRequestsPlugin } from 'workbox-range-requests'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import {
  CacheFirst,
  NetworkFirst,
  NetworkOnly,
  StaleWhileRevalidate,
  type Strategy,
} from 'workbox-strategies'
import {
  CUSTOMER_PAGES,
  isGuideApi,
  isImmutableModel,
  isModel,
  isNeverCached,
  type KeepAnswer,
  type KeepItem,
} from './rules'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] }

const DAY = 24 * 60 * 60
const sameOrigin = (url: URL) => url.origin === self.location.origin

cleanupOutdatedCaches()
precacheAndRoute(self.__WB_MANIFEST)

// First: staff pages and staff API calls go to the network, every time, and are never stored.
registerRoute(({ url }) => sameOrigin(url) && isNeverCached(url.pathname), new NetworkOnly())

// A customer page opened without a network gets the precached shell; the app does the rest.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: CUSTOMER_PAGES }),
)

// Content reads vary by Accept-Language (procedure translations). Online the network answers in
// the page's language and the cache follows it; offline the last answer kept for the URL is the
// best there is, whatever language header the request that stored it carried.
const guideApi = new NetworkFirst({
  cacheName: 'fixpoint-guide-api',
  matchOptions: { ignoreVary: true },
  plugins: [
    new CacheableResponsePlugin({ statuses: [200] }),
    new ExpirationPlugin({ maxEntries: 80, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
  ],
})
registerRoute(
  ({ url, request }) => sameOrigin(url) && request.method === 'GET' && isGuideApi(url.pathname),
  guideApi,
)

const modelPlugins = [
  new CacheableResponsePlugin({ statuses: [200] }),
  // Models are megabytes: a few products' worth, the least recently used go first.
  new ExpirationPlugin({ maxEntries: 12, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
]
const models = new CacheFirst({ cacheName: 'fixpoint-models', plugins: modelPlugins })
const changingModels = new StaleWhileRevalidate({
  cacheName: 'fixpoint-models',
  plugins: modelPlugins,
})
registerRoute(
  ({ url }) => sameOrigin(url) && isModel(url.pathname),
  ({ url, request, event }) =>
    (isImmutableModel(url) ? models : changingModels).handle({ request, event }),
)

// Step media (pictures, clips): whatever the procedure's steps name, from anywhere the page may
// load them; clips are answered in ranges from the cached whole.
const media = new StaleWhileRevalidate({
  cacheName: 'fixpoint-step-media',
  plugins: [
    new CacheableResponsePlugin({ statuses: [0, 200] }),
    new RangeRequestsPlugin(),
    new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
  ],
})
const MEDIA = new Set(['image', 'video', 'audio', 'track'])
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    MEDIA.has(request.destination) &&
    !(sameOrigin(url) && isNeverCached(url.pathname)),
  media,
)

/** The strategy (and so the cache and its limits) a kept URL goes through. */
function strategyFor(item: KeepItem, url: URL): Strategy {
  if (item.kind === 'api') return guideApi
  if (item.kind === 'model') return isImmutableModel(url) ? models : changingModels
  return media
}

/**
 * A guide that opened before this worker controlled the page (the first visit) asks for what it
 * loaded to be kept: each URL goes through its route's own strategy, so it lands in the same cache
 * under the same limits. The answer says how many were kept.
 */
async function keep(event: ExtendableMessageEvent, items: KeepItem[]): Promise<KeepAnswer> {
  let kept = 0
  let failed = 0
  await Promise.all(
    items.map(async (item) => {
      try {
        const url = new URL(item.url, self.location.href)
        if (sameOrigin(url) && isNeverCached(url.pathname)) throw new Error('never cached')
        const headers = item.token ? { Authorization: `Bearer ${item.token}` } : undefined
        const request = new Request(url, {
          headers,
          mode: sameOrigin(url) ? 'same-origin' : 'no-cors',
          credentials: 'same-origin',
        })
        // handleAll: the answer and the end of its cache write, so "kept" means stored.
        const [answer, stored] = strategyFor(item, url).handleAll({ request, event })
        const res = await answer
        await stored
        if (!res.ok && res.type !== 'opaque') throw new Error(`HTTP ${res.status}`)
        kept++
      } catch {
        failed++
      }
    }),
  )
  return { kept, failed }
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (!data || typeof data !== 'object' || !('type' in data)) return
  // workbox-window's messageSkipWaiting(), sent when the customer chooses to reload (web/pwa/).
  if (data.type === 'SKIP_WAITING') void self.skipWaiting()
  if (data.type !== 'fixpoint:keep-for-offline' || !('items' in data)) return
  const items = Array.isArray(data.items) ? data.items.filter(isKeepItem) : []
  const reply = event.ports[0]
  event.waitUntil(keep(event, items).then((answer) => reply?.postMessage(answer)))
})

function isKeepItem(v: unknown): v is KeepItem {
  if (!v || typeof v !== 'object') return false
  const m = new Map<string, unknown>(Object.entries(v))
  const kind = m.get('kind')
  const token = m.get('token')
  return (
    typeof m.get('url') === 'string' &&
    (kind === 'api' || kind === 'model' || kind === 'media') &&
    (token === undefined || typeof token === 'string')
  )
}

// The first worker takes the open pages at once, so the guide that installed it is covered;
// later versions wait (see the header).
clientsClaim()
