/**
 * De-duplicating what the camera reads: the same label is seen several times a second, but it
 * should be looked up once. A code is accepted when it differs from the last accepted one, or when
 * the last sighting of it is older than `repeatAfterMs` (the label was taken away and shown again).
 */
export type ReadFilter = { lastCode: string | null; lastSeenAt: number }

export const emptyReadFilter: ReadFilter = { lastCode: null, lastSeenAt: Number.NEGATIVE_INFINITY }

export type ReadDecision = { accept: boolean; code: string; filter: ReadFilter }

export function filterRead(
  filter: ReadFilter,
  raw: string,
  now: number,
  repeatAfterMs = 4000,
): ReadDecision {
  const code = raw.trim()
  if (!code) return { accept: false, code, filter }
  const repeat = code === filter.lastCode && now - filter.lastSeenAt < repeatAfterMs
  // Every sighting refreshes the time, so a code held in view is never looked up twice.
  return { accept: !repeat, code, filter: { lastCode: code, lastSeenAt: now } }
}

/** The first non-empty code of one frame's reads; a frame with several labels takes the first. */
export function firstCode(reads: readonly string[]): string | null {
  for (const r of reads) if (r.trim()) return r.trim()
  return null
}
