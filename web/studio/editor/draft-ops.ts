import type { EditableProcedure, EditableStep } from './draft-doc'
import { newStep } from './draft-doc'

/** Pure edits of a draft; each returns a new document and leaves the old one untouched. */
type Doc = EditableProcedure

export function setStep(doc: Doc, index: number, patch: Partial<EditableStep>): Doc {
  return {
    ...doc,
    steps: doc.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  }
}

export function addStep(doc: Doc, after: number): Doc {
  const steps = [...doc.steps]
  const node = doc.steps[after]?.target.node ?? ''
  steps.splice(
    after + 1,
    0,
    newStep(
      doc.steps.map((s) => s.id),
      node,
    ),
  )
  return { ...doc, steps }
}

export function duplicateStep(doc: Doc, index: number): Doc {
  const source = doc.steps[index]
  if (!source) return doc
  const ids = doc.steps.map((s) => s.id)
  let n = 2
  while (ids.includes(`${source.id}-${n}`)) n++
  const copy: EditableStep = structuredClone({ ...source, id: `${source.id}-${n}` })
  const steps = [...doc.steps]
  steps.splice(index + 1, 0, copy)
  return { ...doc, steps }
}

export function deleteStep(doc: Doc, index: number): Doc {
  return { ...doc, steps: doc.steps.filter((_, i) => i !== index) }
}

export function moveStep(doc: Doc, from: number, to: number): Doc {
  const steps = [...doc.steps]
  const [moved] = steps.splice(from, 1)
  if (!moved) return doc
  steps.splice(to, 0, moved)
  return { ...doc, steps }
}
