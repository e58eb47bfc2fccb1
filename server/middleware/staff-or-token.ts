import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv, Role } from '../context'
import { API_TOKEN_PREFIX, type Scope } from '../domain/api-token'
import { errorBody } from '../errors'
import { checkApiToken } from '../services/api-tokens'
import { requireRole } from './staff'

const BEARER = new RegExp(`^Bearer (${API_TOKEN_PREFIX}[A-Za-z0-9_-]+)$`)

/** The scope a request needs, or null where API tokens are not accepted at all. */
export type ScopeFor = Scope | ((c: Context<AppEnv>) => Scope | null)

/**
 * Staff with one of `roles` (cookie, CSRF on writes, as `requireRole`), or an API token
 * (`Authorization: Bearer fpk_…`) that holds the scope. A token is looked up on every request, so
 * a revoked one is refused at once; an unknown or revoked token is a 401, a missing scope a 403.
 */
export function requireStaffOrToken(scope: ScopeFor, ...roles: Role[]): MiddlewareHandler<AppEnv> {
  const staff = requireRole(...roles)
  return async (c, next) => {
    const raw = BEARER.exec(c.req.header('authorization') ?? '')?.[1]
    if (!raw) return staff(c, next)
    let caller = c.var.apiToken
    if (!caller) {
      const { db, secret } = c.var.deps
      const found = await checkApiToken(db, secret, raw)
      if (!found.ok)
        return c.json(
          errorBody(
            found.code,
            found.code === 'token_revoked'
              ? 'This API token has been revoked. Ask an admin for a new one.'
              : 'This API token is not valid.',
          ),
          401,
        )
      caller = { id: found.id, name: found.name, scopes: found.scopes }
      c.set('apiToken', caller)
    }
    const needed = typeof scope === 'function' ? scope(c) : scope
    if (!needed || !caller.scopes.includes(needed))
      return c.json(
        errorBody(
          'insufficient_scope',
          needed
            ? `This API token does not have the ${needed} scope.`
            : 'API tokens cannot be used here.',
        ),
        403,
      )
    await next()
  }
}

const READS = new Set(['GET', 'HEAD'])

/**
 * Which scope each Studio route needs: analytics, exports and outcome photos `read:analytics`;
 * other reads `read:catalog`; procedure writes `write:procedures`; product writes take no token.
 */
export function studioScope(c: Context<AppEnv>): Scope | null {
  const path = c.req.path
  const read = READS.has(c.req.method)
  if (
    path.startsWith('/api/studio/analytics/') ||
    /^\/api\/studio\/procedures\/[^/]+\/(analytics|photos)(\/|$)/.test(path)
  )
    return read ? 'read:analytics' : null
  if (read) return path.startsWith('/api/studio/settings') ? null : 'read:catalog'
  return path.startsWith('/api/studio/procedures') ? 'write:procedures' : null
}

/** The Studio's guard: authors and admins, or an API token with the scope the route needs. */
export const studioAccess = requireStaffOrToken(studioScope, 'author', 'admin')
