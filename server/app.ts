import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { LoginThrottle } from './auth/login-throttle'
import { OidcClient } from './auth/oidc'
import type { AppEnv, Deps } from './context'
import { errorBody, fail, HttpError } from './errors'
import { closeRefusedUpload } from './middleware/close-refused-upload'
import { requestContext, requestLogger } from './middleware/logger'
import { clientIp, rateLimit } from './middleware/rate-limit'
import { securityHeaders } from './middleware/security'
import { loadStaff } from './middleware/staff'
import { doc, media } from './openapi/describe'
import { type Logger, log } from './ops/log'
import { AppMetrics, bearerMatches, metricsEnabled } from './ops/metrics'
import { adminTokenRoutes } from './routes/admin-tokens'
import { adminUserRoutes } from './routes/admin-users'
import { agentRoutes } from './routes/agent'
import { agentCallbackRoutes } from './routes/agent-callbacks'
import { apiDocRoutes } from './routes/api-docs'
import { authRoutes } from './routes/auth'
import { blobRoutes } from './routes/blobs'
import {
  agentSnapshotRoutes,
  SNAPSHOT_UPLOAD_PATH,
  sessionSnapshotRoutes,
} from './routes/escalation-snapshots'
import { healthRoutes } from './routes/health'
import { lookupRoutes } from './routes/lookup'
import { mediaRoutes } from './routes/media'
import { agentPresenceRoutes, availabilityRoutes } from './routes/presence'
import { procedureRoutes } from './routes/procedures'
import { productRoutes } from './routes/products'
import { sessionCallbackRoutes } from './routes/session-callback'
import { sessionEscalationRoutes } from './routes/session-escalation'
import {
  agentPhotoRoutes,
  PHOTO_UPLOAD_PATH,
  sessionPhotoRoutes,
  studioPhotoRoutes,
} from './routes/session-photos'
import { sessionRoutes } from './routes/sessions'
import { MEDIA_UPLOAD_PATH, studioMediaRoutes } from './routes/step-media'
import { studioAnalyticsRoutes } from './routes/studio-analytics'
import { studioExportRoutes } from './routes/studio-export'
import { studioModelRoutes } from './routes/studio-models'
import { studioProcedureFileRoutes } from './routes/studio-procedure-files'
import { studioProcedureRoutes } from './routes/studio-procedures'
import { studioProductRoutes } from './routes/studio-products'
import { studioSettingsRoutes } from './routes/studio-settings'
import { studioTranslationRoutes } from './routes/studio-translations'
import { studioWebhookRoutes } from './routes/studio-webhooks'
import { wsRoutes } from './routes/ws'
import { limitMaker, take } from './services/limits'
import { Mailer } from './services/mailer'
import { productCache } from './services/product-cache'

const JSON_LIMIT = 1024 * 1024
const UPLOAD_PATHS = new Set(['/api/studio/models'])
const isUpload = (path: string) =>
  UPLOAD_PATHS.has(path) ||
  SNAPSHOT_UPLOAD_PATH.test(path) ||
  PHOTO_UPLOAD_PATH.test(path) ||
  MEDIA_UPLOAD_PATH.test(path)

/** The API: one sub-app per resource under `/api`. */
function apiRoutes() {
  return new Hono<AppEnv>()
    .route('/', healthRoutes)
    .route('/', availabilityRoutes)
    .route('/products', productRoutes)
    .route('/lookup', lookupRoutes)
    .route('/procedures', procedureRoutes)
    .route('/sessions', sessionRoutes)
    .route('/sessions', sessionEscalationRoutes)
    .route('/sessions', sessionSnapshotRoutes)
    .route('/sessions', sessionPhotoRoutes)
    .route('/sessions', sessionCallbackRoutes)
    .route('/agent', agentRoutes)
    .route('/agent', agentSnapshotRoutes)
    .route('/agent', agentPhotoRoutes)
    .route('/agent', agentCallbackRoutes)
    .route('/agent', agentPresenceRoutes)
    .route('/auth', authRoutes)
    .route('/admin/users', adminUserRoutes)
    .route('/admin/tokens', adminTokenRoutes)
    .route('/ws', wsRoutes)
    .route('/blobs', blobRoutes)
    .route('/media', mediaRoutes)
    .route('/studio/models', studioModelRoutes)
    .route('/studio/procedures', studioProcedureRoutes)
    .route('/studio/procedures', studioAnalyticsRoutes)
    .route('/studio/procedures', studioTranslationRoutes)
    .route('/studio/procedures', studioProcedureFileRoutes)
    .route('/studio/analytics', studioExportRoutes)
    .route('/studio/procedures', studioPhotoRoutes)
    .route('/studio/procedures', studioMediaRoutes)
    .route('/studio/products', studioProductRoutes)
    .route('/studio/settings', studioSettingsRoutes)
    .route('/studio/webhooks', studioWebhookRoutes)
}

