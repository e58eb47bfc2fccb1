import { isNeverCached } from '../sw/rules'

/**
 * Registers the service worker once the page is idle, so the first screen never shares the
 * network with the worker's precache download; `workbox-window` is its own chunk, loaded then.
 * Not on the dev server (it has no worker) nor from staff pages (the worker never serves them).
 */
export function startServiceWorkerWhenIdle(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return
  if (isNeverCached(window.location.pathname)) return
  const start = () => {
    import('./register-sw')
      .then((m) => m.registerServiceWorker())
      .catch((err: unknown) => console.warn('Offline use could not be set up.', err))
  }
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 })
    else setTimeout(start, 1000)
  }
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
