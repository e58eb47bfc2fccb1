import { useEffect, useRef } from 'react'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useHelp } from './help-store'

/**
 * The picture the agent froze and drew on, as they sent it; it stays until the customer closes it
 * or a newer one replaces it. A new one is brought into view, since the agent is talking about it,
 * and again once its picture has loaded (a panel that mounts with it, over AR, say).
 */
export function HelpSnapshot() {
  const snapshot = useHelp((s) => s.snapshot)
  const agentName = useHelp((s) => s.agentName)
  const close = useHelp((s) => s.closeSnapshot)
  const figure = useRef<HTMLElement>(null)
  const id = snapshot?.id
  useEffect(() => {
    if (id) figure.current?.scrollIntoView({ block: 'nearest' })
  }, [id])
  if (!snapshot) return null
  return (
    <figure ref={figure} className="help-snapshot stack" data-testid="help-snapshot">
      <figcaption>
        <strong>
          {agentName
            ? t('snapshot.customerTitle', { agent: agentName })
            : t('snapshot.customerTitleNoName')}
        </strong>
      </figcaption>
      {snapshot.url ? (
        <img
          src={snapshot.url}
          alt={t('snapshot.customerAlt')}
          // Its height is known once it has loaded: bring the whole picture into view then too.
          onLoad={() => figure.current?.scrollIntoView({ block: 'nearest' })}
        />
      ) : snapshot.error ? (
        <ErrorAlert message={`${t('snapshot.customerFailed')} ${snapshot.error}`} />
      ) : (
        <PageStatus label={t('snapshot.customerLoading')} />
      )}
      <div>
        <button type="button" className="button" onClick={close}>
          {t('snapshot.customerClose')}
        </button>
      </div>
    </figure>
  )
}
