import { useEffect, useRef, useState } from 'react'
import { currentStep } from '../../../server/domain/engine'
import { useGuideStore } from '../guide/guide-store'

/**
 * When the current step was shown and how often it has been shown, kept outside React state so
 * the render loop is not disturbed; `tick` re-renders once a second for the nudge.
 */
export function useStepClock() {
  const store = useGuideStore()
  const since = useRef(Date.now())
  const visits = useRef(new Map<string, number>())
  const [, setTick] = useState(0)
  useEffect(() => {
    let last = ''
    const seen = () => {
      const s = store.getState()
      const id = currentStep(s.procedure, s.progress).id
      if (id === last) return
      last = id
      since.current = Date.now()
      visits.current.set(id, (visits.current.get(id) ?? 0) + 1)
    }
    seen()
    const off = store.subscribe(seen)
    const timer = setInterval(() => setTick((n) => n + 1), 1000)
    return () => {
      off()
      clearInterval(timer)
    }
  }, [store])
  const s = store.getState()
  const stepId = currentStep(s.procedure, s.progress).id
  return {
    stepId,
    dwellMs: Date.now() - since.current,
    visits: visits.current.get(stepId) ?? 1,
    path: s.progress.path,
  }
}
