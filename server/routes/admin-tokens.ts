import { Hono } from 'hono'
import type { AppEnv } from '../context'
import {
  ApiTokenCreatedSchema,
  ApiTokenIdParamSchema,
  ApiTokenListSchema,
  ApiTokenRevokedSchema,
  NewApiTokenSchema,
} from '../domain/api-token'
import { fail } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { createApiToken, listApiTokens, revokeApiToken } from '../services/api-tokens'
import { validate } from '../validate'

/**
 * `/api/admin/tokens`: API tokens for integrations, admins only. The secret is in the answer to
 * creating one and nowhere else; revoking keeps the row (who, when) and refuses the token at once.
 */
export const adminTokenRoutes = new Hono<AppEnv>()
  .use('*', requireRole('admin'))
  .get('/', doc('admin', 'API tokens', { 200: json(ApiTokenListSchema) }), async (c) =>
    c.json({ tokens: await listApiTokens(c.var.deps.db) }, 200),
  )
  .post(
    '/',
    doc('admin', 'Create an API token (its secret is shown once)', {
      201: json(ApiTokenCreatedSchema),
    }),
    validate('json', NewApiTokenSchema),
    async (c) => {
      const by = c.var.user
      if (!by) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const { db, secret } = c.var.deps
      return c.json(await createApiToken(db, secret, c.req.valid('json'), by), 201)
    },
  )
  .post(
    '/:id/revoke',
    doc('admin', 'Revoke an API token, at once', { 200: json(ApiTokenRevokedSchema) }),
    validate('param', ApiTokenIdParamSchema),
    async (c) => {
      const token = await revokeApiToken(c.var.deps.db, c.req.valid('param').id)
      if (!token) return fail(c, 404, 'token_not_found', 'No such API token.')
      return c.json({ token }, 200)
    },
  )
