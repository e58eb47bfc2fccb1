import { z } from 'zod'
import { ProcedureBase } from './procedure'
import { LabelPoseSchema, PartSchema } from './product'

/**
 * The answers of the public catalog routes (products, lookup), as the OpenAPI document describes
 * them and the API tests check every answer against.
 */

/** A published procedure as a product lists it: what a customer chooses by. */
export const ProcedureSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  symptom: z.string(),
  difficulty: ProcedureBase.shape.difficulty,
  minutes: z.number().int(),
  tools: z.array(z.string()),
  parts: z.array(z.string()),
  steps: z.number().int().min(1),
  version: z.number().int().min(1),
  /** The language of these texts (BCP 47): an up-to-date translation's, or the source's. */
  language: z.string(),
})

/** A product with its parts, model, label pose (null when none) and published procedures. */
export const ProductViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.string(),
  modelNumber: z.string(),
  description: z.string(),
  codes: z.array(z.string()),
  parts: z.array(PartSchema),
  label: LabelPoseSchema.nullable(),
  modelUrl: z.string().nullable(),
  procedures: z.array(ProcedureSummarySchema),
})

/** `GET /api/products`. */
export const ProductListSchema = z.object({ products: z.array(ProductViewSchema) })
/** `GET /api/products/:id`. */
export const ProductAnswerSchema = z.object({ product: ProductViewSchema })
/** `GET /api/lookup`: the product a code names, and the serial when the code carried one. */
export const LookupAnswerSchema = z.object({
  product: ProductViewSchema,
  serial: z.string().optional(),
})

/** A product as authors see and edit it (codes and prefixes included). */
export const StudioProductSchema = ProductViewSchema.omit({ procedures: true }).extend({
  codePrefixes: z.array(z.string()),
})
/** `GET /api/studio/products`. */
export const StudioProductListSchema = z.object({ products: z.array(StudioProductSchema) })
/** One product after reading, creating or changing it in the studio. */
export const StudioProductAnswerSchema = z.object({ product: StudioProductSchema })

const GlbIssueSchema = z.object({
  code: z.string(),
  message: z.string(),
  pointer: z.string().optional(),
})
/** `POST /api/studio/models`: the stored model, its node names and the validator's warnings. */
export const ModelUploadedSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string(),
  size: z.number().int().min(1),
  originalSize: z.number().int().min(1),
  meshopt: z.boolean(),
  nodeNames: z.array(z.string()),
  warnings: z.array(GlbIssueSchema),
})
