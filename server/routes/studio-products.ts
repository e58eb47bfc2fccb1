import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { products } from '../db/schema'
import { StudioProductAnswerSchema, StudioProductListSchema } from '../domain/catalog-api'
import { IdSchema } from '../domain/procedure'
import { LabelPoseSchema, ProductFileSchema } from '../domain/product'
import { fail } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import { validate } from '../validate'

const IdParam = z.object({ id: IdSchema })
/** Every field optional; `label: null` removes the label (AR then places the model by hand). */
const ProductPatchSchema = ProductFileSchema.omit({ id: true })
  .partial()
  .extend({ label: LabelPoseSchema.nullable().optional() })
const HashSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest') })

const columns = {
  id: products.id,
  name: products.name,
  brand: products.brand,
  modelNumber: products.modelNumber,
  description: products.description,
  codes: products.codes,
  codePrefixes: products.codePrefixes,
  parts: products.parts,
  label: products.label,
  modelUrl: products.modelUrl,
}

/** Authoring products: create, edit names, codes and part labels, and point them at an uploaded model. */
export const studioProductRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .get(
    '/',
    doc('studio', 'Products as authors see them', { 200: json(StudioProductListSchema) }),
    async (c) =>
      c.json(
        {
          products: await c.var.deps.db.select(columns).from(products).orderBy(asc(products.name)),
        },
        200,
      ),
  )
  .post(
    '/',
    doc('studio', 'Create a product', { 201: json(StudioProductAnswerSchema) }),
    validate('json', ProductFileSchema),
    async (c) => {
      const p = c.req.valid('json')
      const rows = await c.var.deps.db
        .insert(products)
        .values(p)
        .onConflictDoNothing()
        .returning(columns)
      const [row] = rows
      if (!row)
        return fail(c, 409, 'product_exists', 'A product with this id already exists.', {
          id: ['taken'],
        })
      return c.json({ product: row }, 201)
    },
  )
  .get(
    '/:id',
    doc('studio', 'One product', { 200: json(StudioProductAnswerSchema) }),
    validate('param', IdParam),
    async (c) => {
      const [row] = await c.var.deps.db
        .select(columns)
        .from(products)
        .where(eq(products.id, c.req.valid('param').id))
      if (!row) return fail(c, 404, 'product_not_found', 'No product with this id.')
      return c.json({ product: row }, 200)
    },
  )
  .patch(
    '/:id',
    doc('studio', 'Change a product', { 200: json(StudioProductAnswerSchema) }),
    validate('param', IdParam),
    validate('json', ProductPatchSchema),
    async (c) => {
      const [row] = await c.var.deps.db
        .update(products)
        .set({ ...c.req.valid('json'), updatedAt: new Date() })
        .where(eq(products.id, c.req.valid('param').id))
        .returning(columns)
      if (!row) return fail(c, 404, 'product_not_found', 'No product with this id.')
      return c.json({ product: row }, 200)
    },
  )
  .put(
    '/:id/model',
    doc('studio', 'Use an uploaded model for a product', { 200: json(StudioProductAnswerSchema) }),
    validate('param', IdParam),
    validate('json', HashSchema),
    async (c) => {
      const { hash } = c.req.valid('json')
      if (!c.var.deps.blobs.has(hash))
        return fail(
          c,
          422,
          'model_not_found',
          'No uploaded model with this hash. Upload it first.',
          {
            hash: ['unknown model'],
          },
        )
      const [row] = await c.var.deps.db
        .update(products)
        .set({ modelUrl: `/api/blobs/${hash}.glb`, updatedAt: new Date() })
        .where(eq(products.id, c.req.valid('param').id))
        .returning(columns)
      if (!row) return fail(c, 404, 'product_not_found', 'No product with this id.')
      return c.json({ product: row }, 200)
    },
  )
