import { isNeverCached } from '../sw/rules'

/** No request has finished for this long after load: the first screen and its model are in. */
const QUIET_MS = 2000
/** Register by then whatever the page is still loading (a live call, say). */
const MAX_WAIT_MS = 30_000

/**
 * Registers the service worker once the page has loaded and its network has gone quiet, so the
 * worker's precache download (about 1 MB compressed: three.js, the code reader) never shares a
 * phone's bandwidth with the first screen, the guide's code or the product's model;
 * `workbox-window` is its own chunk, loaded then. Not on the dev server (it has no worker) nor
 * from staff pages (the worker never serves them).
 */
export function startServiceWorkerWhenIdle(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  if (isNeverCached(window.location.pathname)) return
  const start = () => {
    import('./register-sw')
      .then((m) => m.registerServiceWorker())
      .catch((err: unknown) => console.warn('Offline use could not be set up.', err))
  }
  const afterLoad = () => whenNetworkQuiet(start)
  if (document.readyState === 'complete') afterLoad()
  else window.addEventListener('load', afterLoad, { once: true })
}

/**
 * Calls `then` once no resource has finished loading for `QUIET_MS` (at most `MAX_WAIT_MS`): for
 * what the page wants soon but not for its first screen (the service worker, the help panel's
 * code, the realtime schemas), so it never shares a phone's bandwidth with that screen.
 */
export function whenNetworkQuiet(then: () => void) {
  let done = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const finish = () => {
    if (done) return
    done = true
    clearTimeout(timer)
    clearTimeout(cap)
    observer?.disconnect()
    then()
  }
  const rearm = () => {
    clearTimeout(timer)
    timer = setTimeout(finish, QUIET_MS)
  }
  const cap = setTimeout(finish, MAX_WAIT_MS)
  const observer =
    typeof PerformanceObserver === 'function' ? new PerformanceObserver(rearm) : undefined
  observer?.observe({ type: 'resource' })
  rearm()
}
