import { t } from '../../i18n/t'
import type { PlacementState } from '../../xr/placement/placement-store'

/** What the customer is told while the label aligns the twin, or null when it does not. */
export function alignmentText(s: Pick<PlacementState, 'auto' | 'byHand'>): string | null {
  if (!s.auto || s.byHand) return null
  if (s.auto.stuck) return t('align.cannot')
  const words = {
    looking: t('align.looking'),
    'hold-still': t('align.holdStill'),
    'move-a-little': t('align.moveALittle'),
    aligned: t('align.aligned'),
  }[s.auto.phase]
  return s.auto.errorMm !== null && s.auto.phase !== 'looking'
    ? `${words} ${t('align.error', { mm: s.auto.errorMm })}`
    : words
}

/** The hint for placing by hand, tap-the-label included, for a phone (`screen`) or a headset. */
export function manualHint(
  s: Pick<PlacementState, 'tapLabel'>,
  input: 'screen' | 'controller',
  hitTest: boolean,
): string {
  if (s.tapLabel) return input === 'screen' ? t('align.tapLabelHint') : t('align.tapLabelHeadset')
  if (input === 'controller') return t('ar.pointToPlace')
  return hitTest ? t('ar.tapToPlace') : t('ar.searchingFallback')
}
