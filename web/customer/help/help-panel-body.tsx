import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { PhotoEvidence } from '../photos/photo-evidence'
import { CallbackForm } from './callback-form'
import { CallbackSent } from './callback-sent'
import { Collapsed } from './collapsed'
import { HelpCall } from './help-call'
import { HelpCallStatus } from './help-call-status'
import type { HelpPanelVariant } from './help-panel'
import { HelpSnapshot } from './help-snapshot'
import { useHelp } from './help-store'

/**
 * Where the customer's help request stands: in the queue, in a call, or over (help-panel.tsx
 * loads it once help has been asked for, or a callback is pending).
 */
export function HelpPanelBody({ variant }: { variant: HelpPanelVariant }) {
  const status = useHelp((s) => s.status)
  const position = useHelp((s) => s.position)
  const eta = useHelp((s) => s.estimatedWaitSeconds)
  const resolution = useHelp((s) => s.resolution)
  const error = useHelp((s) => s.error)
  const cancel = useHelp((s) => s.cancel)
  const dismiss = useHelp((s) => s.dismiss)
  const callbackForm = useHelp((s) => s.callbackForm)
  const callback = useHelp((s) => s.callback)
  const offerCallback = useHelp((s) => s.openCallbackForm)
  if (status === 'idle' && callbackForm === 'closed' && !callback) return null
  return (
    <section
      className={`help-panel help-panel-${variant} stack`}
      aria-live="polite"
      data-testid="help-panel"
    >
      {status === 'asking' && <PageStatus label={t('help.asking')} />}
      {status === 'waiting' && (
        <>
          <p data-testid="help-queue">
            {eta === null
              ? t('help.waitingNoAgent', { position })
              : t('help.waiting', { position, minutes: Math.max(1, Math.round(eta / 60)) })}
          </p>
          <p className="muted">{t('help.keepGoing')}</p>
          <div className="row">
            {eta === null && callbackForm === 'closed' && (
              <button type="button" className="button button-primary" onClick={offerCallback}>
                {t('help.callbackInstead')}
              </button>
            )}
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('help.cancel')}
            </button>
          </div>
        </>
      )}
      {callbackForm !== 'closed' && <CallbackForm />}
      {callback && callbackForm === 'closed' && <CallbackSent callback={callback} />}
      <HelpSnapshot />
      {/* Over the AR view, photos sit behind a button (in the call's row of buttons when in one). */}
      {variant === 'page' && (status === 'waiting' || status === 'active') && (
        <PhotoEvidence stage="help" />
      )}
      {variant === 'overlay' && status === 'waiting' && (
        <Collapsed show={t('photos.show')} hide={t('photos.hide')}>
          <PhotoEvidence stage="help" />
        </Collapsed>
      )}
      {status === 'active' && (variant === 'page' ? <HelpCall /> : <HelpCallStatus />)}
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
