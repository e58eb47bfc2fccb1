import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { PHOTO_STAGES } from '../domain/photo'
import { AGENT_STATUSES } from '../domain/presence'
import type { LabelPose } from '../domain/product'
import { SNAPSHOT_TYPES } from '../domain/snapshot'

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    role: text('role', { enum: ['admin', 'author', 'agent'] }).notNull(),
    /** Null until an invited member sets one, and for accounts that only sign in through SSO. */
    passwordHash: text('password_hash'),
    /** A deactivated member cannot sign in; their sessions were deleted when it happened. */
    active: boolean('active').notNull().default(true),
    /** `<issuer> <sub>` of the OpenID Connect account linked to this member, if any. */
    ssoSubject: text('sso_subject'),
    /** The last request with one of their sessions (updated at most once a minute). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_sso_subject_key').on(t.ssoSubject),
  ],
)

/** Server-side staff sessions: the cookie holds a random id, the table keeps its SHA-256. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    /** How they signed in: a password (setup, invitation and reset links included) or SSO. */
    method: text('method', { enum: ['password', 'sso'] })
      .notNull()
      .default('password'),
    /** The client's address and browser at sign-in, for the admins' sign-in list. */
    ip: text('ip').notNull().default(''),
    userAgent: text('user_agent').notNull().default(''),
    createdAt: created(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
)

/**
 * One-time links: the first-run setup link, invitations and password resets. The link carries a
 * random token; only its keyed hash is stored. Used once (`used_at`), and only before `expires_at`.
 */
export const authTokens = pgTable(
  'auth_tokens',
  {
    idHash: text('id_hash').primaryKey(),
    kind: text('kind', { enum: ['setup', 'invite', 'reset'] }).notNull(),
    /** The member the link is for (null for the setup link). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('auth_tokens_user_idx').on(t.userId)],
)

export type PartRow = { node: string; label: string }

export const products = pgTable('products', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  brand: text('brand').notNull(),
  modelNumber: text('model_number').notNull(),
  description: text('description').notNull().default(''),
  codes: jsonb('codes').$type<string[]>().notNull().default([]),
  codePrefixes: jsonb('code_prefixes').$type<string[]>().notNull().default([]),
  parts: jsonb('parts').$type<PartRow[]>().notNull().default([]),
  /** Where the printed QR label sits on the model (`LabelPoseSchema`); null: AR places by hand. */
  label: jsonb('label').$type<LabelPose>(),
  /** Served path of the current GLB, e.g. `/models/espresso/model.glb` or `/models/blobs/<hash>.glb`. */
  modelUrl: text('model_url'),
  /** Hash of the catalog source files, so a re-import knows when nothing changed. */
  sourceHash: text('source_hash'),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

export const procedures = pgTable(
  'procedures',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['active', 'archived'] })
      .notNull()
      .default('active'),
    /** The editable draft (procedure JSON) and its revision, bumped on every save. */
    draft: jsonb('draft'),
    draftRevision: integer('draft_revision').notNull().default(0),
    latestVersion: integer('latest_version'),
    /** Hash of the catalog file last imported, so a restart never re-publishes over studio edits. */
    sourceHash: text('source_hash'),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('procedures_product_idx').on(t.productId)],
)

/** Published versions never change once written. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    procedureId: text('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').notNull(),
    contentHash: text('content_hash').notNull(),
    changeNote: text('change_note').notNull().default(''),
    status: text('status', { enum: ['published', 'archived'] })
      .notNull()
      .default('published'),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.version] })],
)

/**
 * A translation of a procedure's customer-visible texts into one language, pinned to the version it
 * was made from (`source_version`; null: made from the draft at `draft_revision`). Customers get
 * it only while that version is the latest published one; after a newer publish it is stale.
 */
export const procedureTranslations = pgTable(
  'procedure_translations',
  {
    procedureId: text('procedure_id')
      .notNull()
      .references(() => procedures.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    sourceVersion: integer('source_version'),
    draftRevision: integer('draft_revision'),
    /** Translated text by field key (`TranslationTextsSchema`). */
    texts: jsonb('texts').$type<Record<string, string>>().notNull(),
    /** Hash of the catalog file's translation last imported, so a restart leaves studio edits be. */
    sourceHash: text('source_hash'),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.language] })],
)

