import { LabelTracker } from '../../xr/camera/label-tracker'
import { useProductLabel } from '../../xr/camera/product-label'
import { useGuide } from '../guide/guide-store'

/**
 * The label tracker for the guide's product (mounted when the AR session has `camera-access`).
 * It reads the label and solves the product's pose; nothing acts on the poses yet.
 */
export function GuideLabelTracker() {
  const productId = useGuide((s) => s.product.id)
  const label = useProductLabel(productId)
  return <LabelTracker label={label} />
}
