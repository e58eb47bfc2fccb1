import type { DeviceMode } from '../../server/domain/session'
import { client, ok } from './client'

export type StartSessionInput = { procedureId: string; mode: DeviceMode; serial?: string }

/** Starts a repair session; the answer carries its id and the capability token for it. */
export async function startSession(input: StartSessionInput) {
  return ok(client.api.sessions.$post({ json: input }))
}

/** The session's state (version, current step, outcome, escalation), with its token. */
export async function getSession(id: string, token: string) {
  return ok(
    client.api.sessions[':id'].$get(
      { param: { id } },
      { headers: { Authorization: `Bearer ${token}` } },
    ),
  )
}

export type RepairSession = Awaited<ReturnType<typeof getSession>>
