import { z } from 'zod'
import { SALESFORCE_FIELDS, SalesforceFieldSchema } from './domain/salesforce'
import { RoleSchema } from './domain/staff'

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes')

const IceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
})

/** Every setting the server reads, with its default; `ENV_DOCS` (env-docs.ts) describes each. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /**
   * On PostgreSQL, apply pending migrations at start (under an advisory lock, so instances starting
   * together take turns); `0` for deployments that run `npm run db:migrate` first: the instance
   * then only checks that nothing is pending.
   */
  MIGRATE: bool.default(true),
  PUBLIC_URL: z.url().optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ICE_SERVERS: z
    .string()
    .default('[]')
    .transform((s, ctx) => {
      try {
        return z.array(IceServerSchema).parse(JSON.parse(s))
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON array of RTCIceServer objects' })
        return z.NEVER
      }
    }),
  TURN_SECRET: z.string().min(16).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /** `smtp://user:pass@host:587` or `smtps://…`: invitations and reset links go out by email. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  /** The sender of those emails. */
  MAIL_FROM: z.string().min(3).default('Fixpoint <no-reply@localhost>'),
  /** Single sign-on through OpenID Connect: all of issuer, client id and role map, or none. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Shown on the sign-in button: "Sign in with <name>". */
  OIDC_NAME: z.string().min(1).max(60).default('single sign-on'),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  /** The claim (ID token or userinfo) whose values map to Fixpoint roles. */
  OIDC_ROLE_CLAIM: z.string().min(1).default('groups'),
  OIDC_ROLE_MAP: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined
      try {
        return z.record(z.string().min(1), RoleSchema).parse(JSON.parse(s))
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'must be a JSON object of claim value → role (admin, author or agent)',
        })
        return z.NEVER
      }
    }),
  /** Setup, reset and invitation requests per client address per minute. */
  RATE_AUTH_LINKS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  MODELS_DIR: z.string().min(1).default('./models'),
  /** The built web app (`vite build` output). */
  DIST_DIR: z.string().min(1).default('./dist'),
  SEED: bool.default(true),
  LOG_REQUESTS: bool.default(true),
  /**
   * `json`: one JSON object a line (for a log shipper); `pretty`: short lines for a person. Unset:
   * pretty when stdout is a terminal, JSON otherwise.
   */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  SECURE_COOKIES: bool.optional(),
  /**
   * Rate limits on public routes and login backoff, per minute window, counted in PostgreSQL when on
   * it (shared by every instance); `0` turns them off (tests).
   */
  RATE_LIMIT: bool.default(true),
  RATE_SESSIONS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  RATE_LOOKUPS_PER_MINUTE: z.coerce.number().int().positive().default(120),
  RATE_EVENTS_PER_MINUTE: z.coerce.number().int().positive().default(600),
  RATE_PHOTOS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Callback requests per client address per minute (each one is a person's name and number). */
  RATE_CALLBACKS_PER_MINUTE: z.coerce.number().int().positive().default(5),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  TRUST_PROXY: bool.default(false),
  /**
   * Who may put the agent console (and its sign-in page) in a frame, e.g. inside a CRM console:
   * the CSP `frame-ancestors` sources, space-separated (`'self'` and origins such as
   * `https://crm.example.com` or `https://*.example.com`). Every other page stays `'none'`.
   */
  FRAME_ANCESTORS: z
    .string()
    .default("'none'")
    .transform((s, ctx) => {
      const list = parseFrameAncestors(s)
      if (list) return list
      ctx.addIssue({
        code: 'custom',
        message:
          "must be 'none', or a space-separated list of 'self' and origins such as https://crm.example.com (no paths, no ; or ,)",
      })
      return z.NEVER
    }),
  /**
   * Prometheus metrics on their own port (bound to METRICS_HOST); unset: none. `0` picks a free port
   * (printed at start).
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Where the metrics port listens: loopback unless a scraper elsewhere must reach it. */
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Prometheus metrics at /metrics on the main port, for `Authorization: Bearer <this>` only. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Serve HTTPS with a self-signed certificate kept in DATA_DIR (for phones on the LAN). */
  HTTPS: bool.default(false),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(50),
  /** Largest photo an author may put on a step (it is resized; this bounds the upload). */
  MEDIA_IMAGE_MAX_MB: z.coerce.number().positive().max(200).default(15),
  /** Largest video an author may put on a step (kept as sent: short clips only). */
  MEDIA_VIDEO_MAX_MB: z.coerce.number().positive().max(1024).default(50),
  /**
   * A waiting customer whose socket dropped keeps their queue place this long (reconnecting to any
   * instance); not back by then, they leave the queue.
   */
  QUEUE_GRACE_SECONDS: z.coerce
    .number()
    .min(2)
    .max(60 * 60)
    .default(60),
  /** How often each instance looks for webhook and CRM deliveries that are due. */
  WEBHOOK_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(1000),
  /** A receiver that has not answered in this long counts as a failed attempt. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** First retry wait; each later one doubles, up to WEBHOOK_RETRY_MAX_MS (with ±10% jitter). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(10_000),
  WEBHOOK_RETRY_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .default(2 * 60 * 60_000),
  /** A delivery still failing this many hours after its event is marked failed. */
  WEBHOOK_RETRY_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /**
   * Salesforce Service Cloud connector (OAuth 2.0 client credentials): the org's My Domain URL,
   * e.g. https://acme.my.salesforce.com, and the connected app's consumer key and secret.
   */
  SALESFORCE_LOGIN_URL: z.url({ protocol: /^https?$/ }).optional(),
  SALESFORCE_CLIENT_ID: z.string().min(1).optional(),
  SALESFORCE_CLIENT_SECRET: z.string().min(1).optional(),
  SALESFORCE_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d$/, 'must look like v62.0')
    .default('v62.0'),
  /** The Case `Origin` picklist value for cases Fixpoint opens. */
  SALESFORCE_CASE_ORIGIN: z.string().min(1).max(40).default('Web'),
  /** JSON object: Fixpoint field → Case field API name, for custom fields (docs/salesforce.md). */
  SALESFORCE_FIELD_MAP: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return {}
      try {
        return z.partialRecord(SalesforceFieldSchema, z.string().min(1)).parse(JSON.parse(s))
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: `must be a JSON object of field (${SALESFORCE_FIELDS.join(', ')}) → Case field API name`,
        })
        return z.NEVER
      }
    }),
  /** A repair session with no activity and no answer for this long becomes `abandoned`. */
  ABANDON_AFTER_MINUTES: z.coerce
    .number()
    .positive()
    .max(60 * 24 * 30)
    .default(30),
})

