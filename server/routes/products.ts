import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { ProductAnswerSchema, ProductListSchema } from '../domain/catalog-api'
import { IdSchema } from '../domain/procedure'
import { fail } from '../errors'
import { doc, json } from '../openapi/describe'
import { listProducts } from '../services/catalog'
import { productCache } from '../services/product-cache'
import { validate } from '../validate'

export const productRoutes = new Hono<AppEnv>()
  .get(
    '/',
    doc('catalog', 'Products with their published procedures summarized', {
      200: json(ProductListSchema),
    }),
    async (c) => c.json({ products: await listProducts(c.var.deps.db) }, 200),
  )
  .get(
    '/:id',
    doc('catalog', 'One product: parts, model URL, procedures', {
      200: json(ProductAnswerSchema),
    }),
    validate('param', z.object({ id: IdSchema })),
    async (c) => {
      const product = await productCache(c.var.deps.db).get(c.req.valid('param').id)
      if (!product) return fail(c, 404, 'product_not_found', 'No product with this id.')
      return c.json({ product }, 200)
    },
  )
