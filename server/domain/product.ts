import { z } from 'zod'
import { IdSchema } from './procedure'

/** A part of the product: a named node of its glTF model and the label people read. */
export const PartSchema = z.object({
  node: z.string().min(1).max(120),
  label: z.string().min(1).max(120),
})

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
})

export type ProductFile = z.infer<typeof ProductFileSchema>
export type Part = z.infer<typeof PartSchema>