export const repairSessions = pgTable(
  'repair_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id),
    procedureId: text('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    mode: text('mode', { enum: ['immersive-ar', 'inline'] }).notNull(),
    serial: text('serial'),
    /** The language of the content served at start (BCP 47); null for sessions from before. */
    language: text('language'),
    currentStepId: text('current_step_id'),
    /** Client time of the step view that set `currentStepId`. */
    currentStepAt: timestamp('current_step_at', { withTimezone: true }),
    outcome: text('outcome', { enum: ['fixed', 'not_fixed', 'abandoned', 'escalated'] }),
    createdAt: created(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    index('repair_sessions_procedure_idx').on(t.procedureId, t.version, t.createdAt),
    index('repair_sessions_open_idx').on(t.lastSeenAt).where(sql`${t.outcome} is null`),
  ],
)

/** Client events; the primary key is the client's UUID, which makes ingestion idempotent. */
export const sessionEvents = pgTable(
  'session_events',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => repairSessions.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    stepId: text('step_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    data: jsonb('data'),
  },
  (t) => [index('session_events_session_idx').on(t.sessionId, t.at)],
)

export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => repairSessions.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['waiting', 'active', 'closed', 'cancelled'] })
      .notNull()
      .default('waiting'),
    context: jsonb('context').notNull(),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    resolution: text('resolution', { enum: ['resolved', 'unresolved', 'dispatch_technician'] }),
    notes: text('notes').notNull().default(''),
    createdAt: created(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * Last time a socket of the customer's session was connected to some instance, while the
     * request waits; a waiting request not seen for the grace period leaves the queue.
     */
    customerSeenAt: timestamp('customer_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('escalations_status_idx').on(t.status, t.createdAt),
    index('escalations_session_idx').on(t.sessionId),
  ],
)

/** The status an agent chose in the console; they count as online only while a socket of theirs is open. */
export const agentPresence = pgTable('agent_presence', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  status: text('status', { enum: AGENT_STATUSES }).notNull().default('online'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * The agent-console sockets open on every instance: a row per socket, added on open and removed on
 * close, and stamped by its instance every presence round, so a socket whose instance died stops
 * counting once its stamp is stale.
 */
export const agentSockets = pgTable(
  'agent_sockets',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agent_sockets_user_idx').on(t.userId, t.seenAt)],
)

/**
 * A customer's request to be called back when nobody could help live: contact, a preferred time
 * window, explicit consent, and the repair context (as an escalation's) at the moment they asked.
 * `open` → `claimed` (by one agent) → `done` with a resolution and notes, as a call is closed.
 */
export const callbacks = pgTable(
  'callbacks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => repairSessions.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['open', 'claimed', 'done'] })
      .notNull()
      .default('open'),
    context: jsonb('context').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    timeZone: text('time_zone'),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    resolution: text('resolution', { enum: ['resolved', 'unresolved', 'dispatch_technician'] }),
    notes: text('notes').notNull().default(''),
    createdAt: created(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('callbacks_status_idx').on(t.status, t.windowStart),
    index('callbacks_session_idx').on(t.sessionId),
  ],
)

/** Binary data; both drivers read it as a Uint8Array (node-postgres as a Buffer, which is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
})

/**
 * Snapshots the agent sent during an escalation's call: the composed image itself (at most 2 MB),
 * kept in the database so every instance serves it and it goes with the escalation's backups.
 */
export const escalationSnapshots = pgTable(
  'escalation_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    escalationId: uuid('escalation_id')
      .notNull()
      .references(() => escalations.id, { onDelete: 'cascade' }),
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    type: text('type', { enum: SNAPSHOT_TYPES }).notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    image: bytea('image').notNull(),
    createdAt: created(),
  },
  (t) => [index('escalation_snapshots_escalation_idx').on(t.escalationId, t.createdAt)],
)

/**
 * Photos the customer added at "Is it fixed?" or while asking for help, re-encoded on arrival (no
 * metadata left). Procedure and version are copied from the session so analytics find a step's
 * photos without a join over every session.
 */
export const sessionPhotos = pgTable(
  'session_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => repairSessions.id, { onDelete: 'cascade' }),
    procedureId: text('procedure_id').notNull(),
    version: integer('version').notNull(),
    stepId: text('step_id'),
    stage: text('stage', { enum: PHOTO_STAGES }).notNull(),
    type: text('type', { enum: ['image/jpeg'] }).notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    image: bytea('image').notNull(),
    createdAt: created(),
  },
  (t) => [
    index('session_photos_session_idx').on(t.sessionId, t.createdAt),
    index('session_photos_procedure_idx').on(t.procedureId, t.version),
  ],
)

/**
 * Photos and videos authors put on procedure steps. One row per upload; its files (every width and
 * format of a photo, a video and its poster) in `step_media_files`, in the database so every
 * instance serves them, on PGlite and PostgreSQL alike, and they go with the backups. Files never
 * change once stored: a new upload is a new id.
 */
