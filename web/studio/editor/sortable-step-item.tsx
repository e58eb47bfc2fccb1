import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { t } from '../../i18n/t'

type Props = {
  id: string
  index: number
  title: string
  problems: number
  current: boolean
  onSelect: () => void
}

/** One step in the list: a drag handle (pointer or keyboard) and a button that opens it. */
export function SortableStepItem({ id, index, title, problems, current, onSelect }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id })
  return (
    <li
      ref={setNodeRef}
      className="editor-step-item"
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <button
        type="button"
        className="button drag-handle"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        aria-label={t('editor.moveStep', { index: index + 1 })}
        aria-describedby="editor-steps-hint"
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <button
        type="button"
        className="button editor-step-select"
        aria-current={current ? 'step' : undefined}
        onClick={onSelect}
      >
        {t('editor.stepItem', { index: index + 1, title: title || t('editor.untitled') })}
        {problems > 0 && (
          <span className="editor-step-problems">
            {t('editor.stepHasErrors', { count: problems })}
          </span>
        )}
      </button>
    </li>
  )
}
