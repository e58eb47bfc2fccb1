import {
  type ApiToken,
  ApiTokenCreatedSchema,
  ApiTokenListSchema,
  ApiTokenRevokedSchema,
  type NewApiToken,
} from '../../server/domain/api-token'
import { parsed } from './api-error'
import { client } from './client'

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
