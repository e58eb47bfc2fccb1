import { t } from '../i18n/t'
import { StaffPage } from '../staff/staff-page'

/** `/studio`: authoring and analytics (placeholder until the studio issue). */
export function StudioPage() {
  return (
    <StaffPage title={t('studio.title')}>
      <p className="muted">{t('studio.placeholder')}</p>
    </StaffPage>
  )
}
