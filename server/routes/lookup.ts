import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { LookupAnswerSchema } from '../domain/catalog-api'
import { languagePreferences } from '../domain/language'
import { resolveCode } from '../domain/lookup'
import { fail } from '../errors'
import { doc, json } from '../openapi/describe'
import { codeCandidates } from '../services/catalog'
import { productCache } from '../services/product-cache'
import { validate } from '../validate'

export const lookupRoutes = new Hono<AppEnv>().get(
  '/',
  doc('catalog', 'Resolve a scanned code or QR payload to a product', {
    200: json(LookupAnswerSchema),
  }),
  validate('query', z.object({ code: z.string().trim().min(1).max(2048) })),
  async (c) => {
    const { db } = c.var.deps
    const hit = resolveCode(c.req.valid('query').code, await codeCandidates(db))
    const product =
      hit &&
      (await productCache(db).get(
        hit.productId,
        languagePreferences(c.req.header('accept-language')),
      ))
    if (!hit || !product)
      return fail(c, 404, 'unknown_code', 'This code does not match any product we know.')
    return c.json(hit.serial ? { product, serial: hit.serial } : { product }, 200)
  },
)
