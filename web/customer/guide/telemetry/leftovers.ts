const CHANNEL = 'fixpoint-telemetry'

/**
 * Tells the other tabs of this origin that a closing page leaves unsent events in the shared queue,
 * so one of them sends them now rather than on the next visit.
 */
export function announceLeftovers(): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage('leftovers')
  channel.close()
}

/** Calls `then` whenever another tab announces leftovers; returns the way to stop listening. */
export function onLeftovers(then: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = () => then()
  return () => channel.close()
}
