import { type FormEvent, useState } from 'react'
import { type StudioProduct, updateStudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { LinesField } from '../ui/lines-field'
import { TextField } from '../ui/text-field'
import { useSave } from './use-save'

type Props = { product: StudioProduct; onSaved: (product: StudioProduct) => void }

/** Name, brand, model number, description and the codes that identify the product. */
export function ProductDetailsForm({ product, onSaved }: Props) {
  const [form, setForm] = useState({
    name: product.name,
    brand: product.brand,
    modelNumber: product.modelNumber,
    description: product.description,
    codes: product.codes,
    codePrefixes: product.codePrefixes,
  })
  const save = useSave()
  const f = save.fields

  async function submit(e: FormEvent) {
    e.preventDefault()
    const saved = await save.run(() => updateStudioProduct(product.id, form))
    if (saved) onSaved(saved)
  }

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="product-details">
      <h3 id="product-details">{t('studio.productDetails')}</h3>
      <TextField
        label={t('studio.field.name')}
        value={form.name}
        onChange={(name) => setForm({ ...form, name })}
        errors={f.name}
      />
      <TextField
        label={t('studio.field.brand')}
        value={form.brand}
        onChange={(brand) => setForm({ ...form, brand })}
        errors={f.brand}
      />
      <TextField
        label={t('studio.field.modelNumber')}
        value={form.modelNumber}
        onChange={(modelNumber) => setForm({ ...form, modelNumber })}
        errors={f.modelNumber}
      />
      <TextField
        label={t('studio.field.description')}
        value={form.description}
        onChange={(description) => setForm({ ...form, description })}
        errors={f.description}
        multiline
      />
      <LinesField
        label={t('studio.field.codes')}
        hint={t('studio.field.codesHint')}
        value={form.codes}
        onChange={(codes) => setForm({ ...form, codes })}
        errors={f.codes}
      />
      <LinesField
        label={t('studio.field.codePrefixes')}
        hint={t('studio.field.codePrefixesHint')}
        value={form.codePrefixes}
        onChange={(codePrefixes) => setForm({ ...form, codePrefixes })}
        errors={f.codePrefixes}
      />
      {save.error && <ErrorAlert message={save.error.message} />}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={save.busy}>
          {save.busy ? t('studio.saving') : t('studio.save')}
        </button>
        <span role="status">{save.done ? t('studio.saved') : ''}</span>
      </div>
    </form>
  )
}
