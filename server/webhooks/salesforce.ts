import { and, eq, lt, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { crmCases, webhookDeliveries } from '../db/schema'
import {
  type CaseFacts,
  caseFields,
  type SalesforceCase,
  SalesforceCreatedSchema,
  SalesforceErrorsSchema,
  type SalesforceField,
  SalesforceTokenSchema,
} from '../domain/salesforce'
import type { WebhookPayload } from '../domain/webhooks'
import type { Env } from '../env'
import { SendFailure } from './send-failure'

export type SalesforceConfig = {
  loginUrl: string
  clientId: string
  clientSecret: string
  apiVersion: string
  origin: string
  fieldMap: Partial<Record<SalesforceField, string>>
  timeoutMs: number
}

/** The connector's settings, or null when SALESFORCE_* is not configured. */
export function salesforceConfig(env: Env): SalesforceConfig | null {
  if (!env.SALESFORCE_LOGIN_URL || !env.SALESFORCE_CLIENT_ID || !env.SALESFORCE_CLIENT_SECRET)
    return null
  return {
    loginUrl: env.SALESFORCE_LOGIN_URL.replace(/\/$/, ''),
    clientId: env.SALESFORCE_CLIENT_ID,
    clientSecret: env.SALESFORCE_CLIENT_SECRET,
    apiVersion: env.SALESFORCE_API_VERSION,
    origin: env.SALESFORCE_CASE_ORIGIN,
    fieldMap: env.SALESFORCE_FIELD_MAP,
    timeoutMs: env.WEBHOOK_TIMEOUT_MS,
  }
}

async function errorText(res: Response) {
  const text = (await res.text()).slice(0, 2000)
  try {
    const parsed = SalesforceErrorsSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data.map((e) => `${e.errorCode}: ${e.message}`).join('; ')
  } catch {}
  return text.slice(0, 300) || res.statusText
}

/**
 * Salesforce REST over the OAuth 2.0 client credentials flow: a token from the org's token
 * endpoint, kept until Salesforce says it expired (401 INVALID_SESSION_ID), then fetched again once.
 */
export class SalesforceClient {
  private token: { access: string; instance: string } | null = null

  constructor(
    readonly config: SalesforceConfig,
    private readonly fetcher: typeof fetch = fetch,
  ) {}

  private async fetchToken() {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
    })
    const res = await this.fetcher(`${this.config.loginUrl}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(this.config.timeoutMs),
    })
    if (!res.ok)
      throw new SendFailure(res.status, `Salesforce token request: ${await errorText(res)}`)
    const token = SalesforceTokenSchema.parse(await res.json())
    this.token = { access: token.access_token, instance: token.instance_url.replace(/\/$/, '') }
    return this.token
  }

  /** A REST call under /services/data/<version>; refreshes the token once on INVALID_SESSION_ID. */
  async call(method: 'POST' | 'PATCH', path: string, body: SalesforceCase) {
    for (let attempt = 0; ; attempt++) {
      const token = this.token ?? (await this.fetchToken())
      const res = await this.fetcher(
        `${token.instance}/services/data/${this.config.apiVersion}${path}`,
        {
          method,
          headers: {
            authorization: `Bearer ${token.access}`,
            'content-type': 'application/json',
            accept: 'application/json',
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(this.config.timeoutMs),
        },
      )
      if (res.status === 401 && attempt === 0) {
        const reason = await errorText(res)
        this.token = null
        if (/INVALID_SESSION_ID/.test(reason)) continue
        throw new SendFailure(401, `Salesforce: ${reason}`)
      }
      if (!res.ok)
        throw new SendFailure(res.status, `Salesforce ${method} ${path}: ${await errorText(res)}`)
      return res
    }
  }

  async createCase(fields: SalesforceCase) {
    const res = await this.call('POST', '/sobjects/Case', fields)
    return SalesforceCreatedSchema.parse(await res.json()).id
  }

  async updateCase(id: string, fields: SalesforceCase) {
    await this.call('PATCH', `/sobjects/Case/${encodeURIComponent(id)}`, fields)
  }
}

/** What the Case should say for this event, or null for events the connector ignores. */
function factsOf(p: WebhookPayload): CaseFacts | null {
  switch (p.type) {
    case 'escalation.requested':
      return {
        session: p.data.session,
        stuckStep: p.data.escalation.stepTitle,
        outcome: null,
        resolution: null,
        notes: p.data.escalation.note ?? '',
      }
    case 'escalation.closed':
      return {
        session: p.data.session,
        stuckStep: p.data.escalation.stepTitle,
        outcome: p.data.session.outcome,
        resolution: p.data.escalation.resolution,
        notes: p.data.escalation.notes,
      }
    case 'session.completed':
      return p.data.outcome === 'not_fixed'
        ? {
            session: p.data.session,
            stuckStep: p.data.session.stepTitle,
            outcome: 'not_fixed',
            resolution: null,
            notes: '',
          }
        : null
    default:
      return null
  }
}

/**
 * Whether an earlier hand-off for the same session is still undelivered: that one must open the
 * Case first, or two Cases would be opened and a later status overwritten by an older one.
 */
async function earlierPending(db: Db, sessionId: string, before: Date) {
  const [row] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.kind, 'salesforce'),
        eq(webhookDeliveries.state, 'pending'),
        lt(webhookDeliveries.createdAt, before),
        sql`${webhookDeliveries.payload} #>> '{data,session,id}' = ${sessionId}`,
      ),
    )
    .limit(1)
  return row !== undefined
}

/** Opens the session's Case, or updates the one opened before; returns the Case id. */
export async function handOff(
  db: Db,
  client: SalesforceClient,
  payload: WebhookPayload,
  createdAt: Date,
) {
  const facts = factsOf(payload)
  if (!facts) return null
  if (await earlierPending(db, facts.session.id, createdAt))
    throw new SendFailure(null, 'Waiting for an earlier event of this session to reach Salesforce.')
  const fields = caseFields(facts, client.config.origin, client.config.fieldMap)
  const sessionId = facts.session.id
  const [known] = await db.select().from(crmCases).where(eq(crmCases.sessionId, sessionId))
  if (known) {
    // Origin is set once, when the Case is opened; what this event does not know (a resolution
    // after a late "not fixed", say) is left as it is.
    const { Origin: _origin, ...rest } = fields
    const update = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null))
    await client.updateCase(known.caseId, update)
    await db
      .update(crmCases)
      .set({ updatedAt: new Date() })
      .where(eq(crmCases.sessionId, sessionId))
    return known.caseId
  }
  const caseId = await client.createCase(fields)
  await db.insert(crmCases).values({ sessionId, caseId }).onConflictDoNothing()
  return caseId
}
