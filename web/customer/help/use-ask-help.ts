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
  const ask = useCallback(
    (reason: 'asked' | 'dwell' | 'back_and_forth' = 'asked') => {
      const g = guide.getState()
      g.record('help_requested', { reason })
      if (!ctx) return
      void ctx.store.getState().ask({
        stepId: clock.stepId,
        timeOnStepMs: Math.round(clock.dwellMs),
        path: g.progress.path,
        mode: g.mode,
        reason,
      })
    },
    [guide, ctx, clock.stepId, clock.dwellMs],
  )
  return { ask, live: Boolean(ctx), status, clock }
}
