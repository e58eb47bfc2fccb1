import type { CallbackView } from '../../api/help'
import { t } from '../../i18n/t'
import { windowSpan } from './callback-windows'

/** The customer's callback request, once sent: who will be contacted, and when. */
export function CallbackSent({ callback }: { callback: CallbackView }) {
  return (
    <p role="status" data-testid="callback-sent">
      {callback.status === 'claimed'
        ? t('help.callback.claimed')
        : t('help.callback.sent', {
            name: callback.name,
            window: windowSpan(callback.windowStart, callback.windowEnd),
          })}
    </p>
  )
}
