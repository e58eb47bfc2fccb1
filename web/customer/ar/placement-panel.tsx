import { useXRStore } from '@react-three/xr'
import { useMemo } from 'react'
import { t } from '../../i18n/t'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import { XrPanel } from '../../xr/placement/xr-panel'
import { useGuideStore } from '../guide/guide-store'
import { lockAndRecord } from './lock-and-record'
import { useExitAr } from './use-exit-ar'

const SIZE = 40

/** The headset's placement instructions with Lock and Place again once the twin is down. */
export function PlacementPanel() {
  const placement = usePlacement()
  const xr = useXRStore()
  const guide = useGuideStore()
  const phase = usePlacementState((s) => s.phase)
  const exit = useExitAr()
  const aligning = phase === 'aligning'
  const lines = useMemo(
    () => [{ text: aligning ? t('ar.alignHeadset') : t('ar.pointToPlace'), size: SIZE }],
    [aligning],
  )
  const buttons = aligning
    ? [
        {
          id: 'place-again',
          label: t('ar.placeAgain'),
          onSelect: () => placement.store.getState().reset(),
        },
        {
          id: 'lock',
          label: t('ar.lock'),
          onSelect: () => void lockAndRecord(xr, placement, guide),
          primary: true,
        },
        { id: 'exit', label: t('ar.exit'), onSelect: exit },
      ]
    : [{ id: 'exit', label: t('ar.exit'), onSelect: exit }]
  return <XrPanel lines={lines} buttons={buttons} />
}
