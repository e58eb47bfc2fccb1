import type { LoginThrottle } from './auth/login-throttle'
import type { OidcClient } from './auth/oidc'
import type { Database, Db } from './db/client'
import type { Scope } from './domain/api-token'
import type { Env } from './env'
import type { BlobStore } from './models/store'
import type { Hub } from './realtime/hub'
import type { Mailer } from './services/mailer'

export type Role = 'admin' | 'author' | 'agent'

/** An integration calling with an API token. */
export type ApiCaller = { id: string; name: string; scopes: Scope[] }

export type StaffUser = { id: string; email: string; name: string; role: Role }

/** What every handler can reach: the database and the validated configuration. */
export type Deps = {
  db: Db
  database: Database
  env: Env
  /** Key for token hashes (see auth/secret.ts). */
  secret: string
  /** Absolute path of the catalog folder (`models/`), also served at `/models`. */
  modelsDir: string
  /** Uploaded, normalized models by content hash (in DATA_DIR/blobs). */
  blobs: BlobStore
  /** Connected WebSocket peers and the bus between instances. */
  hub: Hub
  /** Set when served over HTTPS, so cookies are marked Secure. */
  secure: boolean
  /** The HTTPS address on the LAN (with `--https`), set once the server listens; for printed labels. */
  lanUrl?: string | null
}

export type AppEnv = {
  Variables: {
    deps: Deps
    /** Login backoff (null when rate limits are off) and the client's address. */
    loginThrottle: LoginThrottle | null
    clientIp: string
    /** Email for invitations and resets (null without SMTP_URL). */
    mailer: Mailer | null
    /** Single sign-on (null unless OIDC_* is configured). */
    oidc: OidcClient | null
    /** Reset emails per address: true when one more may go out now (null when limits are off). */
    resetMailLimit: ((email: string) => Promise<boolean>) | null
    user: StaffUser | null
    /** The API token of this request, once a `requireStaffOrToken` guard accepted it. */
    apiToken: ApiCaller | null
    csrfToken: string | null
  }
}
