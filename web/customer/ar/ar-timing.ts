const ENTERED = 'fixpoint:ar-entered'
const FIRST_STEP = 'fixpoint:ar-first-step'
const LOCKED = 'fixpoint:ar-locked'
const ALIGNED = 'fixpoint:ar-aligned'
const ANCHORED = 'fixpoint:ar-anchored'
const SIGHTED = 'fixpoint:ar-label-sighted'

/**
 * Marks on the page's performance timeline for the time from entering AR to the first step card
 * (a benchmark the e2e test reads with `performance.getEntriesByName`).
 */
export function markArEntered(): void {
  performance.clearMarks(FIRST_STEP)
  performance.clearMarks(LOCKED)
  performance.clearMarks(ALIGNED)
  performance.clearMarks(ANCHORED)
  performance.clearMarks(SIGHTED)
  performance.mark(ENTERED)
}

/** Marks the first step card shown in this AR session (once). */
export function markFirstStep(): void {
  if (performance.getEntriesByName(FIRST_STEP).length === 0) performance.mark(FIRST_STEP)
}

/** Marks the customer pressing Lock (the card follows it). */
export function markLocked(): void {
  if (performance.getEntriesByName(LOCKED).length === 0) performance.mark(LOCKED)
}

/** Marks the label alignment placing the twin on the real product by itself (once). */
export function markAligned(): void {
  if (performance.getEntriesByName(ALIGNED).length === 0) performance.mark(ALIGNED)
}

/** Marks the twin's first anchor made (the device now keeps it on the product). */
export function markAnchored(): void {
  if (performance.getEntriesByName(ANCHORED).length === 0) performance.mark(ANCHORED)
}

/** Marks the first pose solved from the label in this AR session (once). */
export function markSighted(): void {
  if (performance.getEntriesByName(SIGHTED).length === 0) performance.mark(SIGHTED)
}
