import { t } from '../../i18n/t'
import { useGuide } from './guide-store'

/** Offline is a state, not an error: said calmly, with the reassurance that nothing is lost. */
export function SyncStatus() {
  const connection = useGuide((s) => s.connection)
  return (
    <p className="sync-status" role="status">
      {connection === 'offline' ? t('guide.offline') : ''}
    </p>
  )
}
