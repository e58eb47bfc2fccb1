import { type FormEvent, useEffect, useId, useState } from 'react'
import { type StudioProduct, updateStudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { useSave } from './use-save'

type Props = {
  product: StudioProduct
  /** Node names of a model just uploaded; the product's parts are shown with them. */
  nodeNames: readonly string[]
  onSaved: (product: StudioProduct) => void
}

function rows(product: StudioProduct, nodeNames: readonly string[]) {
  const labels = new Map(product.parts.map((p) => [p.node, p.label]))
  const nodes = [...new Set([...product.parts.map((p) => p.node), ...nodeNames])]
  return nodes.map((node) => ({ node, label: labels.get(node) ?? '' }))
}

/** The model's nodes, each with the label customers read; an empty label means "not a part". */
export function PartsEditor({ product, nodeNames, onSaved }: Props) {
  const id = useId()
  const [list, setList] = useState(() => rows(product, nodeNames))
  useEffect(() => setList(rows(product, nodeNames)), [product, nodeNames])
  const save = useSave()

  async function submit(e: FormEvent) {
    e.preventDefault()
    const parts = list
      .map((p) => ({ node: p.node, label: p.label.trim() }))
      .filter((p) => p.label !== '')
    const saved = await save.run(() => updateStudioProduct(product.id, { parts }))
    if (saved) onSaved(saved)
  }

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('studio.partsHeading')}</h3>
      <p className="muted">{t('studio.partsHint')}</p>
      {list.length === 0 ? (
        <p className="muted">{t('studio.noParts')}</p>
      ) : (
        <ul className="studio-parts">
          {list.map((p, i) => (
            <li key={p.node} className="field">
              <label htmlFor={`${id}-${i}`}>
                <code>{p.node}</code>
              </label>
              <input
                id={`${id}-${i}`}
                className="input"
                aria-label={t('studio.partLabel', { node: p.node })}
                value={p.label}
                onChange={(e) =>
                  setList(list.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
                }
              />
            </li>
          ))}
        </ul>
      )}
      {save.error && <ErrorAlert message={save.error.message} />}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('studio.saving') : t('studio.saveParts')}
        </button>
        <span role="status">{save.done ? t('studio.saved') : ''}</span>
      </div>
    </form>
  )
}
