/** The one name every tab of this origin queues on before sending telemetry. */
const LOCK = 'fixpoint-telemetry-send'

/**
 * Runs `send` while no other tab of this origin is sending telemetry (the Web Locks API), so two
 * tabs never post the same queued events at once: each reads the queue only once it holds the lock,
 * after the other has removed what it delivered. `ifAvailable`: skip (null) rather than wait, for a
 * page that is closing. Where the API is missing (it needs a secure context; a shop's plain-HTTP LAN
 * address is not one), `send` just runs: the server stores each event id once, so a double send
 * costs a request, never a double count.
 */
export async function withSendLock<T>(
  send: () => Promise<T>,
  options: { ifAvailable?: boolean } = {},
): Promise<T | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return send()
  return locks.request(LOCK, { ifAvailable: options.ifAvailable ?? false }, (lock) =>
    lock ? send() : null,
  )
}
