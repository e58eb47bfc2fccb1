import { type ChangeEvent, useId, useState } from 'react'
import { type StudioProduct, setProductModel } from '../../api/studio-products'
import { ModelUploadError, type UploadedModel, uploadModel } from '../../api/studio-upload'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'

type Props = {
  product: StudioProduct
  onUploaded: (product: StudioProduct, nodeNames: string[]) => void
}

type State =
  | { kind: 'idle' }
  | { kind: 'uploading'; fraction: number }
  | { kind: 'done'; model: UploadedModel }
  | { kind: 'error'; error: Error }

/**
 * Uploads a GLB with a progress bar; the server validates it (Khronos glTF validator) and its errors
 * are listed here, each with where in the file it is.
 */
export function ModelUpload({ product, onUploaded }: Props) {
  const id = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setState({ kind: 'uploading', fraction: 0 })
    try {
      const model = await uploadModel(file, (fraction) => setState({ kind: 'uploading', fraction }))
      const updated = await setProductModel(product.id, model.hash)
      setState({ kind: 'done', model })
      onUploaded(updated, model.nodeNames)
    } catch (err) {
      setState({ kind: 'error', error: err instanceof Error ? err : new Error(String(err)) })
    }
  }

  return (
    <section className="stack card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('studio.modelHeading')}</h3>
      {product.modelUrl && (
        <p className="muted">{t('studio.currentModel', { url: product.modelUrl })}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{t('studio.uploadLabel')}</label>
        <input
          id={id}
          type="file"
          accept=".glb,model/gltf-binary"
          onChange={pick}
          disabled={state.kind === 'uploading'}
        />
      </div>
      {state.kind === 'uploading' && (
        <div className="stack" role="status">
          <progress value={state.fraction} max={1} aria-label={t('studio.uploadLabel')} />
          <span>
            {state.fraction < 1
              ? t('studio.uploading', { percent: Math.round(state.fraction * 100) })
              : t('studio.processing')}
          </span>
        </div>
      )}
      {state.kind === 'done' && (
        <p role="status">
          {t('studio.uploaded', {
            size: Math.round(state.model.size / 1024),
            nodes: state.model.nodeNames.length,
          })}
          {state.model.warnings.length > 0 &&
            ` ${t('studio.uploadWarnings', { count: state.model.warnings.length })}`}
        </p>
      )}
      {state.kind === 'error' && (
        <ErrorAlert message={state.error.message}>
          {state.error instanceof ModelUploadError && state.error.issues.length > 0 && (
            <ul className="studio-issues">
              {state.error.issues.map((i) => (
                <li key={`${i.code}-${i.pointer ?? ''}-${i.message}`}>
                  <code>{i.code}</code>{' '}
                  {i.pointer
                    ? t('studio.issue', { message: i.message, pointer: i.pointer })
                    : i.message}
                </li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
    </section>
  )
}
