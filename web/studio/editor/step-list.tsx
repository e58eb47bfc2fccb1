import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { useMemo } from 'react'
import { t } from '../../i18n/t'
import { addStep, deleteStep, duplicateStep, moveStep } from './draft-ops'
import { useEditor } from './editor-store'
import { SortableStepItem } from './sortable-step-item'
import { useDraftErrors } from './use-draft-errors'
import { errorsUnder } from './validation'

/** Sortable ids: the step id where it is unique, the position otherwise (while ids are edited). */
function sortableIds(ids: readonly string[]): string[] {
  return ids.map((id, i) => (id && ids.indexOf(id) === ids.lastIndexOf(id) ? `s:${id}` : `#${i}`))
}

/** The steps in order: select one to edit; reorder by dragging or with the keyboard. */
export function StepList() {
  const steps = useEditor((s) => s.doc.steps)
  const selected = useEditor((s) => s.selected)
  const select = useEditor((s) => s.select)
  const edit = useEditor((s) => s.edit)
  const errors = useDraftErrors()
  const ids = useMemo(() => sortableIds(steps.map((s) => s.id)), [steps])
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    const from = ids.indexOf(String(active.id))
    const to = ids.indexOf(String(over.id))
    if (from < 0 || to < 0) return
    edit((d) => moveStep(d, from, to))
    select(to)
  }

  return (
    <section className="stack editor-steps" aria-labelledby="editor-steps">
      <h2 id="editor-steps">{t('editor.stepsHeading')}</h2>
      <p className="muted" id="editor-steps-hint">
        {t('editor.stepsHint')}
      </p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="editor-step-list">
            {steps.map((s, i) => (
              <SortableStepItem
                key={ids[i]}
                id={ids[i] ?? `#${i}`}
                index={i}
                title={s.title}
                problems={errorsUnder(errors, `steps.${i}`)}
                current={i === selected}
                onSelect={() => select(i)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {steps.length === 0 && <p className="muted">{t('editor.noSteps')}</p>}
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => {
            edit((d) => addStep(d, selected))
            select(steps.length === 0 ? 0 : selected + 1)
          }}
        >
          {t('editor.addStep')}
        </button>
        <button
          type="button"
          className="button"
          disabled={steps.length === 0}
          onClick={() => {
            edit((d) => duplicateStep(d, selected))
            select(selected + 1)
          }}
        >
          {t('editor.duplicateStep')}
        </button>
        <button
          type="button"
          className="button"
          disabled={steps.length === 0}
          onClick={() => edit((d) => deleteStep(d, selected))}
        >
          {t('editor.deleteStep')}
        </button>
      </div>
    </section>
  )
}
