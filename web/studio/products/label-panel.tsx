import { type FormEvent, lazy, Suspense, useEffect, useId, useMemo, useState } from 'react'
import type { LabelPose } from '../../../server/domain/product'
import { type StudioProduct, updateStudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { Vec3Fields } from '../editor/vec3-fields'
import { NumberField } from '../ui/number-field'
import {
  draftFromHit,
  type LabelDraft,
  type LabelField,
  poseFromDraft,
  turnUp,
  withNormal,
} from './label-pose-edit'
import type { FaceHit } from './label-scene'
import { useSave } from './use-save'

// three.js loads only when the panel shows a model.
const LabelView = lazy(() => import('./label-view').then((m) => ({ default: m.LabelView })))

type Props = { product: StudioProduct; onSaved: (product: StudioProduct) => void }

/** What the fields show before anything is placed: a label facing the front, 50 mm. */
const BLANK: LabelDraft = { center: [0, 0, 0], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 50 }

/**
 * "Label position": where the product's printed QR label sits on its model, for AR alignment. The
 * author clicks the label face in the 3D view (centre and normal from the click, top edge from
 * model +Y), turns the top edge in quarter turns, enters the printed size and saves; every number
 * is also a field, so it works from the keyboard alone.
 */
export function LabelPanel({ product, onSaved }: Props) {
  const id = useId()
  const [draft, setDraft] = useState<LabelDraft>(product.label ?? BLANK)
  // Whether the fields describe a label yet (a saved one, a click, or something typed).
  const [placed, setPlaced] = useState(product.label !== null)
  const [note, setNote] = useState('')
  const [showErrors, setShowErrors] = useState(false)
  const save = useSave()
  useEffect(() => {
    setDraft(product.label ?? BLANK)
    setPlaced(product.label !== null)
  }, [product.label])

  const result = useMemo(() => poseFromDraft(draft), [draft])
  const preview: LabelPose | null = placed && result.ok ? result.pose : null
  const errors = !result.ok && (showErrors || placed) ? result.errors : {}

  const edit = (next: LabelDraft) => {
    setDraft(next)
    setPlaced(true)
    setNote('')
  }
  const pick = (hit: FaceHit | null) => {
    const next = hit && draftFromHit(hit.point, hit.normal, draft.sizeMm)
    if (!next) {
      setNote(t('studio.label.missedFace'))
      return
    }
    edit(next)
    setNote(t('studio.label.picked'))
  }

  async function submit(e: FormEvent) {
    e.preventDefault()
    setShowErrors(true)
    if (!result.ok) return
    const saved = await save.run(() => updateStudioProduct(product.id, { label: result.pose }))
    if (saved) onSaved(saved)
  }
  async function remove() {
    const saved = await save.run(() => updateStudioProduct(product.id, { label: null }))
    if (saved) {
      onSaved(saved)
      setNote(t('studio.label.removed'))
    }
  }

  const serverErrors = (field: LabelField) => save.fields[`label.${field}`]
  const fieldErrors = (field: LabelField) =>
    errors[field] ? [t(`studio.label.error.${field}`)] : serverErrors(field)
  const [ux, uy, uz] = draft.up

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby={`${id}-h`} noValidate>
      <h3 id={`${id}-h`}>{t('studio.label.heading')}</h3>
      <p className="muted">{t('studio.label.hint')}</p>
      {product.modelUrl ? (
        <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
          <LabelView modelUrl={product.modelUrl} pose={preview} onPick={pick} />
        </Suspense>
      ) : (
        <p className="muted">{t('studio.label.noModel')}</p>
      )}
      <p role="status" className="muted">
        {note || (placed ? '' : t('studio.label.none'))}
      </p>
      <Vec3Fields
        value={draft.center}
        step={0.001}
        label={(axis) => t('studio.label.center', { axis })}
        onChange={(center) => edit({ ...draft, center })}
      />
      {fieldErrors('center') && <p className="field-error">{fieldErrors('center')?.join('; ')}</p>}
      <Vec3Fields
        value={draft.normal}
        step={0.01}
        label={(axis) => t('studio.label.normal', { axis })}
        onChange={(normal) => edit(withNormal(draft, normal))}
      />
      {fieldErrors('normal') && <p className="field-error">{fieldErrors('normal')?.join('; ')}</p>}
      <div className="row">
        <span>{t('studio.label.up', { x: ux, y: uy, z: uz })}</span>
        <button
          type="button"
          className="button"
          onClick={() => edit({ ...draft, up: turnUp(draft.normal, draft.up, 1) })}
        >
          {t('studio.label.turnLeft')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => edit({ ...draft, up: turnUp(draft.normal, draft.up, -1) })}
        >
          {t('studio.label.turnRight')}
        </button>
      </div>
      {fieldErrors('up') && <p className="field-error">{fieldErrors('up')?.join('; ')}</p>}
      <NumberField
        label={t('studio.label.size')}
        value={draft.sizeMm}
        step={0.5}
        min={10}
        max={300}
        errors={fieldErrors('sizeMm')}
        onChange={(sizeMm) => edit({ ...draft, sizeMm })}
      />
      <p className="muted">{t('studio.label.sizeHint')}</p>
      {save.error && <ErrorAlert message={save.error.message} />}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('studio.saving') : t('studio.label.save')}
        </button>
        {product.label && (
          <button type="button" className="button" disabled={save.busy} onClick={remove}>
            {t('studio.label.remove')}
          </button>
        )}
        <span role="status">{save.done ? t('studio.saved') : ''}</span>
      </div>
    </form>
  )
}
