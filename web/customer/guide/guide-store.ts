import { createContext, createElement, type ReactNode, useContext } from 'react'
import { createStore, type StoreApi, useStore } from 'zustand'
import {
  advance,
  currentStep,
  type EngineEvent,
  type Progress,
  position,
  start,
} from '../../../server/domain/engine'
import type { Step } from '../../../server/domain/procedure'
import type { DeviceMode, SessionEvent } from '../../../server/domain/session'
import type { Product } from '../../api/products'
import type { RepairSession } from '../../api/sessions'
import { newEventId } from './telemetry/event-id'

/** The published procedure a session runs, with its `version`. */
export type GuideProcedure = NonNullable<RepairSession['procedure']>
/** What the guides need of the product: its name, its model, its named parts and its label's pose. */
export type GuideProduct = Pick<Product, 'id' | 'name' | 'parts' | 'modelUrl'> & {
  /**
   * The label pose as received, parsed by the AR guide (`parseLabel`); absent in guides built
   * without it (the studio preview), null when the product has none.
   */
  label?: unknown
}
export type GuideEventType = SessionEvent['type']
export type FinalOutcome = 'fixed' | 'not_fixed'
/** Telemetry delivery as the customer should see it: offline is a state, not an error. */
export type Connection = 'online' | 'offline'

export type GuideDeps = {
  /** Takes every event the guide makes; the telemetry outbox stores it durably before sending. */
  emit: (event: SessionEvent) => void
  /** Called after every progress change, so a reload resumes at the same step. */
  saveProgress?: (progress: Progress) => void
  /**
   * Records the answer on the server (`POST /api/sessions/:id/outcome`); `'queued'` when it waits
   * on this device for the network instead.
   */
  submitOutcome: (outcome: FinalOutcome) => Promise<'saved' | 'queued'>
}

/**
 * Where the "Is it fixed?" answer is: not given, being saved, saved, waiting on this device for
 * the network, or failed to save.
 */
export type OutcomeStatus = 'idle' | 'saving' | 'saved' | 'queued' | 'error'

export type GuideInit = {
  sessionId: string
  procedure: GuideProcedure
  product: GuideProduct
  mode: DeviceMode
  /** Resumed progress; the procedure's start when missing. */
  progress?: Progress
  outcome?: FinalOutcome | null
  /** The outcome was answered offline and still waits on this device to be sent. */
  outcomeQueued?: boolean
}

export type GuideState = GuideInit & {
  progress: Progress
  outcome: FinalOutcome | null
  outcomeStatus: OutcomeStatus
  /** What went wrong saving the answer, for the screen to show with a retry. */
  outcomeError: string | null
  connection: Connection
  /** Events not yet confirmed by the server. */
  pending: number
  /** The service worker holds what this guide needs to open again without a network. */
  offlineReady: boolean
  /** Records `step_view` for the step on screen when the guide first shows; safe to call twice. */
  begin: () => void
  next: () => void
  back: () => void
  answer: (index: number) => void
  goTo: (stepId: string) => void
  /** Records the customer's answer: the `outcome` event once, then the server's session outcome. */
  finish: (outcome: FinalOutcome) => Promise<void>
  /** Queues a telemetry event about the current step (`help_requested`, `placed`, …). */
  record: (type: GuideEventType, data?: Record<string, unknown>) => void
  setConnection: (connection: Connection, pending: number) => void
}

export type GuideStore = StoreApi<GuideState>

/**
 * One store per repair session: the procedure, where the customer is in it, and the actions both
 * guides (3D and AR) call. Every action goes through the pure engine and emits the session events
 * (`step_view` with the path, `step_complete`, `step_back`, `check_answer`, `outcome`) to `deps.emit`.
 */
