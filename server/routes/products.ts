import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { ProductAnswerSchema, ProductListSchema } from '../domain/catalog-api'
import { IdSchema } from '../domain/procedure'
import { LANG_PARAMETER } from '../domain/published'
import { fail } from '../errors'
import { answerJson } from '../json-text'
import { doc, json } from '../openapi/describe'
import { listProducts } from '../services/catalog'
import { productCache } from '../services/product-cache'
import { validate } from '../validate'
import { contentPreferences } from './content-language'

const SUMMARY_LANGUAGE =
  'Procedure summaries come in the language negotiated from `?lang=` or `Accept-Language` among each procedure’s source language and its up-to-date translations; each names its `language`.'

export const productRoutes = new Hono<AppEnv>()
  .get(
    '/',
    doc(
      'catalog',
      'Products with their published procedures summarized',
      { 200: json(ProductListSchema) },
      {
        description: SUMMARY_LANGUAGE,
        parameters: [LANG_PARAMETER],
      },
    ),
    async (c) => {
      const preferences = contentPreferences(c, c.req.query('lang'))
      c.header('Vary', 'Accept-Language')
      return c.json({ products: await listProducts(c.var.deps.db, preferences) }, 200)
    },
  )
  .get(
    '/:id',
    doc(
      'catalog',
      'One product: parts, model URL, procedures',
      { 200: json(ProductAnswerSchema) },
      { description: SUMMARY_LANGUAGE, parameters: [LANG_PARAMETER] },
    ),
    validate('param', z.object({ id: IdSchema })),
    async (c) => {
      const preferences = contentPreferences(c, c.req.query('lang'))
      c.header('Vary', 'Accept-Language')
      const answer = await productCache(c.var.deps.db).answer(c.req.valid('param').id, preferences)
      if (!answer) return fail(c, 404, 'product_not_found', 'No product with this id.')
      return answerJson(c, answer, 200)
    },
  )
