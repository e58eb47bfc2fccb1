import './help.css'
import '../../call/marks.css'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { HelpCall } from './help-call'
import { useHelp, useHelpContext } from './help-store'

/** Where the customer's help request stands: in the queue, in a call, or over. */
export function HelpPanel() {
  const ctx = useHelpContext()
  return ctx ? <Panel /> : null
}

function Panel() {
  const status = useHelp((s) => s.status)
  const position = useHelp((s) => s.position)
  const eta = useHelp((s) => s.estimatedWaitSeconds)
  const resolution = useHelp((s) => s.resolution)
  const error = useHelp((s) => s.error)
  const cancel = useHelp((s) => s.cancel)
  const dismiss = useHelp((s) => s.dismiss)
  if (status === 'idle') return null
  return (
    <section className="help-panel stack" aria-live="polite" data-testid="help-panel">
      {status === 'asking' && <PageStatus label={t('help.asking')} />}
      {status === 'waiting' && (
        <>
          <p data-testid="help-queue">
            {t('help.waiting', { position, minutes: Math.max(1, Math.round(eta / 60)) })}
          </p>
          <p className="muted">{t('help.keepGoing')}</p>
          <button type="button" className="button" onClick={() => void cancel()}>
            {t('help.cancel')}
          </button>
        </>
      )}
      {status === 'active' && <HelpCall />}
      {(status === 'closed' || status === 'cancelled') && (
        <>
          <p>
            {status === 'cancelled'
              ? t('help.cancelled')
              : t(`help.closed.${resolution}` as MessageKey)}
          </p>
          <button type="button" className="button" onClick={dismiss}>
            {t('help.dismiss')}
          </button>
        </>
      )}
      {status === 'error' && error && <ErrorAlert message={error} onRetry={dismiss} />}
      {error && status !== 'error' && <ErrorAlert message={error} />}
    </section>
  )
}
