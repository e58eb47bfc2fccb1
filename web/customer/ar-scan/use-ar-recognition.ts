import { useCallback, useRef } from 'react'
import { ApiError } from '../../api/api-error'
import { lookupCode } from '../../api/lookup'
import { getProduct } from '../../api/products'
import { saveSessionToken } from '../../api/session-token'
import { startSession } from '../../api/sessions'
import { emptyReadFilter, filterRead } from '../../recognition/read-filter'
import { openGuideSession } from '../guide/use-guide-session'
import type { ArScanStore } from './ar-scan-store'

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

/**
 * What AR recognition does with the label: each new code read is looked up (the same code held in
 * view once), the product's procedures offered; choosing one starts the repair session and opens
 * its guide, which the running AR session then shows on the product.
 */
export function useArRecognition(store: ArScanStore) {
  const filter = useRef(emptyReadFilter)
  const ticket = useRef(0)

  const onCode = useCallback(
    async (raw: string) => {
      const stage = store.getState().stage.kind
      if (stage === 'starting' || store.getState().guide) return
      const decision = filterRead(filter.current, raw, performance.now())
      filter.current = decision.filter
      if (!decision.accept) return
      const code = decision.code
      const mine = ++ticket.current
      store.getState().set({ kind: 'looking-up', code })
      try {
        const found = await lookupCode(code)
        const product = await getProduct(found.product.id)
        if (mine !== ticket.current) return
        const serial = 'serial' in found ? found.serial : undefined
        store.getState().set({ kind: 'found', product, serial, code })
      } catch (err) {
        if (mine !== ticket.current) return
        if (err instanceof ApiError && err.code === 'unknown_code')
          store.getState().set({ kind: 'unknown', code })
        else store.getState().set({ kind: 'failed', code, message: message(err) })
      }
    },
    [store],
  )

  const choose = useCallback(
    async (procedureId: string) => {
      const stage = store.getState().stage
      if (stage.kind !== 'found' && stage.kind !== 'start-failed') return
      const { product, serial } = stage
      ticket.current++
      store.getState().set({ kind: 'starting', product })
      try {
        const session = await startSession({
          procedureId,
          mode: 'immersive-ar',
          ...(serial ? { serial } : {}),
        })
        saveSessionToken(session.id, session.token)
        const opened = await openGuideSession(session.id)
        opened.store.getState().record('recognized', { in: 'immersive-ar', productId: product.id })
        store.getState().open(session.id, opened)
      } catch (err) {
        store.getState().set({ kind: 'start-failed', product, serial, message: message(err) })
      }
    },
    [store],
  )

  return { onCode, choose }
}
