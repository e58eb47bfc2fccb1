import { useMemo } from 'react'
import { useEditor } from './editor-store'
import { type FieldErrors, validateDraft } from './validation'

/** The open draft's field errors, recomputed as the author types. */
export function useDraftErrors(): FieldErrors {
  const doc = useEditor((s) => s.doc)
  return useMemo(() => validateDraft(doc), [doc])
}
