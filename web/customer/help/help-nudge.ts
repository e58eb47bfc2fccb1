/** When to offer help on its own: a long stay on one step, or coming back to it again and again. */
export type NudgePolicy = { dwellSeconds: number; backAndForth: number }

export const DEFAULT_NUDGE: NudgePolicy = { dwellSeconds: 180, backAndForth: 3 }

/** Whether to offer help now, given time on the current step and how often it was shown. */
export function shouldOfferHelp(
  input: { dwellMs: number; visits: number },
  policy: NudgePolicy = DEFAULT_NUDGE,
): 'dwell' | 'back_and_forth' | null {
  if (input.visits >= policy.backAndForth) return 'back_and_forth'
  if (input.dwellMs >= policy.dwellSeconds * 1000) return 'dwell'
  return null
}
