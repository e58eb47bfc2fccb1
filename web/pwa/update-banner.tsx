import { useLocation } from 'wouter'
import { t } from '../i18n/t'
import { useAppUpdate } from './update-store'

/** Pages where a reload would interrupt the customer: a repair in progress, the AR scan. */
const BUSY = /^\/(?:repair\/|ar\/?$)/

/**
 * "A new version is ready — Reload", outside a guide only: during a repair the new version waits
 * until the customer is done (it takes over when every tab of the app is closed).
 */
export function UpdateBanner() {
  const ready = useAppUpdate((s) => s.ready)
  const apply = useAppUpdate((s) => s.apply)
  const [location] = useLocation()
  if (!ready || BUSY.test(location)) return null
  return (
    <div className="update-banner" role="status">
      <span>{t('pwa.updateReady')}</span>
      <button type="button" className="button" onClick={apply}>
        {t('pwa.reload')}
      </button>
    </div>
  )
}
