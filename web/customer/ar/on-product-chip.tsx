import { t } from '../../i18n/t'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'

/**
 * Once the twin sits on the real product from its label: how accurate that is, and "Adjust by
 * hand" to nudge it (the label then stops steering it until the customer hands it back).
 */
export function OnProductChip() {
  const { store } = usePlacement()
  const method = usePlacementState((s) => s.method)
  const errorMm = usePlacementState((s) => s.auto?.errorMm ?? null)
  if (method !== 'label' && method !== 'label-tap') return null
  return (
    <div className="ar-chip">
      {method === 'label' && errorMm !== null && (
        <span role="status">{t('align.onProduct', { mm: errorMm })}</span>
      )}
      <button
        type="button"
        className="button"
        onClick={() => {
          store.getState().setByHand(true)
          store.getState().place(method)
        }}
      >
        {t('align.adjust')}
      </button>
    </div>
  )
}
