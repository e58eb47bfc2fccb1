import { randomUUID } from 'node:crypto'
import { escalations, repairSessions, sessionEvents } from '../../server/db/schema'
import type { TestApp } from './app'

/**
 * A hand-made event set whose every figure is worked out below, inserted straight into the
 * database, then read back through the HTTP route the studio uses.
 */
export const PROC = 'descale'
export const [A, B, C] = ['switch-off', 'remove-tank', 'remove-filter'] as const

type Outcome = 'fixed' | 'not_fixed' | 'abandoned' | 'escalated' | null
type Ev = [seconds: number, type: string, stepId?: string]
export type Plan = {
  procedureId?: string
  version: number
  start: string
  minutes?: number
  outcome: Outcome
  escalation?: boolean
  events: Ev[]
}

const view = (s: number, step: string): Ev => [s, 'step_view', step]
const done = (s: number, step: string): Ev => [s, 'step_complete', step]
const answer = (s: number): Ev => [s, 'outcome']

export const plans: Plan[] = [
  // v1, 10 March. Dwell a 60, b 120, c 120 (to the answer); 10 min.
  {
    version: 1,
    start: '2025-03-10T09:00:00Z',
    minutes: 10,
    outcome: 'fixed',
    events: [view(0, A), done(59, A), view(60, B), done(170, B), view(180, C), answer(300)],
  },
  // Back from b to a once: dwell a 30 and 20, b 20 and 30, c 300; 20 min.
  {
    version: 1,
    start: '2025-03-10T10:00:00Z',
    minutes: 20,
    outcome: 'fixed',
    events: [
      view(0, A),
      view(30, B),
      [50, 'step_back', B],
      view(50, A),
      view(70, B),
      view(100, C),
      answer(400),
    ],
  },
  // Asked for help on c, then said not fixed: dwell a 90, b 60, c 100; 30 min; ended on c.
  {
    version: 1,
    start: '2025-03-10T11:00:00Z',
    minutes: 30,
    outcome: 'not_fixed',
    escalation: true,
    events: [view(0, A), view(90, B), view(150, C), [200, 'help_requested', C], answer(250)],
  },
  // Left on b after asking for help: dwell a 40, none on b; ended on b.
  {
    version: 1,
    start: '2025-03-10T12:00:00Z',
    minutes: 5,
    outcome: 'abandoned',
    events: [view(0, A), view(40, B), [45, 'help_requested', B]],
  },
  // A technician was sent from step a; ended on a.
  {
    version: 1,
    start: '2025-03-10T13:00:00Z',
    minutes: 8,
    outcome: 'escalated',
    escalation: true,
    events: [view(0, A), [10, 'help_requested', A]],
  },
  // Still open late on 10 March: counted as a session, ends nowhere yet.
  { version: 1, start: '2025-03-10T23:59:00Z', outcome: null, events: [view(0, A)] },
  // v2, 12 March: 5 min fixed (a 10, b 10, c 30) and 15 min not fixed (a 100, b 60; ended on b).
  {
    version: 2,
    start: '2025-03-12T09:00:00Z',
    minutes: 5,
    outcome: 'fixed',
    events: [view(0, A), view(10, B), view(20, C), answer(50)],
  },
  {
    version: 2,
    start: '2025-03-12T10:00:00Z',
    minutes: 15,
    outcome: 'not_fixed',
    events: [view(0, A), view(100, B), answer(160)],
  },
  // Another procedure on the same day: must never be counted.
  {
    procedureId: 'replace-water-filter',
    version: 1,
    start: '2025-03-10T09:30:00Z',
    minutes: 1,
    outcome: 'not_fixed',
    escalation: true,
    events: [view(0, A), [1, 'step_back', A], [2, 'help_requested', A], answer(3)],
  },
]

export async function seed(t: TestApp) {
  const db = t.deps.db
  for (const p of plans) {
    const start = Date.parse(p.start)
    const at = (s: number) => new Date(start + s * 1000)
    const [row] = await db
      .insert(repairSessions)
      .values({
        tokenHash: randomUUID(),
        productId: 'espresso-one',
        procedureId: p.procedureId ?? PROC,
        version: p.version,
        mode: 'inline',
        outcome: p.outcome,
        createdAt: at(0),
        lastSeenAt: at(0),
        endedAt: p.minutes === undefined ? null : at(p.minutes * 60),
      })
      .returning({ id: repairSessions.id })
    const sessionId = row?.id as string
    await db.insert(sessionEvents).values(
      p.events.map(([s, type, stepId]) => ({
        id: randomUUID(),
        sessionId,
        type,
        stepId: stepId ?? null,
        at: at(s),
      })),
    )
    if (p.escalation)
      await db.insert(escalations).values({ sessionId, context: { procedureId: PROC } })
  }
}

const step = (stepId: string, reached: number, dwell: number | null, more = {}) => ({
  stepId,
  reached,
  medianDwellSeconds: dwell,
  backs: 0,
  helpRequests: 0,
  endedHere: 0,
  ...more,
})

export const v1 = {
  sessions: 6,
  fixed: 2,
  notFixed: 1,
  abandoned: 1,
  escalated: 2,
  successRate: 2 / 3,
  abandonmentRate: 1 / 6,
  escalationRate: 2 / 6,
  medianMinutes: 20,
  steps: [
    step(A, 6, 40, { helpRequests: 1, endedHere: 1 }),
    step(B, 4, 45, { backs: 1, helpRequests: 1, endedHere: 1 }),
    step(C, 3, 120, { helpRequests: 1, endedHere: 1 }),
  ],
}
export const v2 = {
  sessions: 2,
  fixed: 1,
  notFixed: 1,
  abandoned: 0,
  escalated: 0,
  successRate: 0.5,
  abandonmentRate: 0,
  escalationRate: 0,
  medianMinutes: 10,
  steps: [step(A, 2, 55), step(B, 2, 35, { endedHere: 1 }), step(C, 1, 30)],
}

export type Figures = typeof v1
export const sorted = (f: Figures) => ({
  ...f,
  steps: [...f.steps].sort((x, y) => x.stepId.localeCompare(y.stepId)),
})