export const stepMedia = pgTable(
  'step_media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    procedureId: text('procedure_id').notNull(),
    kind: text('kind', { enum: ['image', 'video'] }).notNull(),
    /** The upload's own type (image/heic, video/webm …) and size, before any resizing. */
    originalType: text('original_type').notNull(),
    originalSize: integer('original_size').notNull(),
    width: integer('width'),
    height: integer('height'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('step_media_procedure_idx').on(t.procedureId)],
)

export const stepMediaFiles = pgTable(
  'step_media_files',
  {
    mediaId: uuid('media_id')
      .notNull()
      .references(() => stepMedia.id, { onDelete: 'cascade' }),
    /** `640.webp`, `1280.jpg`, `poster.jpg`, `video.webm` … */
    name: text('name').notNull(),
    type: text('type').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.name] })],
)

/**
 * The realtime log: every message published for a room (a channel such as `session:<id>`, `user:<id>`
 * or `queue`) with its sequence number in that room. Receivers deliver in sequence order whatever
 * the payload size, and a reconnecting peer reads what it missed from here. Rows live minutes.
 */
export const busLog = pgTable(
  'bus_log',
  {
    channel: text('channel').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    body: jsonb('body').notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.channel, t.seq] }),
    index('bus_log_created_idx').on(t.createdAt),
  ],
)

/**
 * The last sequence number of each room. Publishing increments it under its row lock in the same
 * statement that logs and notifies, so one room's messages commit, and are heard, in number order
 * with no gaps.
 */
export const busChannels = pgTable('bus_channels', {
  channel: text('channel').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
})

/**
 * Analytics rollups, one row per procedure version and UTC day of session start. Triggers (in the
 * migration) mark a day dirty whenever a session, its events or its escalations change; the
 * analytics query recomputes dirty days before it reads, so figures are always current and a read
 * touches days, not events.
 */
export const analyticsDirty = pgTable(
  'analytics_dirty',
  {
    procedureId: text('procedure_id').notNull(),
    version: integer('version').notNull(),
    day: date('day').notNull(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.version, t.day] })],
)

export const analyticsDays = pgTable(
  'analytics_days',
  {
    procedureId: text('procedure_id').notNull(),
    version: integer('version').notNull(),
    day: date('day').notNull(),
    sessions: integer('sessions').notNull(),
    fixed: integer('fixed').notNull(),
    notFixed: integer('not_fixed').notNull(),
    abandoned: integer('abandoned').notNull(),
    escalated: integer('escalated').notNull(),
    /** Answered sessions' durations: whole seconds (whole minutes past an hour) → count. */
    durations: jsonb('durations').notNull(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.version, t.day] })],
)

export const analyticsStepDays = pgTable(
  'analytics_step_days',
  {
    procedureId: text('procedure_id').notNull(),
    version: integer('version').notNull(),
    day: date('day').notNull(),
    stepId: text('step_id').notNull(),
    reached: integer('reached').notNull(),
    backs: integer('backs').notNull(),
    helps: integer('helps').notNull(),
    endedHere: integer('ended_here').notNull(),
    /** Dwell per view: whole seconds (whole minutes past ten minutes) → count. */
    dwell: jsonb('dwell').notNull(),
  },
  (t) => [primaryKey({ columns: [t.procedureId, t.version, t.day, t.stepId] })],
)

/**
 * Where webhooks go (admins manage them in the studio). `secret` is the Standard Webhooks signing
 * key (`whsec_…`); `events` the types sent, empty for every type.
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  secret: text('secret').notNull(),
  events: jsonb('events').$type<string[]>().notNull().default([]),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * The outbox: one row per event and target (a webhook endpoint, or the Salesforce connector),
 * written in the transaction of the change it reports. Workers on any instance claim due rows
 * (`FOR UPDATE SKIP LOCKED`), send, and retry with backoff until delivered or out of time.
 * `event_id` is the idempotency key (`webhook-id`), the same on every attempt.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['webhook', 'salesforce'] }).notNull(),
    endpointId: uuid('endpoint_id').references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    state: text('state', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a worker may take it next (also the lease of the worker sending it now). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: created(),
    /** Retries stop after this (24 hours after the event by default). */
    giveUpAt: timestamp('give_up_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(
      t.eventId,
      t.kind,
      sql`coalesce(${t.endpointId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.state} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
  ],
)

/** The Salesforce Case opened for a repair session, so later events update it. */
export const crmCases = pgTable('crm_cases', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => repairSessions.id, { onDelete: 'cascade' }),
  caseId: text('case_id').notNull(),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * API tokens for integrations: named, with scopes, created by an admin. The secret is shown once;
 * only its keyed hash is kept. A revoked token stays listed (`revoked_at`) and is refused at once.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    tokenHash: text('token_hash').notNull(),
    /** The first characters of the secret, so people can tell their tokens apart. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
    /** The last request made with it (updated at most once a minute). */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_key').on(t.tokenHash)],
)
