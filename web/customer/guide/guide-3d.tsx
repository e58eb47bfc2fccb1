import './guide.css'
import { useCallback, useState } from 'react'
import type { Object3D } from 'three'
import { t } from '../../i18n/t'
import { HelpMarks } from '../help/help-marks'
import { HelpNudgeBanner } from '../help/help-nudge-banner'
import { HelpPanel } from '../help/help-panel'
import { selectDone, useGuide } from './guide-store'
import { ModelView } from './model-view'
import { Outcome } from './outcome'
import { QuickLookLink } from './quick-look-link'
import { StepCard } from './step-card'

/**
 * The 3D guide, for browsers without WebXR AR (iPhone, desktop): the steps beside an inline 3D view
 * of the product (below it on a phone), with the same events as in AR. On iOS, AR Quick Look shows
 * the model in the room.
 */
export function Guide3D() {
  const procedure = useGuide((s) => s.procedure)
  const done = useGuide(selectDone)
  const first = useGuide((s) => s.progress.path.length === 1 && !s.progress.done)
  const [root, setRoot] = useState<Object3D | null>(null)
  const onModel = useCallback((r: Object3D) => setRoot(r), [])

  return (
    <main className="guide-layout" id="main">
      <header className="stack guide-header">
        <h1>{procedure.title}</h1>
        <p className="muted">{t('repair.version', { version: procedure.version })}</p>
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
        <ModelView onModel={onModel} />
        <HelpMarks />
        {root && <QuickLookLink root={root} />}
      </div>
      <div className="guide-card-slot">
        {!done && <HelpNudgeBanner />}
        {done ? <Outcome /> : <StepCard />}
        <HelpPanel />
      </div>
    </main>
  )
}
