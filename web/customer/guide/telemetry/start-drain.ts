/**
 * Starts sending what earlier tabs and visits left unsent (`drain.ts`) once the page is idle, so
 * the first screen never waits for it. The drain's code is its own chunk: loaded after first paint,
 * on every page of the app, since a customer may come back through any of them.
 */
export function startDrainWhenIdle(): void {
  if (typeof indexedDB === 'undefined') return
  const start = () => {
    import('./drain')
      .then((m) => m.startDrain())
      .catch((err: unknown) => console.warn('Queued repair events could not be sent.', err))
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 3000 })
  else setTimeout(start, 1000)
}
