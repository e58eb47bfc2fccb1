import { useEffect, useMemo } from 'react'
import { following } from '../../../server/domain/engine'
import { t } from '../../i18n/t'
import type { PanelButtonSpec } from '../../xr/placement/panel-button'
import { XrPanel } from '../../xr/placement/xr-panel'
import { selectCanGoBack, selectStep, useGuide, useGuidePosition } from '../guide/guide-store'
import { useAskHelp } from '../help/use-ask-help'
import { markFirstStep } from './ar-timing'
import { stepLines } from './step-lines'
import { useExitAr } from './use-exit-ar'
import { useHelpPanelItems } from './use-help-panel-items'

type Props = { mediaOpen?: boolean; onToggleMedia?: () => void }

/**
 * The current step as the in-scene panel: answers or Next, Back, Help (or the help request's own
 * state and buttons while there is one), Photos (n) when the step has some, and Exit AR.
 */
export function StepPanel({ mediaOpen = false, onToggleMedia }: Props) {
  const step = useGuide(selectStep)
  const canGoBack = useGuide(selectCanGoBack)
  const isLast = useGuide((s) => following(s.procedure, selectStep(s)) === null)
  const next = useGuide((s) => s.next)
  const back = useGuide((s) => s.back)
  const answer = useGuide((s) => s.answer)
  const begin = useGuide((s) => s.begin)
  const { index, total } = useGuidePosition()
  const { ask } = useAskHelp()
  const help = useHelpPanelItems()
  const exit = useExitAr()
  const ownLines = useMemo(() => stepLines(step, index, total), [step, index, total])
  // Help first: the step's own text is what the ellipsis cuts when the card is full.
  const lines = useMemo(() => [...help.lines, ...ownLines], [help.lines, ownLines])

  useEffect(() => {
    begin()
    markFirstStep()
  }, [begin])

  const buttons: PanelButtonSpec[] = step.check
    ? step.check.answers.map((a, i) => ({
        id: `answer-${i}`,
        label: a.label,
        onSelect: () => answer(i),
        primary: true,
      }))
    : [
        {
          id: 'next',
          label: isLast ? t('guide.finish') : t('guide.next'),
          onSelect: next,
          primary: true,
        },
      ]
  if (canGoBack) buttons.push({ id: 'back', label: t('guide.back'), onSelect: back })
  if (help.idle) buttons.push({ id: 'help', label: t('guide.help'), onSelect: () => ask('asked') })
  buttons.push(...help.buttons)
  if (onToggleMedia && step.media.length > 0)
    buttons.push({
      id: 'photos',
      label: mediaOpen ? t('media.hide') : t('media.show', { count: step.media.length }),
      onSelect: onToggleMedia,
    })
  buttons.push({ id: 'exit', label: t('ar.exit'), onSelect: exit })
  return <XrPanel lines={lines} buttons={buttons} />
}
