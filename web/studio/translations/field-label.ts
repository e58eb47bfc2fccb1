import type { Procedure } from '../../../server/domain/procedure'
import { t } from '../../i18n/t'

/** The label an author reads for a field key: "Step 3: bullet 2", "Tool 1", "Title". */
export function fieldLabel(key: string, p: Procedure): string {
  const parts = key.split('.')
  const [head, a, b, c] = parts
  const n = (x: string | undefined) => Number(x ?? 0) + 1
  if (head === 'title') return t('translations.field.title')
  if (head === 'symptom') return t('translations.field.symptom')
  if (head === 'tools' || head === 'parts' || head === 'safety')
    return t(`translations.field.${head}`, { n: n(a) })
  const step = p.steps.findIndex((s) => s.id === a) + 1
  switch (b) {
    case 'title':
      return t('translations.field.stepTitle', { n: step })
    case 'body':
      return t('translations.field.body', { n: step })
    case 'bullets':
      return t('translations.field.bullets', { n: step, m: n(c) })
    case 'media':
      return parts[4] === 'caption'
        ? t('translations.field.caption', { n: step, m: n(c) })
        : t('translations.field.alt', { n: step, m: n(c) })
    case 'annotation':
      return t('translations.field.label', { n: step })
    default:
      return c === 'question'
        ? t('translations.field.question', { n: step })
        : t('translations.field.answer', { n: step, m: n(parts[4]) })
  }
}
