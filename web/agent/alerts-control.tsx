import { t } from '../i18n/t'
import type { AlertPermission } from './use-agent-alerts'

type Props = { permission: AlertPermission; enable: () => Promise<void> }

/** The agent's switch for desktop alerts, and what the browser allows. */
export function AlertsControl({ permission, enable }: Props) {
  if (permission === 'granted') return <p className="muted">{t('alerts.on')}</p>
  if (permission === 'denied') return <p className="muted">{t('alerts.denied')}</p>
  if (permission === 'unsupported') return <p className="muted">{t('alerts.unsupported')}</p>
  return (
    <div className="row">
      <button type="button" className="button" onClick={() => void enable()}>
        {t('alerts.enable')}
      </button>
      <span className="muted">{t('alerts.enableHint')}</span>
    </div>
  )
}
