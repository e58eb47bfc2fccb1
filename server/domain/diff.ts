import type { Procedure, Step } from './procedure'

export type FieldChange = { field: string; before: unknown; after: unknown }

export type StepDiff =
  | { kind: 'added'; stepId: string; title: string; index: number }
  | { kind: 'removed'; stepId: string; title: string; index: number }
  | { kind: 'changed'; stepId: string; title: string; index: number; changes: FieldChange[] }
  | { kind: 'moved'; stepId: string; title: string; from: number; to: number }

export type ProcedureDiff = { metadata: FieldChange[]; steps: StepDiff[] }

const META = ['title', 'symptom', 'difficulty', 'minutes', 'tools', 'parts', 'safety'] as const
const STEP_FIELDS = [
  'title',
  'body',
  'bullets',
  'media',
  'target',
  'annotation',
  'check',
  'next',
] as const

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Step-level differences between two versions of a procedure, matched by step id: what was added,
 * removed, moved and which fields of a step changed. Pure, for the studio's version history.
 */
export function diffProcedures(before: Procedure, after: Procedure): ProcedureDiff {
  const metadata = META.filter((f) => !same(before[f], after[f])).map((f) => ({
    field: f,
    before: before[f],
    after: after[f],
  }))
  const old = new Map(before.steps.map((s, i) => [s.id, { s, i }]))
  const now = new Map(after.steps.map((s, i) => [s.id, { s, i }]))
  const steps: StepDiff[] = []
  // A step counts as moved when its order among the steps both versions share changed.
  const sharedBefore = before.steps.filter((x) => now.has(x.id)).map((x) => x.id)
  const sharedAfter = after.steps.filter((x) => old.has(x.id)).map((x) => x.id)
  after.steps.forEach((s, i) => {
    const was = old.get(s.id)
    if (!was) {
      steps.push({ kind: 'added', stepId: s.id, title: s.title, index: i + 1 })
      return
    }
    const changes = STEP_FIELDS.filter(
      (f) => !same(was.s[f as keyof Step], s[f as keyof Step]),
    ).map((f) => ({
      field: f,
      before: was.s[f as keyof Step],
      after: s[f as keyof Step],
    }))
    if (changes.length)
      steps.push({ kind: 'changed', stepId: s.id, title: s.title, index: i + 1, changes })
    if (sharedBefore.indexOf(s.id) !== sharedAfter.indexOf(s.id))
      steps.push({ kind: 'moved', stepId: s.id, title: s.title, from: was.i + 1, to: i + 1 })
  })
  before.steps.forEach((s, i) => {
    if (!now.has(s.id)) steps.push({ kind: 'removed', stepId: s.id, title: s.title, index: i + 1 })
  })
  return { metadata, steps }
}
