import { useDeferredValue, useMemo, useState } from 'react'
import { labelBase } from '../../../server/domain/label-url'
import type { StudioSettings } from '../../../server/domain/studio-settings'
import type { StudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { BaseUrlNotice } from './base-url-notice'
import { declaredSizeMm } from './declared-size'
import { LabelForm } from './label-form'
import { LabelSheet } from './label-sheet'
import { checkLabelForm, useLabelForm } from './use-label-form'

type Props = { product: StudioProduct; settings: StudioSettings }

/** Which address the codes carry: PUBLIC_URL when a phone can open it, the LAN URL only by choice. */
function useBase(settings: StudioSettings) {
  const [useLan, setUseLan] = useState(false)
  const pub = settings.publicUrl ? labelBase(settings.publicUrl) : null
  const lan = settings.lanUrl ? labelBase(settings.lanUrl) : null
  const lanBase = lan?.ok ? lan.base : null
  if (pub?.ok) return { base: pub.base, lan: false, problem: null, lanBase: null, setUseLan }
  const problem = pub && !pub.ok ? pub.problem : null
  return { base: useLan ? lanBase : null, lan: useLan, problem, lanBase, setUseLan }
}

/** The form, the print button and the sheet preview for one product. */
export function LabelsEditor({ product, settings }: Props) {
  const { values, set } = useLabelForm()
  const declaredMm = declaredSizeMm(product)
  const checked = checkLabelForm(values, declaredMm)
  const { base, lan, problem, lanBase, setUseLan } = useBase(settings)
  // Typing stays responsive while hundreds of codes are encoded for the preview; the sheet's
  // serials keep their identity until the values change, so the codes are encoded once.
  const later = useDeferredValue(values)
  const deferred = useMemo(() => checkLabelForm(later, declaredMm), [later, declaredMm])
  return (
    <div className="stack label-editor">
      <h2>{t('labels.heading', { name: product.name })}</h2>
      {!base && (
        <BaseUrlNotice problem={problem} lanUrl={lanBase} onUseLan={() => setUseLan(true)} />
      )}
      {base && lan && (
        <div className="alert label-lan-note" role="status">
          <p>{t('labels.lan.using', { url: base })}</p>
          <div>
            <button type="button" className="button" onClick={() => setUseLan(false)}>
              {t('labels.lan.stop')}
            </button>
          </div>
        </div>
      )}
      <div className="label-controls">
        <LabelForm
          values={values}
          errors={checked.ok ? {} : checked.errors}
          declaredMm={declaredMm}
          set={set}
        />
        {base && (
          <div className="stack">
            <p className="muted">{t('labels.encodes', { url: `${base}/p/${product.id}?sn=…` })}</p>
            <p className="muted">{t('labels.printHint')}</p>
            <div>
              <button
                type="button"
                className="button button-primary"
                disabled={!checked.ok}
                onClick={() => window.print()}
              >
                {t('labels.print')}
              </button>
            </div>
          </div>
        )}
      </div>
      {base && deferred.ok && (
        <LabelSheet
          base={base}
          product={product}
          serials={deferred.serials}
          gridMm={deferred.sizeMm}
          paper={later.paper}
        />
      )}
    </div>
  )
}
