import { useCallback } from 'react'
import type { EditableStep } from './draft-doc'
import { setStep } from './draft-ops'
import { useEditor } from './editor-store'

/** Patches step `index`; edits with the same `key` in quick succession merge into one undo step. */
export function useStepEdit(index: number) {
  const edit = useEditor((s) => s.edit)
  return useCallback(
    (patch: Partial<EditableStep>, key?: string) =>
      edit((d) => setStep(d, index, patch), key ? `steps.${index}.${key}` : undefined),
    [edit, index],
  )
}
