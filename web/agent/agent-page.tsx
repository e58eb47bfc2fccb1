import { t } from '../i18n/t'
import { StaffPage } from '../staff/staff-page'

/** `/agent`: the agent console (placeholder until the escalation issue). */
export function AgentPage() {
  return (
    <StaffPage title={t('agent.title')}>
      <p className="muted">{t('agent.placeholder')}</p>
    </StaffPage>
  )
}
