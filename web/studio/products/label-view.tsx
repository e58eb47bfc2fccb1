import { Canvas } from '@react-three/fiber'
import { Suspense, useState } from 'react'
import type { LabelPose } from '../../../server/domain/product'
import { ModelErrorBoundary } from '../../customer/guide/model-error-boundary'
import { t } from '../../i18n/t'
import { PageStatus } from '../../ui/page-status'
import { type FaceHit, LabelScene } from './label-scene'
import type { ViewSide } from './label-view-rig'

type Props = {
  modelUrl: string
  /** The label as it would be saved now, outlined on the model; null draws nothing. */
  pose: LabelPose | null
  /** A click on the model (null: the click hit nothing). */
  onPick: (hit: FaceHit | null) => void
}

const SIDES = ['front', 'back', 'left', 'right', 'top'] as const

/**
 * The product's model for placing its label: orbit to the label (or jump to a side with the
 * buttons, which work from the keyboard), click it, see the symbol's outline where it will print.
 */
export function LabelView({ modelUrl, pose, onPick }: Props) {
  const [view, setView] = useState<{ side: ViewSide; request: number }>({
    side: 'corner',
    request: 0,
  })
  return (
    <div className="stack">
      <fieldset className="row label-view-sides">
        <legend>{t('studio.label.viewFrom')}</legend>
        {SIDES.map((side) => (
          <button
            key={side}
            type="button"
            className="button"
            aria-pressed={view.side === side}
            onClick={() => setView((v) => ({ side, request: v.request + 1 }))}
          >
            {t(`studio.label.view.${side}`)}
          </button>
        ))}
      </fieldset>
      <div className="label-view" data-testid="label-view">
        <ModelErrorBoundary>
          <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
            <Canvas
              camera={{ fov: 40, near: 0.005, far: 50, position: [0.5, 0.4, 0.7] }}
              dpr={[1, 2]}
              aria-label={t('studio.label.view3d')}
              onPointerMissed={() => onPick(null)}
            >
              <hemisphereLight args={['white', 'gray', 1.2]} />
              <directionalLight position={[1, 2, 1.5]} intensity={1.5} />
              <LabelScene
                url={modelUrl}
                pose={pose}
                side={view.side}
                viewRequest={view.request}
                onPick={onPick}
              />
            </Canvas>
          </Suspense>
        </ModelErrorBoundary>
      </div>
    </div>
  )
}
