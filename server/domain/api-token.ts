import { z } from 'zod'

/**
 * What an API token may do. Each scope opens a fixed set of routes (server/auth/api-tokens.ts);
 * a token never reaches anything else, whatever its creator could.
 */
export const SCOPES = [
  'read:catalog',
  'read:analytics',
  'manage:webhooks',
  'write:procedures',
] as const
export const ScopeSchema = z.enum(SCOPES, 'Not a known scope.')
export type Scope = z.infer<typeof ScopeSchema>

/** Tokens start with this, so they are told apart from session tokens (and found by scanners). */
export const API_TOKEN_PREFIX = 'fpk_'

/** `POST /api/admin/tokens`: a name people recognize and at least one scope. */
export const NewApiTokenSchema = z.object({
  name: z.string().trim().min(1, 'Give the token a name.').max(80, 'At most 80 characters.'),
  scopes: z
    .array(ScopeSchema)
    .min(1, 'Choose at least one scope.')
    .refine((s) => new Set(s).size === s.length, 'Each scope once.'),
})
export type NewApiToken = z.infer<typeof NewApiTokenSchema>

export const ApiTokenIdParamSchema = z.object({ id: z.uuid('Not a token id.') })

/** A token as listed: never its secret, only the first characters of it. */
export const ApiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(ScopeSchema),
  prefix: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
})
export type ApiToken = z.infer<typeof ApiTokenSchema>

export const ApiTokenListSchema = z.object({ tokens: z.array(ApiTokenSchema) })
/** The answer to creating a token: the only time `secret` is ever sent. */
export const ApiTokenCreatedSchema = z.object({ token: ApiTokenSchema, secret: z.string() })
export const ApiTokenRevokedSchema = z.object({ token: ApiTokenSchema })

export const SCOPE_LABELS: Record<Scope, string> = {
  'read:catalog': 'Read the catalog (products, procedures, versions)',
  'read:analytics': 'Read analytics and export sessions, events and escalations',
  'manage:webhooks': 'Manage webhooks',
  'write:procedures': 'Write procedures (drafts, publishing, import, archive)',
}
