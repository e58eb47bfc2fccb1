import { useState } from 'react'
import {
  MAX_LABELS,
  MAX_SERIAL_LENGTH,
  type SerialRangeProblem,
  serialRange,
} from '../../../server/domain/serials'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import type { Paper } from './sheet-layout'

export const MIN_SIZE_MM = 10
export const MAX_SIZE_MM = 180
export const DEFAULT_SIZE_MM = 50

export type LabelFormValues = { paper: Paper; count: number; first: string; sizeMm: number }

export type LabelFormErrors = Partial<Record<'count' | 'first' | 'sizeMm', string[]>>

/** The form's values and, when they are all valid, the serials to print. */
export type CheckedLabelForm =
  | { ok: true; serials: string[]; sizeMm: number }
  | { ok: false; errors: LabelFormErrors }

const SERIAL_ERRORS: Record<SerialRangeProblem['kind'], MessageKey> = {
  empty: 'labels.err.first.empty',
  noDigits: 'labels.err.first.noDigits',
  characters: 'labels.err.first.characters',
  tooLong: 'labels.err.first.tooLong',
  notWhole: 'labels.err.count.notWhole',
  tooFew: 'labels.err.count.tooFew',
  tooMany: 'labels.err.count.tooMany',
}

/** Checks the form; `declaredMm` (the product's label pose) overrides the typed size. */
export function checkLabelForm(v: LabelFormValues, declaredMm: number | null): CheckedLabelForm {
  const errors: LabelFormErrors = {}
  const range = serialRange(v.first, v.count)
  if (!range.ok)
    for (const p of range.problems) {
      const text = t(SERIAL_ERRORS[p.kind], {
        max: p.field === 'count' ? MAX_LABELS : MAX_SERIAL_LENGTH,
      })
      errors[p.field] = [...(errors[p.field] ?? []), text]
    }
  const sizeMm = declaredMm ?? v.sizeMm
  if (declaredMm === null && !(sizeMm >= MIN_SIZE_MM && sizeMm <= MAX_SIZE_MM))
    errors.sizeMm = [t('labels.err.size', { min: MIN_SIZE_MM, max: MAX_SIZE_MM })]
  if (!range.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, serials: range.serials, sizeMm }
}

/** The sheet form's state, starting at A4, 6 labels from SN-000001. */
export function useLabelForm() {
  const [values, setValues] = useState<LabelFormValues>({
    paper: 'a4',
    count: 6,
    first: 'SN-000001',
    sizeMm: DEFAULT_SIZE_MM,
  })
  const set = <K extends keyof LabelFormValues>(key: K, value: LabelFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }))
  return { values, set }
}
