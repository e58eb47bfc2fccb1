import { type FormEvent, useState } from 'react'
import { useLocation } from 'wouter'
import { ApiError } from '../../api/api-error'
import { createStudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { TextField } from '../ui/text-field'

const empty = { id: '', name: '', brand: '', modelNumber: '' }

/** Creates a product from its id, name, brand and model number; the rest is edited after. */
export function NewProductForm() {
  const [, navigate] = useLocation()
  const [form, setForm] = useState(empty)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | Error | null>(null)
  const fields = error instanceof ApiError ? (error.fields ?? {}) : {}
  const set = (key: keyof typeof empty) => (value: string) => setForm({ ...form, [key]: value })

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const product = await createStudioProduct(form)
      navigate(`/studio/products/${product.id}`)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
      setBusy(false)
    }
  }

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="new-product">
      <h2 id="new-product">{t('studio.newProduct')}</h2>
      <TextField
        label={t('studio.field.id')}
        hint={t('studio.field.idHint')}
        value={form.id}
        onChange={set('id')}
        errors={fields.id}
        required
      />
      <TextField
        label={t('studio.field.name')}
        value={form.name}
        onChange={set('name')}
        errors={fields.name}
        required
      />
      <TextField
        label={t('studio.field.brand')}
        value={form.brand}
        onChange={set('brand')}
        errors={fields.brand}
        required
      />
      <TextField
        label={t('studio.field.modelNumber')}
        value={form.modelNumber}
        onChange={set('modelNumber')}
        errors={fields.modelNumber}
        required
      />
      {error && <ErrorAlert message={error.message} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('studio.creating') : t('studio.create')}
      </button>
    </form>
  )
}
