import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import {
  WebhookDeletedSchema,
  WebhookDeliveryListSchema,
  WebhookDeliveryResultSchema,
  WebhookEndpointCreatedSchema,
  WebhookEndpointInputSchema,
  WebhookEndpointListSchema,
  WebhookEndpointPatchSchema,
  WebhookEndpointResultSchema,
  WebhookSecretResultSchema,
} from '../domain/webhooks'
import { fail } from '../errors'
import { requireStaffOrToken } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import {
  createEndpoint,
  deleteEndpoint,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  resendDelivery,
  rotateSecret,
  updateEndpoint,
} from '../services/webhook-endpoints'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })
const DeliveriesQuery = z.object({
  endpoint: z.union([z.uuid(), z.literal('salesforce')]),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

/**
 * Who may manage webhooks: admins, or an API token with the `manage:webhooks` scope (one guard
 * for every route).
 */
export const manageWebhooks = requireStaffOrToken('manage:webhooks', 'admin')

/** `/api/studio/webhooks`: endpoints, their secrets, the delivery log and "send again". */
export const studioWebhookRoutes = new Hono<AppEnv>()
  .use('*', manageWebhooks)
  .get(
    '/',
    doc('webhooks', 'Webhook endpoints', { 200: json(WebhookEndpointListSchema) }),
    async (c) => {
      const endpoints = await listEndpoints(c.var.deps.db)
      return c.json(
        { endpoints, salesforce: c.var.deps.env.SALESFORCE_LOGIN_URL !== undefined },
        200,
      )
    },
  )
  .post(
    '/',
    doc('webhooks', 'Add a webhook endpoint (its secret shown once)', {
      201: json(WebhookEndpointCreatedSchema),
    }),
    validate('json', WebhookEndpointInputSchema),
    async (c) => {
      const created = await createEndpoint(c.var.deps.db, c.req.valid('json'))
      return c.json(created, 201)
    },
  )
  .get(
    '/deliveries',
    doc('webhooks', 'The delivery log', { 200: json(WebhookDeliveryListSchema) }),
    validate('query', DeliveriesQuery),
    async (c) => {
      const { endpoint, limit } = c.req.valid('query')
      const target =
        endpoint === 'salesforce' ? { kind: 'salesforce' as const } : { endpointId: endpoint }
      return c.json({ deliveries: await listDeliveries(c.var.deps.db, target, limit) }, 200)
    },
  )
  .post(
    '/deliveries/:id/resend',
    doc('webhooks', 'Send a delivery again', { 200: json(WebhookDeliveryResultSchema) }),
    validate('param', IdParam),
    async (c) => {
      const { db, env } = c.var.deps
      const delivery = await resendDelivery(db, c.req.valid('param').id, env.WEBHOOK_RETRY_HOURS)
      if (!delivery) return fail(c, 404, 'delivery_not_found', 'No such delivery.')
      return c.json({ delivery }, 200)
    },
  )
  .patch(
    '/:id',
    doc('webhooks', 'Change an endpoint', { 200: json(WebhookEndpointResultSchema) }),
    validate('param', IdParam),
    validate('json', WebhookEndpointPatchSchema),
    async (c) => {
      const found = await updateEndpoint(
        c.var.deps.db,
        c.req.valid('param').id,
        c.req.valid('json'),
      )
      if (!found) return fail(c, 404, 'endpoint_not_found', 'No such webhook endpoint.')
      return c.json({ endpoint: found.endpoint }, 200)
    },
  )
  .delete(
    '/:id',
    doc('webhooks', 'Remove an endpoint', { 200: json(WebhookDeletedSchema) }),
    validate('param', IdParam),
    async (c) => {
      if (!(await deleteEndpoint(c.var.deps.db, c.req.valid('param').id)))
        return fail(c, 404, 'endpoint_not_found', 'No such webhook endpoint.')
      return c.json({ deleted: true }, 200)
    },
  )
  .get(
    '/:id/secret',
    doc('webhooks', 'Reveal an endpoint secret', { 200: json(WebhookSecretResultSchema) }),
    validate('param', IdParam),
    async (c) => {
      const found = await getEndpoint(c.var.deps.db, c.req.valid('param').id)
      if (!found) return fail(c, 404, 'endpoint_not_found', 'No such webhook endpoint.')
      return c.json({ secret: found.secret }, 200)
    },
  )
  .post(
    '/:id/secret',
    doc('webhooks', 'Rotate an endpoint secret', { 200: json(WebhookSecretResultSchema) }),
    validate('param', IdParam),
    async (c) => {
      const secret = await rotateSecret(c.var.deps.db, c.req.valid('param').id)
      if (!secret) return fail(c, 404, 'endpoint_not_found', 'No such webhook endpoint.')
      return c.json({ secret }, 200)
    },
  )
