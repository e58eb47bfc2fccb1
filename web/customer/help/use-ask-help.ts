import { useCallback } from 'react'
import { createStore, useStore } from 'zustand'
import { useGuideStore } from '../guide/guide-store'
import { type HelpStatus, useHelpContext } from './help-store'
import { useStepClock } from './use-step-clock'

/** Stands in where the page has no live help (the studio's preview). */
const noHelp = createStore<{ status: HelpStatus | 'none' }>(() => ({ status: 'none' }))

/**
 * Asking for help from the current step: records `help_requested` and, where live help exists,
 * sends the escalation with the step, the time on it and the path so far.
 */
export function useAskHelp() {
  const guide = useGuideStore()
  const ctx = useHelpContext()
  const clock = useStepClock()
  const status = useStore((ctx?.store ?? noHelp) as typeof noHelp, (s) => s.status)
  /** Where the customer is: the step, the time on it, the path so far and the mode. */
  const where = useCallback(() => {
    const g = guide.getState()
    return {
      stepId: clock.stepId,
      timeOnStepMs: Math.round(clock.dwellMs),
      path: g.progress.path,
      mode: g.mode,
    }
  }, [guide, clock.stepId, clock.dwellMs])
  const ask = useCallback(
    (reason: 'asked' | 'dwell' | 'back_and_forth' = 'asked') => {
      guide.getState().record('help_requested', { reason })
      if (!ctx) return
      void ctx.store.getState().ask({ ...where(), reason })
    },
    [guide, ctx, where],
  )
  return { ask, where, live: Boolean(ctx), status, clock }
}