export type ApiRoutes = ReturnType<typeof apiRoutes>

export type AppOptions = {
  /** Where error lines go, and request lines with `logRequests` (default: the process's logger). */
  logger?: Logger
  /** One line per request (LOG_REQUESTS). */
  logRequests?: boolean
  /** The metrics to count requests into (made here when the env enables them and none is given). */
  metrics?: AppMetrics
}

/** The whole HTTP app for these dependencies; static files are added by the launcher. */
export function createApp(deps: Deps, opts: AppOptions = {}) {
  const app = new Hono<AppEnv>()
  const logger = opts.logger ?? log
  app.use('*', requestContext())
  if (opts.logRequests) app.use('*', requestLogger(logger))
  const env = deps.env
  const makeLimit = env.RATE_LIMIT ? limitMaker(deps.database) : null
  const loginThrottle = makeLimit ? new LoginThrottle(makeLimit) : null
  const mailer = env.SMTP_URL ? new Mailer(env.SMTP_URL, env.MAIL_FROM) : null
  const oidc =
    env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_ROLE_MAP
      ? new OidcClient({
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          name: env.OIDC_NAME,
          scopes: env.OIDC_SCOPES,
          roleClaim: env.OIDC_ROLE_CLAIM,
          roleMap: env.OIDC_ROLE_MAP,
        })
      : null
  // At most three reset emails per address per quarter hour, whoever asks.
  const resetMails = makeLimit?.('reset-mail', 3, 900) ?? null
  const resetMailLimit = resetMails
    ? async (email: string) => (await take(resetMails, email)) === 0
    : null
  const metrics = opts.metrics ?? (metricsEnabled(env) ? new AppMetrics(deps) : null)
  if (metrics) app.use('/api/*', metrics.middleware())
  const metricsToken = env.METRICS_TOKEN
  if (metrics && metricsToken)
    app.get(
      '/metrics',
      doc('ops', 'Prometheus metrics (with `Authorization: Bearer` METRICS_TOKEN)', {
        200: media('text/plain'),
      }),
      async (c) => {
        if (!bearerMatches(c.req.header('authorization'), metricsToken))
          return fail(
            c,
            401,
            'unauthenticated',
            'Metrics need the METRICS_TOKEN as a bearer token.',
          )
        const { body, contentType } = await metrics.scrape()
        return c.body(body, 200, { 'content-type': contentType })
      },
    )
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    c.set('loginThrottle', loginThrottle)
    c.set('mailer', mailer)
    c.set('oidc', oidc)
    c.set('resetMailLimit', resetMailLimit)
    c.set('apiToken', null)
    c.set('clientIp', clientIp(c, env.TRUST_PROXY))
    await next()
  })
  app.use('*', securityHeaders(deps.secure, env.FRAME_ANCESTORS))
  app.use('/api/*', (c, next) =>
    (c.req.method === 'POST' || c.req.method === 'PUT') && isUpload(c.req.path)
      ? closeRefusedUpload(c, next)
      : next(),
  )
  // Public routes that cost something get a budget per client (or per session for events), per
  // minute, counted across all instances (see services/limits.ts).
  const limit = (name: string, perMinute: number) => makeLimit?.(name, perMinute, 60) ?? null
  const sessionsLimit = rateLimit(
    limit('sessions', env.RATE_SESSIONS_PER_MINUTE),
    (c) => c.var.clientIp,
  )
  const eventsLimit = rateLimit(limit('events', env.RATE_EVENTS_PER_MINUTE), (c) => c.req.path)
  const lookupLimit = rateLimit(
    limit('lookups', env.RATE_LOOKUPS_PER_MINUTE),
    (c) => c.var.clientIp,
  )
  app.use('/api/sessions', (c, next) => (c.req.method === 'POST' ? sessionsLimit(c, next) : next()))
  app.use('/api/sessions/:id/events', eventsLimit)
  app.use('/api/sessions/:id/escalation', eventsLimit)
  app.use('/api/lookup', lookupLimit)
  const photosLimit = rateLimit(limit('photos', env.RATE_PHOTOS_PER_MINUTE), (c) => c.req.path)
  app.use('/api/sessions/:id/photos', (c, next) =>
    c.req.method === 'POST' ? photosLimit(c, next) : next(),
  )
  // A callback request holds a person's name and number: a small budget per address.
  const callbacksLimit = rateLimit(
    limit('callbacks', env.RATE_CALLBACKS_PER_MINUTE),
    (c) => c.var.clientIp,
  )
  app.use('/api/sessions/:id/callback', (c, next) =>
    c.req.method === 'POST' ? callbacksLimit(c, next) : next(),
  )
  // One-time links and the SSO return: a small budget per address, so tokens cannot be guessed
  // at speed and nobody floods mailboxes or the identity provider through us.
  const authLinksLimit = rateLimit(
    limit('auth-links', env.RATE_AUTH_LINKS_PER_MINUTE),
    (c) => c.var.clientIp,
  )
  for (const path of ['setup', 'forgot', 'link', 'password'])
    app.use(`/api/auth/${path}`, (c, next) =>
      c.req.method === 'POST' ? authLinksLimit(c, next) : next(),
    )
  app.use('/api/auth/sso/callback', authLinksLimit)
  const tooLarge = (c: Context) =>
    c.json(errorBody('payload_too_large', 'The request body is larger than 1 MB.'), 413)
  const jsonLimit = bodyLimit({ maxSize: JSON_LIMIT, onError: tooLarge })
  // Model uploads, snapshots and photos have their own, larger limits (MAX_UPLOAD_MB, 2 MB, 12 MB).
  // Reads have no body to limit. A body with a Content-Length is judged by it (Node's parser never
  // reads past it), as `bodyLimit` does, but without asking for `c.req.raw.body`: that makes the
  // Node adapter build a whole web Request and stream the body through it, where the handler's
  // `c.req.json()` would otherwise read it straight from the socket.
  // Chunked bodies, which have no length up front, are counted as they arrive by `bodyLimit`.
  app.use('/api/*', async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || isUpload(c.req.path)) return next()
    const length = c.req.header('content-length')
    if (length !== undefined && c.req.header('transfer-encoding') === undefined)
      return Number.parseInt(length, 10) > JSON_LIMIT ? tooLarge(c) : next()
    return jsonLimit(c, next)
  })
  app.use('/api/*', loadStaff)
  // Products are cached for customers (product-cache.ts): an author's change shows at once here.
  app.use('/api/studio/*', async (c, next) => {
    await next()
    if (c.req.method !== 'GET') productCache(deps.db).clear()
  })
  app.route('/api', apiDocRoutes(app))
  const routes = app.route('/api', apiRoutes())
  app.notFound((c) =>
    c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  )
  app.onError((err, c) => {
    if (err instanceof HttpError)
      return c.json(errorBody(err.code, err.message, err.fields), err.status)
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's validators throw these for a body that is not JSON at all.
      if (/json/i.test(err.message))
        return c.json(errorBody('malformed_json', 'The request body is not valid JSON.'), 400)
      return c.json(errorBody('bad_request', err.message || 'The request is not valid.'), 400)
    }
    logger.error(
      { err, method: c.req.method, path: c.req.path },
      `${c.req.method} ${c.req.path} failed`,
    )
    return c.json(
      errorBody('internal_error', 'Something went wrong on our side. Try again in a moment.'),
      500,
    )
  })
  return routes
}

export type AppType = ReturnType<typeof createApp>
