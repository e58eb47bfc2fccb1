import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv, Deps } from './context'
import { errorBody, HttpError } from './errors'
import { requestLogger } from './middleware/logger'
import { loadStaff } from './middleware/staff'
import { agentRoutes } from './routes/agent'
import { authRoutes } from './routes/auth'
import { blobRoutes } from './routes/blobs'
import { healthRoutes } from './routes/health'
import { lookupRoutes } from './routes/lookup'
import { procedureRoutes } from './routes/procedures'
import { productRoutes } from './routes/products'
import { sessionEscalationRoutes } from './routes/session-escalation'
import { sessionRoutes } from './routes/sessions'
import { studioModelRoutes } from './routes/studio-models'
import { studioProcedureRoutes } from './routes/studio-procedures'
import { wsRoutes } from './routes/ws'

const JSON_LIMIT = 1024 * 1024
const UPLOAD_PATHS = new Set(['/api/studio/models'])

/** The API: one sub-app per resource under `/api`. */
function apiRoutes() {
  return new Hono<AppEnv>()
    .route('/', healthRoutes)
    .route('/products', productRoutes)
    .route('/lookup', lookupRoutes)
    .route('/procedures', procedureRoutes)
    .route('/sessions', sessionRoutes)
    .route('/sessions', sessionEscalationRoutes)
    .route('/agent', agentRoutes)
    .route('/auth', authRoutes)
    .route('/ws', wsRoutes)
    .route('/blobs', blobRoutes)
    .route('/studio/models', studioModelRoutes)
    .route('/studio/procedures', studioProcedureRoutes)
}

export type ApiRoutes = ReturnType<typeof apiRoutes>

export type AppOptions = { log?: (line: string) => void }

/** The whole HTTP app for these dependencies; static files are added by the launcher. */
export function createApp(deps: Deps, opts: AppOptions = {}) {
  const app = new Hono<AppEnv>()
  if (opts.log) app.use('*', requestLogger(opts.log))
  app.use('*', async (c, next) => {
    c.set('deps', deps)
    await next()
  })
  const jsonLimit = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: (c) =>
      c.json(errorBody('payload_too_large', 'The request body is larger than 1 MB.'), 413),
  })
  // Model uploads have their own, larger limit (MAX_UPLOAD_MB).
  app.use('/api/*', (c, next) => (UPLOAD_PATHS.has(c.req.path) ? next() : jsonLimit(c, next)))
  app.use('/api/*', loadStaff)
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
    console.error(`${c.req.method} ${c.req.path} failed:`, err)
    return c.json(
      errorBody('internal_error', 'Something went wrong on our side. Try again in a moment.'),
      500,
    )
  })
  return routes
}

export type AppType = ReturnType<typeof createApp>
