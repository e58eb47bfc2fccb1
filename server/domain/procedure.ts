import { z } from 'zod'
import { LanguageTagSchema } from './language'
import { MEDIA_MAX_PER_STEP, StepMediaSchema } from './step-media'
import { ProcedureTranslationSchema } from './translation'

/** The procedure format version this code reads and writes. Bumped on breaking changes only. */
export const PROCEDURE_FORMAT_VERSION = 1

const slug = z
  .string()
  .min(1)
  .max(80)
  .regex(
    /^[a-z0-9][a-z0-9-]*$/,
    'lowercase letters, digits and dashes, starting with a letter or digit',
  )

export const IdSchema = slug

const vec3 = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()])

/** A typed bullet, as in an iFixit step: a plain line, a note, a caution or a warning. */
export const BulletSchema = z.object({
  kind: z.enum(['info', 'note', 'caution', 'warning']).default('info'),
  text: z.string().min(1).max(500),
})

/**
 * What a step points at: a named node of the product's glTF model, optionally with a point on its
 * surface in model space (metres, Y up).
 */
export const TargetSchema = z.object({
  node: z
    .string()
    .min(1)
    .max(120)
    .describe('Name of a node in the product model (glTF nodes[].name)'),
  point: vec3.optional().describe('A point in model space, metres, Y up'),
})

/** How a step's target is shown. `motion` moves or turns the part to show the action, looping. */
export const AnnotationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('highlight'), color: z.string().optional() }),
  z.object({ type: z.literal('pulse') }),
  z.object({ type: z.literal('arrow'), direction: vec3.optional() }),
  z.object({ type: z.literal('label'), text: z.string().min(1).max(80) }),
  z.object({
    type: z.literal('motion'),
    translate: vec3
      .default([0, 0, 0])
      .describe("Offset in metres from the node's rest pose, in its parent's space"),
    rotate: vec3
      .default([0, 0, 0])
      .describe("Euler angles in degrees (XYZ order), applied on top of the node's rest rotation"),
    durationMs: z.number().int().min(200).max(20000).default(1500),
  }),
])

/** A question whose answers branch to other steps (two or three answers, each to any step). */
export const CheckSchema = z.object({
  question: z.string().min(1).max(200),
  answers: z
    .array(z.object({ label: z.string().min(1).max(60), goto: slug }))
    .min(2)
    .max(3),
})

export const StepSchema = z.object({
  id: slug,
  title: z.string().min(1).max(120),
  body: z.string().max(5000).default(''),
  bullets: z.array(BulletSchema).max(20).default([]),
  media: z
    .array(StepMediaSchema)
    .max(MEDIA_MAX_PER_STEP)
    .default([])
    .describe('Photos and short videos shown with the step'),
  target: TargetSchema,
  annotation: AnnotationSchema,
  check: CheckSchema.optional(),
  /** The step after this one when it is not simply the next in the list (rejoining after a branch). */
  next: slug
    .optional()
    .describe('Id of the step that follows; without it, the next step in the list'),
})

/** The procedure's shape without the cross-step checks of `procedureProblems`. */
export const ProcedureBase = z.object({
  formatVersion: z.literal(PROCEDURE_FORMAT_VERSION),
  id: slug,
  productId: slug,
  language: LanguageTagSchema.optional().describe(
    'BCP 47 tag of the language the procedure is written in; "en" when absent',
  ),
  title: z.string().min(1).max(120),
  symptom: z.string().min(1).max(200),
  difficulty: z.enum(['very-easy', 'easy', 'moderate', 'difficult']),
  minutes: z.number().int().min(1).max(600),
  tools: z.array(z.string().min(1).max(80)).default([]),
  parts: z.array(z.string().min(1).max(80)).default([]),
  safety: z.array(z.string().min(1).max(300)).default([]),
  steps: z.array(StepSchema).min(1).max(200),
})

/** Problems in a procedure that the shape alone cannot show: duplicate ids, dangling step links. */
export function procedureProblems(
  p: z.infer<typeof ProcedureBase>,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = []
  const ids = new Set<string>()
  p.steps.forEach((s, i) => {
    if (ids.has(s.id))
      problems.push({ path: ['steps', i, 'id'], message: `duplicate step id "${s.id}"` })
    ids.add(s.id)
  })
  p.steps.forEach((s, i) => {
    if (s.next && !ids.has(s.next))
      problems.push({ path: ['steps', i, 'next'], message: `no step "${s.next}"` })
    s.check?.answers.forEach((a, j) => {
      if (!ids.has(a.goto))
        problems.push({
          path: ['steps', i, 'check', 'answers', j, 'goto'],
          message: `no step "${a.goto}"`,
        })
    })
  })
  return problems
}

/** A repair procedure in the open Fixpoint format (see docs/procedure-format.md). */
export const ProcedureSchema = ProcedureBase.superRefine((p, ctx) => {
  for (const problem of procedureProblems(p)) ctx.addIssue({ code: 'custom', ...problem })
})

/**
 * A procedure file as exported and imported (and as the catalog in models/ holds it): the
 * procedure plus its translations. The translations are not part of a published version's
 * content; they are stored beside it, each pinned to the version it was made from.
 */
export const ProcedureFileSchema = ProcedureBase.extend({
  translations: z
    .array(ProcedureTranslationSchema)
    .max(100)
    .optional()
    .describe('Translations of the procedure texts, one per language'),
}).superRefine((p, ctx) => {
  for (const problem of procedureProblems(p)) ctx.addIssue({ code: 'custom', ...problem })
  const seen = new Set<string>()
  p.translations?.forEach((t, i) => {
    if (seen.has(t.language))
      ctx.addIssue({
        code: 'custom',
        path: ['translations', i, 'language'],
        message: `a second translation into "${t.language}"`,
      })
    seen.add(t.language)
  })
})

export type Procedure = z.infer<typeof ProcedureSchema>
export type ProcedureInput = z.input<typeof ProcedureSchema>
export type Step = z.infer<typeof StepSchema>
export type Annotation = z.infer<typeof AnnotationSchema>
