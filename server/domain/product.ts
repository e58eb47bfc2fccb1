import { z } from 'zod'
import { IdSchema } from './procedure'

/** A part of the product: a named node of its glTF model and the label people read. */
export const PartSchema = z.object({
  node: z.string().min(1).max(120),
  label: z.string().min(1).max(120),
})

const unitVec3 = z
  .tuple([z.number().finite(), z.number().finite(), z.number().finite()])
  .refine(([x, y, z]) => Math.abs(Math.hypot(x, y, z) - 1) < 1e-3, 'must be a unit vector')

/**
 * Where the product's printed QR label sits on its body, in model space (metres, Y up): the
 * centre of the QR symbol, the outward normal of the face it is stuck on, the direction of the
 * symbol's top edge (in the face, perpendicular to the normal), and the printed symbol's side in
 * millimetres (the outer edge of the module grid, quiet zone not included). With the four corners
 * read through the camera this gives the product's whole pose.
 */
export const LabelPoseSchema = z
  .object({
    center: z
      .tuple([z.number().finite(), z.number().finite(), z.number().finite()])
      .describe('Centre of the QR symbol in model space, metres'),
    normal: unitVec3.describe('Unit outward normal of the label face, model space'),
    up: unitVec3.describe("Unit direction of the symbol's top edge, in the label plane"),
    sizeMm: z
      .number()
      .min(10)
      .max(300)
      .describe('Printed side of the QR symbol in mm (module grid, quiet zone excluded)'),
  })
  .refine(({ normal: n, up: u }) => Math.abs(n[0] * u[0] + n[1] * u[1] + n[2] * u[2]) < 1e-3, {
    message: 'up must be perpendicular to normal',
    path: ['up'],
  })

export type LabelPose = z.infer<typeof LabelPoseSchema>

/** `models/<id>/product.json`: what identifies a product and names its parts. */
export const ProductFileSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(120),
  brand: z.string().min(1).max(80),
  modelNumber: z.string().min(1).max(80),
  description: z.string().max(1000).default(''),
  /** Exact values that identify the product (EAN/UPC, serial-free QR payloads). */
  codes: z.array(z.string().min(1).max(200)).default([]),
  /** Prefixes: a scanned value starting with one of these identifies the product. */
  codePrefixes: z.array(z.string().min(1).max(200)).default([]),
  parts: z.array(PartSchema).default([]),
  /** The printed QR label's pose on the product, for AR alignment. Optional: without it AR places by hand. */
  label: LabelPoseSchema.optional(),
})

export type ProductFile = z.infer<typeof ProductFileSchema>
export type Part = z.infer<typeof PartSchema>