export function createGuideStore(init: GuideInit, deps: GuideDeps): GuideStore {
  let begun = false
  let recordedOutcome: FinalOutcome | null = null
  return createStore<GuideState>()((set, get) => {
    const event = (type: GuideEventType, stepId: string | undefined, data?: object) =>
      deps.emit({
        id: newEventId(),
        type,
        at: new Date().toISOString(),
        ...(stepId ? { stepId } : {}),
        ...(data ? { data: { ...data } } : {}),
      })
    const view = (progress: Progress, data: object = {}) =>
      event('step_view', currentStep(get().procedure, progress).id, {
        path: progress.path,
        ...data,
      })
    /** Moves through the engine; `before` records what the customer did, then the new step is viewed. */
    const move = (engineEvent: EngineEvent, before: (step: Step) => void, viewData?: object) => {
      const { procedure, progress } = get()
      const nextProgress = advance(procedure, progress, engineEvent)
      if (nextProgress === progress) return
      before(currentStep(procedure, progress))
      set({ progress: nextProgress })
      deps.saveProgress?.(nextProgress)
      if (!nextProgress.done) view(nextProgress, viewData)
    }
    return {
      ...init,
      progress: init.progress ?? start(init.procedure),
      outcome: init.outcome ?? null,
      outcomeStatus: init.outcome ? (init.outcomeQueued ? 'queued' : 'saved') : 'idle',
      outcomeError: null,
      connection:
        typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'online',
      pending: 0,
      offlineReady: false,
      begin: () => {
        if (begun || get().progress.done) return
        begun = true
        view(get().progress)
      },
      next: () => move({ type: 'next' }, (s) => event('step_complete', s.id)),
      back: () =>
        move({ type: 'back' }, (s) =>
          event('step_back', get().progress.done ? undefined : s.id, {
            from: get().progress.done ? 'outcome' : s.id,
          }),
        ),
      answer: (index) =>
        move({ type: 'answer', index }, (s) => {
          event('check_answer', s.id, { index, label: s.check?.answers[index]?.label ?? '' })
          event('step_complete', s.id)
        }),
      goTo: (stepId) => move({ type: 'goto', stepId }, () => {}, { via: 'goto' }),
      finish: async (outcome) => {
        if (get().outcomeStatus === 'saving' || get().outcome === outcome) return
        if (recordedOutcome !== outcome) {
          recordedOutcome = outcome
          event('outcome', undefined, { outcome })
        }
        set({ outcomeStatus: 'saving', outcomeError: null })
        try {
          const queued = (await deps.submitOutcome(outcome)) === 'queued'
          set({ outcome, outcomeStatus: queued ? 'queued' : 'saved' })
        } catch (err) {
          set({
            outcomeStatus: 'error',
            outcomeError: err instanceof Error ? err.message : String(err),
          })
        }
      },
      record: (type, data) => {
        const { procedure, progress } = get()
        event(type, progress.done ? undefined : currentStep(procedure, progress).id, data)
      },
      setConnection: (connection, pending) => set({ connection, pending }),
    }
  })
}

/** The current step (the last one on the path). */
export const selectStep = (s: GuideState): Step => currentStep(s.procedure, s.progress)
/** True once "next" was taken on the last step: time to ask whether it is fixed. */
export const selectDone = (s: GuideState): boolean => s.progress.done
/** True when there is a step to go back to. */
export const selectCanGoBack = (s: GuideState): boolean =>
  s.progress.done || s.progress.path.length > 1

/** `{ index, total }` for "3 of 8". Read it with `useGuidePosition` (it returns a new object). */
export function useGuidePosition() {
  const procedure = useGuide((s) => s.procedure)
  const progress = useGuide((s) => s.progress)
  return position(procedure, progress)
}

const GuideContext = createContext<GuideStore | null>(null)

/** Makes a session's guide store available to the step card, the 3D view and the AR scene. */
export function GuideProvider({ store, children }: { store: GuideStore; children: ReactNode }) {
  return createElement(GuideContext.Provider, { value: store }, children)
}

/** The guide store itself, for effects that subscribe outside React's render. */
export function useGuideStore(): GuideStore {
  const store = useContext(GuideContext)
  if (!store) throw new Error('useGuide is used outside a <GuideProvider>')
  return store
}

/**
 * Reads from the session's guide store: `useGuide((s) => s.next)`, `useGuide(selectStep)`.
 * Select only what you read; selectors must return stable values (no new objects or arrays).
 */
export function useGuide<T>(selector: (state: GuideState) => T): T {
  return useStore(useGuideStore(), selector)
}
