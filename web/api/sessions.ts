import type { DeviceMode } from '../../server/domain/session'
import { contentLanguage } from '../i18n/content-language'
import { client, ok } from './client'
import { reuseRecent } from './reuse-recent'

export type StartSessionInput = { procedureId: string; mode: DeviceMode; serial?: string }

/**
 * Starts a repair session in the customer's content language (`contentLanguage`); the answer
 * carries its id, the capability token and the procedure in the language served.
 */
export async function startSession(input: StartSessionInput) {
  return ok(client.api.sessions.$post({ json: { ...input, language: contentLanguage() } }))
}

async function fetchSession(id: string, token: string) {
  return ok(
    client.api.sessions[':id'].$get(
      { param: { id } },
      { headers: { Authorization: `Bearer ${token}` } },
    ),
  )
}

const sessionRead = reuseRecent(fetchSession, (id, token) => `${id} ${token}`)

/**
 * The session's state (version, current step, outcome, escalation), with its token. `maxAgeMs`:
 * this tab's own request from at most that long ago will do (see `reuseRecent`): the Start button
 * reads the new session while the guide's code downloads, and the guide takes that answer.
 */
export function getSession(id: string, token: string, options: { maxAgeMs?: number } = {}) {
  return sessionRead(options.maxAgeMs, id, token)
}

export type RepairSession = Awaited<ReturnType<typeof getSession>>

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

/** Records whether the repair worked; ApiError 409 `outcome_already_recorded` for a different answer. */
export async function postOutcome(id: string, token: string, outcome: 'fixed' | 'not_fixed') {
  return ok(
    client.api.sessions[':id'].outcome.$post(
      { param: { id }, json: { outcome } },
      { headers: bearer(token) },
    ),
  )
}
