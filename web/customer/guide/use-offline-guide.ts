import { useEffect } from 'react'
import { guideUrls } from '../../sw/rules'
import type { GuideStore } from './guide-store'
import { sendPendingOutcome } from './telemetry/pending-outcome'

type Opened = { store: GuideStore; token: string }

/**
 * Keeps an opened guide usable without a network: asks the service worker to keep the session,
 * the product, its published procedure version, the model and every step's media (a first visit
 * loaded them before the worker was in control), and marks the guide `offlineReady` once it has.
 * An answer given offline is sent when the browser is back online.
 */
export function useOfflineGuide(id: string, opened: Opened | null): void {
  useEffect(() => {
    if (!opened) return
    const { store, token } = opened
    const { product, procedure } = store.getState()
    let live = true
    const items = guideUrls({
      sessionId: id,
      token,
      productId: product.id,
      procedureId: procedure.id,
      version: procedure.version,
      modelUrl: product.modelUrl,
      steps: procedure.steps,
    })
    import('../../pwa/keep-for-offline')
      .then((m) => m.keepForOffline(items))
      .then((answer) => {
        if (live && answer && answer.failed === 0) store.setState({ offlineReady: true })
      })
      .catch((err: unknown) => console.warn('This guide could not be kept for offline use.', err))

    const sendAnswer = () => {
      if (store.getState().outcomeStatus !== 'queued') return
      void sendPendingOutcome(id).then((sent) => {
        if (live && sent && store.getState().outcomeStatus === 'queued')
          store.setState({ outcomeStatus: 'saved' })
      })
    }
    sendAnswer()
    window.addEventListener('online', sendAnswer)
    return () => {
      live = false
      window.removeEventListener('online', sendAnswer)
    }
  }, [id, opened])
}
