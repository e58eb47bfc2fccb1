import './guide.css'
import { lazy, Suspense } from 'react'
import { t } from '../../i18n/t'
import { PageStatus } from '../../ui/page-status'
import { HelpMarks } from '../help/help-marks'
import { HelpNudgeBanner } from '../help/help-nudge-banner'
import { HelpPanel } from '../help/help-panel'
import { selectDone, useGuide } from './guide-store'
import { LanguageNote } from './language-note'
import { ModelErrorBoundary } from './model-error-boundary'
import { Outcome } from './outcome'
import { StepCard } from './step-card'

// three.js and the model are most of the guide's bytes: on a slow phone network the steps show
// first and the 3D view joins them when its chunk has arrived.
const ModelPane = lazy(() => import('./model-pane').then((m) => ({ default: m.ModelPane })))

/** Holds the 3D view's place (same box) while its code loads. */
function ModelPaneLoading() {
  return (
    <div className="guide-view" role="img" aria-label={t('guide.view3d')}>
      <PageStatus label={t('guide.loadingModel')} />
    </div>
  )
}

/**
 * The 3D guide, for browsers without WebXR AR (iPhone, desktop): the steps beside an inline 3D view
 * of the product (below it on a phone), with the same events as in AR. On iOS, AR Quick Look shows
 * the model in the room.
 */
export function Guide3D() {
  const procedure = useGuide((s) => s.procedure)
  const done = useGuide(selectDone)
  const first = useGuide((s) => s.progress.path.length === 1 && !s.progress.done)
  const hasModel = useGuide((s) => Boolean(s.product.modelUrl))
  const offlineReady = useGuide((s) => s.offlineReady)

  return (
    <main className="guide-layout" id="main" lang={procedure.language}>
      <header className="stack guide-header">
        <LanguageNote />
        <h1>{procedure.title}</h1>
        <p className="muted">{t('repair.version', { version: procedure.version })}</p>
        {offlineReady && <p className="muted">{t('guide.savedOffline')}</p>}
        {first && procedure.safety.length > 0 && (
          <section className="alert" aria-label={t('guide.safetyHeading')}>
            <strong>{t('guide.safetyHeading')}</strong>
            <ul className="guide-safety">
              {procedure.safety.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
      </header>
      <div className="guide-view-wrap">
        {hasModel && (
          <ModelErrorBoundary>
            <Suspense fallback={<ModelPaneLoading />}>
              <ModelPane />
            </Suspense>
          </ModelErrorBoundary>
        )}
        <HelpMarks />
      </div>
      <div className="guide-card-slot">
        {!done && <HelpNudgeBanner />}
        {done ? <Outcome /> : <StepCard />}
        <HelpPanel />
      </div>
    </main>
  )
}
