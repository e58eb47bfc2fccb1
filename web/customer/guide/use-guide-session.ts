import { useCallback, useEffect } from 'react'
import { ApiError } from '../../api/api-error'
import { getProduct } from '../../api/products'
import { readSessionToken } from '../../api/session-token'
import { getSession, postOutcome } from '../../api/sessions'
import { t } from '../../i18n/t'
import { useAsync } from '../../ui/use-async'
import { detectDeviceMode } from '../../xr/device-mode'
import { createGuideStore, type FinalOutcome } from './guide-store'
import { resumeProgress } from './resume-progress'
import { createGuideSink } from './telemetry/guide-sink'
import { createOutbox } from './telemetry/outbox'
import { loadProgress, saveProgress } from './telemetry/outbox-db'
import { pendingOutcome, queueOutcome } from './telemetry/pending-outcome'
import { useOfflineGuide } from './use-offline-guide'

/**
 * Opens repair session `id` for a guide: the session and its procedure version, the product, this
 * device's saved progress, a guide store wired to a telemetry sink, and whether to use AR. The
 * sink starts sending once `useGuideOutbox` attaches it.
 */
export async function openGuideSession(id: string) {
  const token = readSessionToken(id)
  if (!token) throw new ApiError(401, 'no_token', t('repair.noToken'))
  // Already on its way when the customer has just pressed Start (procedure-card.tsx).
  const session = await getSession(id, token, { maxAgeMs: 5_000 })
  const procedure = session.procedure
  if (!procedure) throw new ApiError(404, 'no_procedure', t('repair.noProcedure'))
  const [product, local, device] = await Promise.all([
    // Just fetched by the product page when the customer came from there.
    getProduct(session.productId, { maxAgeMs: 5 * 60_000 }),
    loadProgress(id).catch(() => null),
    detectDeviceMode(),
  ])
  const sink = createGuideSink()
  const recorded: FinalOutcome | null =
    session.outcome === 'fixed' || session.outcome === 'not_fixed' ? session.outcome : null
  // Answered offline before a reload: the answer still waits on this device.
  const queued = recorded ? null : pendingOutcome(id)
  const useAr = session.mode === 'immersive-ar' && device === 'immersive-ar'
  const store = createGuideStore(
    {
      sessionId: id,
      procedure,
      product,
      mode: useAr ? 'immersive-ar' : 'inline',
      progress: resumeProgress(procedure, local, session.currentStepId),
      outcome: recorded ?? queued,
      outcomeQueued: queued != null,
    },
    {
      emit: sink.emit,
      saveProgress: (progress) => {
        saveProgress(id, progress).catch((err: unknown) => {
          console.warn('Progress could not be saved on this device.', err)
        })
      },
      submitOutcome: async (o) => {
        try {
          await postOutcome(id, token, o)
          return 'saved'
        } catch (err) {
          // No network: the answer waits on this device and goes out when it is back.
          if (!(err instanceof ApiError && err.status === 0) && navigator.onLine) throw err
          queueOutcome(id, o, token)
          return 'queued'
        }
      },
    },
  )
  if (session.mode === 'immersive-ar' && !useAr)
    store.getState().record('mode_changed', { from: 'immersive-ar', to: 'inline' })
  return { store, sink, token, useAr }
}

export type OpenedGuide = Awaited<ReturnType<typeof openGuideSession>>

/**
 * Opens a repair session for the guide (see `openGuideSession`) and keeps its telemetry outbox
 * running while the guide is on screen.
 */
export function useGuideSession(id: string) {
  const load = useCallback(() => openGuideSession(id), [id])
  const state = useAsync(load)
  useGuideOutbox(id, state.status === 'ok' ? state.data : null)
  useOfflineGuide(id, state.status === 'ok' ? state.data : null)
  return state
}

/** Sends an opened guide's events to the server through a durable outbox while mounted. */
export function useGuideOutbox(id: string, opened: OpenedGuide | null): void {
  useEffect(() => {
    if (!opened) return
    const { store, sink, token } = opened
    const outbox = createOutbox({
      sessionId: id,
      token,
      onStatus: ({ online, pending }) =>
        store.getState().setConnection(online ? 'online' : 'offline', pending),
    })
    sink.attach(outbox)
    return () => {
      sink.detach()
      outbox.dispose()
    }
  }, [id, opened])
}
