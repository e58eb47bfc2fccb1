import type { Procedure, Step } from './procedure'

/**
 * Where a customer is in a procedure: the path actually taken (so back retraces it, as in the best
 * guides), the answers given, and whether the end was reached. Plain data: it is stored, sent and
 * replayed from the event log.
 */
export type Progress = {
  /** Step ids in the order visited; the last is the current step. Never empty. */
  path: string[]
  /** Answer index per check step id. */
  answers: Record<string, number>
  /** True once "next" is taken on the last step. */
  done: boolean
}

export type EngineEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'answer'; index: number }
  /** Jump to a step (an agent sending the customer there, or resuming). */
  | { type: 'goto'; stepId: string }

export function start(procedure: Procedure): Progress {
  const first = procedure.steps[0]
  if (!first) throw new Error('a procedure has at least one step')
  return { path: [first.id], answers: {}, done: false }
}

export function currentStep(procedure: Procedure, progress: Progress): Step {
  const id = progress.path.at(-1)
  const step = procedure.steps.find((s) => s.id === id) ?? procedure.steps[0]
  if (!step) throw new Error('a procedure has at least one step')
  return step
}

/** The step after `step` when no check decides: its `next`, else the following one, else the end. */
export function following(procedure: Procedure, step: Step): string | null {
  if (step.next) return step.next
  const i = procedure.steps.findIndex((s) => s.id === step.id)
  return procedure.steps[i + 1]?.id ?? null
}

/**
 * The pure procedure engine: `advance(procedure, progress, event) → progress`. Events that do not
 * apply (next on an unanswered check, back on the first step, an unknown step) leave progress as is,
 * so replaying a log with stray events is safe.
 */
export function advance(procedure: Procedure, progress: Progress, event: EngineEvent): Progress {
  const step = currentStep(procedure, progress)
  switch (event.type) {
    case 'next': {
      if (progress.done) return progress
      if (step.check) {
        const chosen = progress.answers[step.id]
        const to = chosen === undefined ? undefined : step.check.answers[chosen]?.goto
        return to ? { ...progress, path: [...progress.path, to] } : progress
      }
      const to = following(procedure, step)
      return to ? { ...progress, path: [...progress.path, to] } : { ...progress, done: true }
    }
    case 'back': {
      if (progress.done) return { ...progress, done: false }
      if (progress.path.length < 2) return progress
      return { ...progress, path: progress.path.slice(0, -1) }
    }
    case 'answer': {
      const answer = step.check?.answers[event.index]
      if (!answer || progress.done) return progress
      return {
        ...progress,
        answers: { ...progress.answers, [step.id]: event.index },
        path: [...progress.path, answer.goto],
      }
    }
    case 'goto': {
      if (!procedure.steps.some((s) => s.id === event.stepId)) return progress
      if (event.stepId === step.id && !progress.done) return progress
      return { ...progress, done: false, path: [...progress.path, event.stepId] }
    }
  }
}

/** Position for "3 of 8": the current step's place in the list, and the list's length. */
export function position(procedure: Procedure, progress: Progress) {
  const step = currentStep(procedure, progress)
  return {
    index: procedure.steps.findIndex((s) => s.id === step.id) + 1,
    total: procedure.steps.length,
  }
}

/** Replays engine events from the start: how a reload resumes at the same step. */
export function replay(procedure: Procedure, events: EngineEvent[]): Progress {
  return events.reduce((p, e) => advance(procedure, p, e), start(procedure))
}
