import type { XRStore } from '@react-three/xr'
import { useState } from 'react'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { useGuide } from '../guide/guide-store'

type Props = { xr: XRStore; left: boolean; onUse3d: () => void }

/**
 * The page around the AR session: what will happen, the Start AR button (the user gesture the
 * browser needs), errors in words, and after leaving AR a way back in or on to the 3D guide.
 */
export function ArStart({ xr, left, onUse3d }: Props) {
  const title = useGuide((s) => s.procedure.title)
  const product = useGuide((s) => s.product.name)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function start() {
    setStarting(true)
    setError(null)
    try {
      await xr.enterAR()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setStarting(false)
    }
  }

  return (
    <main className="page ar-start" id="main">
      <header className="stack">
        <p className="muted">{product}</p>
        <h1>{title}</h1>
      </header>
      <p className="lead">{left ? t('ar.left') : t('ar.lead')}</p>
      {error && <ErrorAlert message={t('ar.failed', { message: error })} />}
      <div className="ar-start-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void start()}
          disabled={starting}
        >
          {starting ? t('ar.starting') : left ? t('ar.resume') : t('ar.start')}
        </button>
        <button type="button" className="button" onClick={onUse3d}>
          {left ? t('ar.continue3d') : t('ar.use3d')}
        </button>
      </div>
    </main>
  )
}
