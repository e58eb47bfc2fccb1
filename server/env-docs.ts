import type { EnvKey } from './env'

/**
 * One line about each setting, for `.env.example` (`npm run env:example` writes it from these and
 * the schema's defaults). Typed against the schema: a new variable without a line here fails `tsc`.
 */
export const ENV_DOCS: Record<EnvKey, string> = {
  NODE_ENV: 'development, production or test',
  PORT: 'HTTP port (0 picks a free one)',
  HOST: 'interface to listen on',
  DATA_DIR: 'embedded database, its lock file and the session-secret file',
  DATABASE_URL:
    'postgres://…: use this PostgreSQL server instead of the embedded database (unset: embedded)',
  MIGRATE:
    'on PostgreSQL, apply pending migrations at start; 0: only check that `npm run db:migrate` has applied them',
  PUBLIC_URL:
    'the URL people reach the app at (printed at start and on printed labels; https: marks cookies Secure)',
  SESSION_SECRET:
    'key (32+ characters) for hashing session and capability tokens; unset: generated into DATA_DIR. Set the same value on every instance when scaling out',
  ICE_SERVERS: 'JSON array of RTCIceServer objects (STUN/TURN) for calls',
  TURN_SECRET: 'coturn use-auth-secret shared secret, for per-call TURN credentials',
  ADMIN_EMAIL:
    'the first admin, created on a start with no users (set with ADMIN_PASSWORD); unset: a one-time setup link is printed',
  ADMIN_PASSWORD: 'the first admin’s password (8+ characters; set with ADMIN_EMAIL)',
  SMTP_URL:
    'smtp://user:pass@host:587 or smtps://…:465: invitations and reset links are emailed; unset: shown to the admin',
  MAIL_FROM: 'the sender of those emails',
  OIDC_ISSUER:
    'OpenID Connect issuer URL for single sign-on (set with OIDC_CLIENT_ID and OIDC_ROLE_MAP)',
  OIDC_CLIENT_ID: 'the client registered at the provider',
  OIDC_CLIENT_SECRET: 'its secret (unset: a public client, PKCE only)',
  OIDC_NAME: 'the provider’s name on the button: "Sign in with …"',
  OIDC_SCOPES:
    'scopes asked for (add the one that releases the role claim, if the provider needs it)',
  OIDC_ROLE_CLAIM: 'the claim whose values map to roles',
  OIDC_ROLE_MAP: 'JSON object, claim value → admin, author or agent',
  RATE_AUTH_LINKS_PER_MINUTE:
    'setup, forgot-password, link and new-password requests and SSO returns per client address',
  MODELS_DIR: 'the catalog folder imported at start and served at /models',
  DIST_DIR: 'the built web app that is served',
  SEED: '0 skips the catalog import at start',
  LOG_REQUESTS: 'one JSON log line per request: method, path, status, milliseconds, request id',
  LOG_FORMAT:
    'json (one object a line) or pretty (for a person); unset: pretty on a terminal, JSON otherwise',
  SECURE_COOKIES: 'force the Secure cookie flag on or off (unset: from PUBLIC_URL or HTTPS)',
  RATE_LIMIT:
    'rate limits on session start, events, lookup and sign-in backoff, per minute window (0 turns them off)',
  RATE_SESSIONS_PER_MINUTE: 'session starts per client address',
  RATE_LOOKUPS_PER_MINUTE: 'code lookups per client address',
  RATE_EVENTS_PER_MINUTE: 'event and help requests per repair session',
  RATE_PHOTOS_PER_MINUTE: 'photo uploads per repair session',
  RATE_CALLBACKS_PER_MINUTE: 'callback requests per client address',
  TRUST_PROXY: 'behind a reverse proxy, take the client address from X-Forwarded-For',
  FRAME_ANCESTORS:
    "origins that may frame the agent console, space-separated: 'self' and origins such as https://crm.example.com",
  METRICS_PORT:
    'serve Prometheus metrics on this port of their own, bound to METRICS_HOST (0 picks a free one; unset: no metrics port)',
  METRICS_HOST:
    'the interface of the metrics port (loopback unless a scraper elsewhere must reach it)',
  METRICS_TOKEN:
    'serve Prometheus metrics at /metrics on the main port, to `Authorization: Bearer <token>` only (16+ characters)',
  HTTPS:
    'serve HTTPS with a self-signed certificate kept in DATA_DIR/tls (same as `npm start -- --https`)',
  MAX_UPLOAD_MB: 'largest model upload accepted',
  MEDIA_IMAGE_MAX_MB:
    'largest photo an author may upload to a step (kept resized to 320/640/1280 px wide)',
  MEDIA_VIDEO_MAX_MB: 'largest video an author may upload to a step (kept as sent, MP4 or WebM)',
  QUEUE_GRACE_SECONDS:
    'a waiting customer whose socket dropped keeps their queue place this long (reconnecting to any instance)',
  WEBHOOK_POLL_MS: 'how often each instance looks for due webhook and Salesforce deliveries',
  WEBHOOK_TIMEOUT_MS: 'a receiver that has not answered in this long counts as a failed attempt',
  WEBHOOK_RETRY_BASE_MS: 'the first retry wait, doubling on each failure (±10% jitter)',
  WEBHOOK_RETRY_MAX_MS: 'the longest retry wait',
  WEBHOOK_RETRY_HOURS: 'a delivery still failing this long after its event is marked failed',
  SALESFORCE_LOGIN_URL:
    'the org’s My Domain URL (https://acme.my.salesforce.com): turns on the Salesforce Case hand-off (see docs/salesforce.md)',
  SALESFORCE_CLIENT_ID: 'the connected app’s consumer key',
  SALESFORCE_CLIENT_SECRET: 'the connected app’s consumer secret',
  SALESFORCE_API_VERSION: 'REST API version in /services/data/<version>/',
  SALESFORCE_CASE_ORIGIN: 'the Case Origin value for cases Fixpoint opens',
  SALESFORCE_FIELD_MAP:
    'JSON object, Fixpoint fact (serial, step, link, …) → custom Case field API name',
  ABANDON_AFTER_MINUTES: 'a repair session idle this long with no answer is recorded as abandoned',
}
