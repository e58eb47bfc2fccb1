import type { KeepAnswer, KeepItem, KeepMessage } from '../sw/rules'

/**
 * Asks the service worker to keep `items` for offline use (each through its route's cache and
 * limits, see web/sw/sw.ts) and resolves with how many it kept. A first visit's guide loaded them
 * before the worker controlled the page, so they are not cached yet. Resolves null without a
 * service worker; waits for one that is still installing.
 */
export async function keepForOffline(items: KeepItem[]): Promise<KeepAnswer | null> {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return null
  const registration = await navigator.serviceWorker.ready
  const worker = registration.active
  if (!worker) return null
  // Kept means servable: wait until the worker has finished activating (and claimed this page).
  if (worker.state === 'activating')
    await new Promise<void>((resolve) =>
      worker.addEventListener('statechange', () => resolve(), { once: true }),
    )
  const channel = new MessageChannel()
  const answer = new Promise<KeepAnswer>((resolve) => {
    channel.port1.onmessage = (e: MessageEvent<KeepAnswer>) => resolve(e.data)
  })
  const message: KeepMessage = { type: 'fixpoint:keep-for-offline', items }
  worker.postMessage(message, [channel.port2])
  return answer
}
