import {
  WebhookDeliveryListSchema,
  WebhookDeliveryResultSchema,
  WebhookEndpointCreatedSchema,
  WebhookEndpointListSchema,
  WebhookEndpointResultSchema,
  type WebhookEventType,
  WebhookSecretResultSchema,
} from '../../server/domain/webhooks'
import { errorFromResponse, parsed } from './api-error'
import { client } from './client'

const api = client.api.studio.webhooks

export type EndpointInput = {
  url: string
  description: string
  events: WebhookEventType[]
  enabled: boolean
}

/** Every webhook endpoint, and whether the Salesforce connector is on. */
export function listWebhookEndpoints() {
  return parsed(WebhookEndpointListSchema, api.$get())
}

/** Adds an endpoint; the answer carries its new signing secret. */
export function addWebhookEndpoint(input: EndpointInput) {
  return parsed(WebhookEndpointCreatedSchema, api.$post({ json: input }))
}

export async function updateWebhookEndpoint(id: string, patch: Partial<EndpointInput>) {
  return (
    await parsed(WebhookEndpointResultSchema, api[':id'].$patch({ param: { id }, json: patch }))
  ).endpoint
}

export async function deleteWebhookEndpoint(id: string) {
  const res = await api[':id'].$delete({ param: { id } })
  if (!res.ok) throw await errorFromResponse(res)
}

export async function revealWebhookSecret(id: string) {
  return (await parsed(WebhookSecretResultSchema, api[':id'].secret.$get({ param: { id } }))).secret
}

/** A new secret, in force from the next delivery on. */
export async function rotateWebhookSecret(id: string) {
  return (await parsed(WebhookSecretResultSchema, api[':id'].secret.$post({ param: { id } })))
    .secret
}

/** The newest deliveries to an endpoint (or `salesforce`). */
export async function listWebhookDeliveries(endpoint: string) {
  return (await parsed(WebhookDeliveryListSchema, api.deliveries.$get({ query: { endpoint } })))
    .deliveries
}

/** "Send again": the same event, with the same id, at the next poll. */
export async function resendWebhookDelivery(id: string) {
  return (
    await parsed(WebhookDeliveryResultSchema, api.deliveries[':id'].resend.$post({ param: { id } }))
  ).delivery
}
