import { useEffect, useState } from 'react'
import { z } from 'zod'
import { type LabelPose, LabelPoseSchema } from '../../../server/domain/product'

const ProductLabelSchema = z.object({ label: LabelPoseSchema.optional() })

/**
 * The product's label pose from its catalog file (`/models/<id>/product.json`, served with the
 * models), null until loaded or when the product declares none. A stopgap until the product API
 * carries `label`: then read it from the guide's product instead.
 */
export function useProductLabel(productId: string): LabelPose | null {
  const [label, setLabel] = useState<LabelPose | null>(null)
  useEffect(() => {
    const abort = new AbortController()
    setLabel(null)
    fetch(`/models/${encodeURIComponent(productId)}/product.json`, { signal: abort.signal })
      .then((res) => (res.ok ? res.json() : null))
      .then((json: unknown) => {
        const parsed = ProductLabelSchema.safeParse(json)
        if (parsed.success) setLabel(parsed.data.label ?? null)
      })
      .catch(() => {})
    return () => abort.abort()
  }, [productId])
  return label
}
