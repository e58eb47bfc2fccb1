import { useRef } from 'react'
import { t } from '../../i18n/t'
import { useGuide } from './guide-store'

/**
 * Offline is a state, not an error: said calmly, with the reassurance that nothing is lost; back
 * online, the saved progress is sent and the line says so until it is all on the server.
 */
export function SyncStatus() {
  const connection = useGuide((s) => s.connection)
  const pending = useGuide((s) => s.pending + (s.outcomeStatus === 'queued' ? 1 : 0))
  const wasOffline = useRef(false)
  if (connection === 'offline') wasOffline.current = true
  let text = ''
  if (connection === 'offline') text = t('guide.offline')
  else if (wasOffline.current) text = pending > 0 ? t('guide.sending') : t('guide.synced')
  return (
    <p className="sync-status" role="status">
      {text}
    </p>
  )
}
