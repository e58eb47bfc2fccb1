import type { XRStore } from '@react-three/xr'
import { useState } from 'react'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { useGuide } from '../guide/guide-store'
import { LanguageNote } from '../guide/language-note'
import { HelpPanel } from '../help/help-panel'

type Props = {
  xr: XRStore
  /** False until the XR store can start a session (its canvas has mounted). */
  ready: boolean
  left: boolean
  onUse3d: () => void
  /** `true` just before the session is asked for (a call lets go of the camera), `false` if it fails. */
  onStarting: (starting: boolean) => void
}

/**
 * The page around the AR session: what will happen, the Start AR button (the user gesture the
 * browser needs), errors in words, and after leaving AR a way back in or on to the 3D guide.
 * Its help panel runs the call with the agent for the whole guide, in AR and out of it.
 */
export function ArStart({ xr, ready, left, onUse3d, onStarting }: Props) {
  const title = useGuide((s) => s.procedure.title)
  const language = useGuide((s) => s.procedure.language)
  const product = useGuide((s) => s.product.name)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function start() {
    setStarting(true)
    setError(null)
    onStarting(true)
    try {
      await xr.enterAR()
    } catch (err) {
      onStarting(false)
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setStarting(false)
    }
  }

  return (
    <main className="page ar-start" id="main">
      <header className="stack">
        <LanguageNote />
        <p className="muted">{product}</p>
        <h1 lang={language}>{title}</h1>
      </header>
      <p className="lead">{left ? t('ar.left') : t('ar.lead')}</p>
      {error && <ErrorAlert message={t('ar.failed', { message: error })} />}
      <div className="ar-start-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void start()}
          disabled={starting || !ready}
        >
          {starting ? t('ar.starting') : left ? t('ar.resume') : t('ar.start')}
        </button>
        <button type="button" className="button" onClick={onUse3d}>
          {left ? t('ar.continue3d') : t('ar.use3d')}
        </button>
      </div>
      <HelpPanel />
    </main>
  )
}
