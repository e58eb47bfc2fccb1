import type { z } from 'zod'
import {
  type ApiToken,
  ApiTokenCreatedSchema,
  ApiTokenListSchema,
  ApiTokenRevokedSchema,
  type NewApiToken,
} from '../../server/domain/api-token'
import { errorFromResponse } from './api-error'
import { client } from './client'

async function parsed<S extends z.ZodType>(
  schema: S,
  pending: Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
): Promise<z.infer<S>> {
  const res = await pending
  if (!res.ok) throw await errorFromResponse(res)
  return schema.parse(await res.json())
}

/** Every API token, newest first (admins only). */
export async function listApiTokens(): Promise<ApiToken[]> {
  return (await parsed(ApiTokenListSchema, client.api.admin.tokens.$get())).tokens
}

/** Creates a token; the answer holds its secret, which is never shown again. */
export function createApiToken(input: NewApiToken) {
  return parsed(ApiTokenCreatedSchema, client.api.admin.tokens.$post({ json: input }))
}

/** Revokes a token: the next request made with it is refused. */
export async function revokeApiToken(id: string): Promise<ApiToken> {
  const res = client.api.admin.tokens[':id'].revoke.$post({ param: { id } })
  return (await parsed(ApiTokenRevokedSchema, res)).token
}
