import { z } from 'zod'
import { PROCEDURE_FORMAT_VERSION } from '../../../server/domain/procedure'
import { MediaRegionSchema } from '../../../server/domain/step-media'

const text = z.string().catch('')
const vec3 = z.tuple([z.number(), z.number(), z.number()])
const zero = (): [number, number, number] => [0, 0, 0]

const EditableAnnotation = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('highlight'), color: z.string().optional().catch(undefined) }),
    z.object({ type: z.literal('pulse') }),
    z.object({ type: z.literal('arrow'), direction: vec3.optional().catch(undefined) }),
    z.object({ type: z.literal('label'), text }),
    z.object({
      type: z.literal('motion'),
      translate: vec3.catch(zero),
      rotate: vec3.catch(zero),
      durationMs: z.number().catch(1500),
    }),
  ])
  .catch({ type: 'highlight' })

const EditableStep = z.object({
  id: text,
  title: text,
  body: text,
  bullets: z
    .array(z.object({ kind: z.enum(['info', 'note', 'caution', 'warning']).catch('info'), text }))
    .catch([]),
  // Loose: an upload's own fields (id, widths, formats, poster …) stay as the server gave them.
  media: z
    .array(
      z.looseObject({
        kind: z.enum(['image', 'video', 'link']).optional().catch(undefined),
        url: text,
        alt: text.optional(),
        caption: text.optional(),
        region: MediaRegionSchema.optional().catch(undefined),
      }),
    )
    .catch([]),
  target: z.object({ node: text, point: vec3.optional().catch(undefined) }).catch({ node: '' }),
  annotation: EditableAnnotation,
  check: z
    .object({ question: text, answers: z.array(z.object({ label: text, goto: text })).catch([]) })
    .optional()
    .catch(undefined),
  next: z.string().optional().catch(undefined),
})

/**
 * A procedure as the editor holds it: the format's shape with every field present, but not yet
 * valid (empty titles, dangling links). Reading a stored draft through it never fails; whatever is
 * missing or malformed becomes an empty value for the author to fill in.
 */
export const EditableProcedureSchema = z.object({
  formatVersion: z.literal(PROCEDURE_FORMAT_VERSION).catch(PROCEDURE_FORMAT_VERSION),
  id: text,
  productId: text,
  /** The source language (BCP 47); kept as it is, edited in the translations panel's header. */
  language: z.string().optional().catch(undefined),
  title: text,
  symptom: text,
  difficulty: z.enum(['very-easy', 'easy', 'moderate', 'difficult']).catch('easy'),
  minutes: z.number().catch(10),
  tools: z.array(z.string()).catch([]),
  parts: z.array(z.string()).catch([]),
  safety: z.array(z.string()).catch([]),
  steps: z.array(EditableStep).catch([]),
})

export type EditableProcedure = z.infer<typeof EditableProcedureSchema>
export type EditableStep = z.infer<typeof EditableStep>
export type EditableMedia = EditableStep['media'][number]
export type EditableAnnotation = z.infer<typeof EditableAnnotation>
export type AnnotationType = EditableAnnotation['type']

/** Reads a stored draft (or an imported file) into the editor's shape. */
export function toEditable(raw: unknown): EditableProcedure {
  return EditableProcedureSchema.parse(raw ?? {})
}

/** A fresh annotation of `type` with its default parameters. */
export function defaultAnnotation(type: AnnotationType): EditableAnnotation {
  switch (type) {
    case 'highlight':
      return { type }
    case 'pulse':
      return { type }
    case 'arrow':
      return { type }
    case 'label':
      return { type, text: '' }
    case 'motion':
      return { type, translate: [0, 0, 0], rotate: [0, 0, 0], durationMs: 1500 }
  }
}

/** A new step with an id not used yet in `taken`. */
export function newStep(taken: readonly string[], node = ''): EditableStep {
  let n = taken.length + 1
  while (taken.includes(`step-${n}`)) n++
  return {
    id: `step-${n}`,
    title: '',
    body: '',
    bullets: [],
    media: [],
    target: { node },
    annotation: { type: 'highlight' },
  }
}

/** The first draft of a new procedure for a product. */
export function newProcedure(id: string, productId: string, title: string): EditableProcedure {
  return toEditable({ id, productId, title, steps: [newStep([])] })
}
