import { z } from 'zod'
import { LanguageTagSchema } from './language'
import type { Procedure, Step } from './procedure'

/**
 * One customer-visible text of a procedure: a stable key (`title`, `tools.0`,
 * `steps.<stepId>.check.answers.1`), the text, and the most the field may hold.
 */
export type TranslatableField = { key: string; text: string; max: number; markdown?: boolean }

function stepFields(s: Step): TranslatableField[] {
  const at = (k: string) => `steps.${s.id}.${k}`
  const out: TranslatableField[] = [{ key: at('title'), text: s.title, max: 120 }]
  if (s.body) out.push({ key: at('body'), text: s.body, max: 5000, markdown: true })
  s.bullets.forEach((b, i) => {
    out.push({ key: at(`bullets.${i}`), text: b.text, max: 500 })
  })
  s.media.forEach((m, i) => {
    if (m.kind === 'video') {
      if (m.caption) out.push({ key: at(`media.${i}.caption`), text: m.caption, max: 300 })
    } else if (m.alt) out.push({ key: at(`media.${i}.alt`), text: m.alt, max: 500 })
  })
  if (s.annotation.type === 'label')
    out.push({ key: at('annotation.text'), text: s.annotation.text, max: 80 })
  if (s.check) {
    out.push({ key: at('check.question'), text: s.check.question, max: 200 })
    s.check.answers.forEach((a, i) => {
      out.push({ key: at(`check.answers.${i}`), text: a.label, max: 60 })
    })
  }
  return out
}

/** Every text of a procedure a customer reads, in reading order. */
export function translatableFields(p: Procedure): TranslatableField[] {
  const list = (name: 'tools' | 'parts' | 'safety', max: number) =>
    p[name].map((text, i) => ({ key: `${name}.${i}`, text, max }))
  return [
    { key: 'title', text: p.title, max: 120 },
    { key: 'symptom', text: p.symptom, max: 200 },
    ...list('tools', 80),
    ...list('parts', 80),
    ...list('safety', 300),
    ...p.steps.flatMap(stepFields),
  ]
}

/** Translated texts by field key; a key left out is not translated yet. */
export const TranslationTextsSchema = z
  .record(z.string().min(1).max(200), z.string().max(5000))
  .describe('Translated text by field key, e.g. "title", "steps.<stepId>.body", "tools.0"')

/**
 * A translation as the procedure file carries it: the language and the texts, and the version of
 * the procedure they were made from (null or absent: the draft). Served to customers only while
 * that version is the latest published one.
 */
export const ProcedureTranslationSchema = z.object({
  language: LanguageTagSchema,
  sourceVersion: z
    .number()
    .int()
    .min(1)
    .nullable()
    .optional()
    .describe('The published version the texts were made from; absent for the draft'),
  texts: TranslationTextsSchema,
})

export type ProcedureTranslation = z.infer<typeof ProcedureTranslationSchema>
export type TranslationTexts = z.infer<typeof TranslationTextsSchema>

/** Keys that name no text of this procedure, and texts longer than their field allows. */
export function translationProblems(
  p: Procedure,
  texts: TranslationTexts,
): { key: string; message: string }[] {
  const fields = new Map(translatableFields(p).map((f) => [f.key, f]))
  const problems: { key: string; message: string }[] = []
  for (const [key, text] of Object.entries(texts)) {
    const f = fields.get(key)
    if (!f) problems.push({ key, message: 'no such text in this procedure version' })
    else if (text.length > f.max)
      problems.push({ key, message: `must be at most ${f.max} characters` })
  }
  return problems
}

/** Field keys with source text but no translation. */
export function missingFields(p: Procedure, texts: TranslationTexts): string[] {
  return translatableFields(p)
    .filter((f) => !texts[f.key]?.trim())
    .map((f) => f.key)
}

/** The texts without empty entries (an empty field is an untranslated one). */
export function compactTexts(texts: TranslationTexts): TranslationTexts {
  return Object.fromEntries(Object.entries(texts).filter(([, v]) => v.trim() !== ''))
}

/**
 * The procedure with its translated texts in place; a text left untranslated stays in the source
 * language. Pure: ids, targets, annotations and branching are untouched.
 */
export function applyTranslation(p: Procedure, texts: TranslationTexts): Procedure {
  const tr = (key: string, source: string) => texts[key]?.trim() || source
  const at = (s: Step, k: string) => `steps.${s.id}.${k}`
  return {
    ...p,
    title: tr('title', p.title),
    symptom: tr('symptom', p.symptom),
    tools: p.tools.map((x, i) => tr(`tools.${i}`, x)),
    parts: p.parts.map((x, i) => tr(`parts.${i}`, x)),
    safety: p.safety.map((x, i) => tr(`safety.${i}`, x)),
    steps: p.steps.map((s) => ({
      ...s,
      title: tr(at(s, 'title'), s.title),
      body: s.body ? tr(at(s, 'body'), s.body) : s.body,
      bullets: s.bullets.map((b, i) => ({ ...b, text: tr(at(s, `bullets.${i}`), b.text) })),
      media: s.media.map((m, i) =>
        m.kind === 'video'
          ? { ...m, caption: m.caption ? tr(at(s, `media.${i}.caption`), m.caption) : '' }
          : { ...m, alt: m.alt ? tr(at(s, `media.${i}.alt`), m.alt) : '' },
      ),
      annotation:
        s.annotation.type === 'label'
          ? { ...s.annotation, text: tr(at(s, 'annotation.text'), s.annotation.text) }
          : s.annotation,
      ...(s.check
        ? {
            check: {
              question: tr(at(s, 'check.question'), s.check.question),
              answers: s.check.answers.map((a, i) => ({
                ...a,
                label: tr(at(s, `check.answers.${i}`), a.label),
              })),
            },
          }
        : {}),
    })),
  }
}
