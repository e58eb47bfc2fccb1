import { useXRStore } from '@react-three/xr'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { t } from '../../i18n/t'
import type { PanelButtonSpec } from '../../xr/placement/panel-button'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import { XrPanel } from '../../xr/placement/xr-panel'
import { useGuideStore } from '../guide/guide-store'
import { alignmentText, manualHint } from './alignment-text'
import { lockAndRecord } from './lock-and-record'
import { useExitAr } from './use-exit-ar'

const SIZE = 40

/**
 * The headset's placement panel: the label alignment's state while the label steers the twin
 * (with "Place it by hand instead"), else the placement instructions, "Tap the label" where the
 * product has one, and Lock and Place again once the twin is down.
 */
export function PlacementPanel() {
  const placement = usePlacement()
  const xr = useXRStore()
  const guide = useGuideStore()
  const s = usePlacementState(
    useShallow(({ phase, method, auto, byHand, tapLabel }) => ({
      phase,
      method,
      auto,
      byHand,
      tapLabel,
    })),
  )
  const exit = useExitAr()
  // Placed from the label, the lock (and its anchor) follows by itself within a frame or two.
  const autoLocking = s.phase === 'aligning' && s.method === 'label' && !s.byHand
  const aligning = s.phase === 'aligning' && !autoLocking
  const text = autoLocking
    ? t('align.aligned')
    : aligning
      ? t('ar.alignHeadset')
      : (alignmentText(s) ?? manualHint(s, 'controller', true))
  const lines = useMemo(() => [{ text, size: SIZE }], [text])
  const { store } = placement
  const exitButton = { id: 'exit', label: t('ar.exit'), onSelect: exit }
  let buttons: PanelButtonSpec[]
  if (autoLocking) buttons = [exitButton]
  else if (aligning)
    buttons = [
      { id: 'place-again', label: t('ar.placeAgain'), onSelect: () => store.getState().reset() },
      {
        id: 'lock',
        label: t('ar.lock'),
        onSelect: () => void lockAndRecord(xr, placement, guide),
        primary: true,
      },
      exitButton,
    ]
  else if (s.auto && !s.byHand)
    buttons = [
      { id: 'by-hand', label: t('align.byHand'), onSelect: () => store.getState().setByHand(true) },
      exitButton,
    ]
  else {
    buttons = []
    if (s.auto)
      buttons.push({
        id: 'back-to-label',
        label: t('align.backToLabel'),
        onSelect: () => store.getState().setByHand(false),
      })
    if (placement.label && !s.tapLabel)
      buttons.push({
        id: 'tap-label',
        label: t('align.tapLabel'),
        onSelect: () => store.getState().setTapLabel(true),
      })
    buttons.push(exitButton)
  }
  return <XrPanel lines={lines} buttons={buttons} />
}
