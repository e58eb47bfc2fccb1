import { type EscalationContext, EscalationContextSchema } from '../../server/domain/escalation'

/** The context snapshot the server stores with an escalation (server/domain/escalation.ts). */
export type Context = EscalationContext

/** What a console shows for a context that does not parse (a row from an older version). */
const UNREADABLE: Context = {
  productId: '',
  productName: '—',
  procedureId: '',
  procedureTitle: '—',
  version: 0,
  stepId: '',
  stepTitle: '—',
  stepIndex: 0,
  timeOnStepMs: 0,
  path: [],
  mode: 'inline',
  serial: null,
  reason: 'asked',
}

/**
 * An escalation's or callback's context as the server sent it, parsed with the schema the server
 * stores it with; one that does not parse is reported and shown as unreadable rather than trusted.
 */
export function asContext(c: unknown): Context {
  const parsed = EscalationContextSchema.safeParse(c)
  if (parsed.success) return parsed.data
  console.warn(`escalation context not understood: ${parsed.error.issues[0]?.message ?? ''}`)
  return UNREADABLE
}

export function minutesSeconds(ms: number) {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