const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:(\d{1,5}|\*))?$/i

/** The sources of FRAME_ANCESTORS, or null when any of them is not a plain origin or keyword. */
export function parseFrameAncestors(value: string): string[] | null {
  const list = value.trim().split(/\s+/).filter(Boolean)
  if (list.length === 0) return null
  if (list.includes("'none'")) return list.length === 1 ? list : null
  return list.every((s) => s === "'self'" || ORIGIN.test(s)) ? [...new Set(list)] : null
}

export type Env = z.infer<typeof EnvSchema>
export type EnvKey = keyof typeof EnvSchema.shape

/** Reads the environment once; a bad value fails with every problem named. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  )
  const parsed = EnvSchema.safeParse(cleaned)
  const lines = parsed.success
    ? []
    : parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`)
  if (!cleaned.ADMIN_EMAIL !== !cleaned.ADMIN_PASSWORD)
    lines.push('  ADMIN_PASSWORD: set ADMIN_EMAIL and ADMIN_PASSWORD together')
  const oidc = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_ROLE_MAP'].filter((k) => cleaned[k])
  if (oidc.length > 0 && oidc.length < 3)
    lines.push('  OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_ROLE_MAP together')
  const sf = ['SALESFORCE_LOGIN_URL', 'SALESFORCE_CLIENT_ID', 'SALESFORCE_CLIENT_SECRET'].filter(
    (k) => cleaned[k],
  )
  if (sf.length > 0 && sf.length < 3)
    lines.push(
      '  SALESFORCE_LOGIN_URL: set SALESFORCE_LOGIN_URL, SALESFORCE_CLIENT_ID and SALESFORCE_CLIENT_SECRET together',
    )
  // Its successors are never public by default; a deployment still setting it must choose one.
  if (cleaned.METRICS !== undefined)
    lines.push(
      '  METRICS: no longer used: set METRICS_PORT (a port of its own, on 127.0.0.1) or METRICS_TOKEN (a bearer token for /metrics)',
    )
  if (!parsed.success || lines.length > 0)
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`)
  return parsed.data
}

export class EnvError extends Error {}
