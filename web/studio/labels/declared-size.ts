import { z } from 'zod'
import { LabelPoseSchema } from '../../../server/domain/product'

const WithLabel = z.object({ label: LabelPoseSchema })

/**
 * The printed QR side the product declares in its label pose (`label.sizeMm`, module grid only),
 * or null when the product has no label pose (or the studio API does not carry it yet).
 */
export function declaredSizeMm(product: object): number | null {
  const parsed = WithLabel.safeParse(product)
  return parsed.success ? parsed.data.label.sizeMm : null
}
