import { type LabelPose, LabelPoseSchema } from '../../../server/domain/product'

const NullableLabel = LabelPoseSchema.nullable().optional()

/**
 * The product's label pose as received from the server, parsed with its schema. A pose that does
 * not parse is treated as none, said in the console: AR then places by hand, nothing breaks.
 */
export function parseLabel(raw: unknown): LabelPose | null {
  const parsed = NullableLabel.safeParse(raw)
  if (parsed.success) return parsed.data ?? null
  console.warn(
    'The product label pose is not valid; AR will place the product by hand.',
    parsed.error,
  )
  return null
}
