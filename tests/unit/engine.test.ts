import { describe, expect, it } from 'vitest'
import {
  advance,
  currentStep,
  type EngineEvent,
  position,
  replay,
  start,
} from '../../server/domain/engine'
import { type Procedure, ProcedureSchema } from '../../server/domain/procedure'

const step = (id: string, extra: object = {}) => ({
  id,
  title: id,
  target: { node: 'n' },
  annotation: { type: 'pulse' },
  ...extra,
})

const procedure: Procedure = ProcedureSchema.parse({
  formatVersion: 1,
  id: 'p',
  productId: 'x',
  title: 'T',
  symptom: 'S',
  difficulty: 'easy',
  minutes: 5,
  steps: [
    step('a'),
    step('ask', {
      check: {
        question: 'Is the light orange?',
        answers: [
          { label: 'Yes', goto: 'yes' },
          { label: 'No', goto: 'no' },
        ],
      },
    }),
    step('yes', { next: 'end' }),
    step('no'),
    step('end'),
  ],
})

const run = (...events: EngineEvent[]) => replay(procedure, events)
const at = (events: EngineEvent[]) => currentStep(procedure, run(...events)).id

describe('procedure engine', () => {
  it('starts on the first step and walks the list in order', () => {
    expect(start(procedure)).toEqual({ path: ['a'], answers: {}, done: false })
    expect(at([{ type: 'next' }])).toBe('ask')
    expect(position(procedure, run({ type: 'next' }))).toEqual({ index: 2, total: 5 })
  })

  it('waits for an answer on a check step, then branches', () => {
    expect(at([{ type: 'next' }, { type: 'next' }])).toBe('ask')
    expect(at([{ type: 'next' }, { type: 'answer', index: 0 }])).toBe('yes')
    expect(at([{ type: 'next' }, { type: 'answer', index: 1 }])).toBe('no')
  })

  it('rejoins after either branch', () => {
    expect(at([{ type: 'next' }, { type: 'answer', index: 0 }, { type: 'next' }])).toBe('end')
    expect(at([{ type: 'next' }, { type: 'answer', index: 1 }, { type: 'next' }])).toBe('end')
  })

  it('goes back along the path actually taken, not the list', () => {
    const p = run(
      { type: 'next' },
      { type: 'answer', index: 0 },
      { type: 'next' },
      { type: 'back' },
    )
    expect(currentStep(procedure, p).id).toBe('yes')
    expect(currentStep(procedure, advance(procedure, p, { type: 'back' })).id).toBe('ask')
  })

  it('finishes after the last step, and back from the end reopens it', () => {
    const events: EngineEvent[] = [
      { type: 'next' },
      { type: 'answer', index: 1 },
      { type: 'next' },
      { type: 'next' },
    ]
    const done = run(...events)
    expect(done.done).toBe(true)
    expect(currentStep(procedure, done).id).toBe('end')
    expect(advance(procedure, done, { type: 'back' })).toMatchObject({
      done: false,
      path: done.path,
    })
  })

  it('ignores events that do not apply, so a replay with stray events is safe', () => {
    const s = start(procedure)
    expect(advance(procedure, s, { type: 'back' })).toBe(s)
    expect(advance(procedure, s, { type: 'answer', index: 0 })).toBe(s)
    expect(advance(procedure, s, { type: 'goto', stepId: 'nope' })).toBe(s)
    expect(at([{ type: 'next' }, { type: 'answer', index: 7 }])).toBe('ask')
  })

  it('jumps to a step when an agent sends the customer there', () => {
    expect(at([{ type: 'goto', stepId: 'no' }])).toBe('no')
    expect(at([{ type: 'goto', stepId: 'no' }, { type: 'back' }])).toBe('a')
  })

  it('never mutates the progress it is given', () => {
    const s = Object.freeze(start(procedure))
    expect(() => advance(procedure, s, { type: 'next' })).not.toThrow()
    expect(s.path).toEqual(['a'])
  })
})
