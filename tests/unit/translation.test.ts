import { describe, expect, it } from 'vitest'
import { canonicalTag, languagePreferences, negotiateLanguage } from '../../server/domain/language'
import { type Procedure, ProcedureSchema } from '../../server/domain/procedure'
import {
  applyTranslation,
  missingFields,
  translatableFields,
  translationProblems,
} from '../../server/domain/translation'

const proc: Procedure = ProcedureSchema.parse({
  formatVersion: 1,
  id: 'p',
  productId: 'x',
  title: 'Fix it',
  symptom: 'Broken',
  difficulty: 'easy',
  minutes: 5,
  tools: ['Screwdriver'],
  safety: ['Unplug first'],
  steps: [
    {
      id: 'a',
      title: 'Open',
      body: 'Open the **lid**.',
      bullets: [{ kind: 'warning', text: 'Hot' }],
      media: [{ url: '/m.png', alt: 'The lid' }],
      target: { node: 'lid' },
      annotation: { type: 'label', text: 'Lid' },
      check: {
        question: 'Is it open?',
        answers: [
          { label: 'Yes', goto: 'b' },
          { label: 'No', goto: 'a' },
        ],
      },
    },
    { id: 'b', title: 'Close', target: { node: 'lid' }, annotation: { type: 'pulse' } },
  ],
})

describe('BCP 47 negotiation', () => {
  it('reads Accept-Language by weight, dropping q=0 and malformed ranges', () => {
    expect(languagePreferences('fr;q=0.4, de-de, en;q=0, *;q=0.1, x_y, es;q=0.9')).toEqual([
      'de-DE',
      'es',
      'fr',
    ])
    expect(canonicalTag('zh-hant-tw')).toBe('zh-Hant-TW')
    expect(canonicalTag('not a tag')).toBeNull()
  })

  it('looks up by truncation, then the same primary language, never another language', () => {
    expect(negotiateLanguage(['de-AT'], ['en', 'de'])).toBe('de')
    expect(negotiateLanguage(['de'], ['en', 'de-CH'])).toBe('de-CH')
    expect(negotiateLanguage(['pt-BR'], ['en', 'pt-PT', 'pt-BR'])).toBe('pt-BR')
    expect(negotiateLanguage(['ja-JP'], ['en', 'de'])).toBeNull()
    expect(negotiateLanguage(['ja', 'fr', 'de'], ['en', 'de', 'fr'])).toBe('fr')
  })
})

describe('translatable fields', () => {
  it('names every text a customer reads, and nothing else', () => {
    expect(translatableFields(proc).map((f) => f.key)).toEqual([
      'title',
      'symptom',
      'tools.0',
      'safety.0',
      'steps.a.title',
      'steps.a.body',
      'steps.a.bullets.0',
      'steps.a.media.0.alt',
      'steps.a.annotation.text',
      'steps.a.check.question',
      'steps.a.check.answers.0',
      'steps.a.check.answers.1',
      'steps.b.title',
    ])
  })

  it('applies a translation without touching ids, targets or links, and leaves gaps in the source', () => {
    const texts = {
      title: 'Reparieren',
      'steps.a.check.answers.0': 'Ja',
      'steps.a.annotation.text': 'Deckel',
    }
    const de = applyTranslation(proc, texts)
    expect(ProcedureSchema.safeParse(de).success).toBe(true)
    expect(de.title).toBe('Reparieren')
    expect(de.steps[0]?.check?.answers).toEqual([
      { label: 'Ja', goto: 'b' },
      { label: 'No', goto: 'a' },
    ])
    expect(de.steps[0]?.annotation).toEqual({ type: 'label', text: 'Deckel' })
    expect(de.steps[0]?.target).toEqual(proc.steps[0]?.target)
    expect(de.symptom).toBe('Broken')
    expect(missingFields(proc, texts)).toHaveLength(10)
    expect(
      translationProblems(proc, {
        'steps.z.title': 'x',
        'steps.a.annotation.text': 'x'.repeat(81),
      }),
    ).toEqual([
      { key: 'steps.z.title', message: 'no such text in this procedure version' },
      { key: 'steps.a.annotation.text', message: 'must be at most 80 characters' },
    ])
  })
})
