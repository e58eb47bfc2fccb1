/** The context snapshot the server stores with an escalation (see server/domain/escalation.ts). */
export type Context = {
  productName: string
  procedureTitle: string
  procedureId: string
  version: number
  stepId: string
  stepTitle: string
  stepIndex: number
  timeOnStepMs: number
  path: string[]
  mode: 'immersive-ar' | 'inline'
  serial: string | null
  reason: 'asked' | 'dwell' | 'back_and_forth'
}

export const asContext = (c: unknown) => c as Context

export function minutesSeconds(ms: number) {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
