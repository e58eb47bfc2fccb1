import { useMemo } from 'react'
import { t } from '../../i18n/t'
import type { PanelButtonSpec } from '../../xr/placement/panel-button'
import type { PanelLine } from '../../xr/placement/panel-text'
import { XrPanel } from '../../xr/placement/xr-panel'
import { useGuide } from '../guide/guide-store'
import { useExitAr } from './use-exit-ar'

/** "Is it fixed?" as the in-scene panel, then the closing words once the answer is saved. */
export function OutcomePanel() {
  const outcome = useGuide((s) => s.outcome)
  const status = useGuide((s) => s.outcomeStatus)
  const error = useGuide((s) => s.outcomeError)
  const finish = useGuide((s) => s.finish)
  const back = useGuide((s) => s.back)
  const exit = useExitAr()
  const saved = outcome != null && (status === 'saved' || status === 'queued')

  const lines = useMemo((): PanelLine[] => {
    if (saved) {
      const closing: PanelLine[] =
        outcome === 'fixed'
          ? [
              { text: t('outcome.fixedTitle'), size: 56, bold: true },
              { text: t('outcome.fixedBody'), size: 38 },
            ]
          : [
              { text: t('outcome.notFixedTitle'), size: 56, bold: true },
              { text: t('outcome.notFixedBody'), size: 38 },
            ]
      if (status === 'queued') closing.push({ text: t('outcome.queued'), size: 34, tone: 'muted' })
      return closing
    }
    const out: PanelLine[] = [
      { text: t('outcome.question'), size: 56, bold: true },
      { text: t('outcome.lead'), size: 38 },
    ]
    if (status === 'saving') out.push({ text: t('outcome.saving'), size: 34, tone: 'muted' })
    if (status === 'error') out.push({ text: error ?? '', size: 34, tone: 'warning' })
    return out
  }, [saved, outcome, status, error])

  const buttons: PanelButtonSpec[] = saved
    ? [{ id: 'exit', label: t('ar.exit'), onSelect: exit, primary: true }]
    : [
        {
          id: 'fixed',
          label: t('outcome.yes'),
          onSelect: () => void finish('fixed'),
          primary: true,
        },
        { id: 'not-fixed', label: t('outcome.no'), onSelect: () => void finish('not_fixed') },
        { id: 'back', label: t('outcome.back'), onSelect: back },
        { id: 'exit', label: t('ar.exit'), onSelect: exit },
      ]
  return <XrPanel lines={lines} buttons={buttons} />
}
