/**
 * When to read the next frame. Reads never queue up: one is in flight at most, and the next starts
 * no sooner than `minIntervalMs` after the previous one started (a few reads per second is plenty
 * for a hand-held label and keeps the phone cool). While the page is hidden nothing is read.
 */
export type ThrottleInput = {
  now: number
  lastStartedAt: number
  inFlight: boolean
  hidden: boolean
  minIntervalMs?: number
}

export const READ_INTERVAL_MS = 250

/** Milliseconds to wait before the next read, or `null` when no read should be scheduled now. */
export function nextReadDelay({
  now,
  lastStartedAt,
  inFlight,
  hidden,
  minIntervalMs = READ_INTERVAL_MS,
}: ThrottleInput): number | null {
  if (inFlight || hidden) return null
  return Math.max(0, lastStartedAt + minIntervalMs - now)
}

/**
 * The size to read a frame at: the camera's own size, scaled down to fit `maxSide` on its longer
 * side (larger frames cost time and add nothing for a label that fills part of the view).
 */
export function readSize(
  width: number,
  height: number,
  maxSide = 1280,
): { width: number; height: number } {
  const longer = Math.max(width, height)
  if (longer <= maxSide || longer === 0) return { width, height }
  const scale = maxSide / longer
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}
