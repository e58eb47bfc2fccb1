import { t } from '../i18n/t'
import { StaffPage } from '../staff/staff-page'
import { AgentConsole } from './agent-console'

/** `/agent`: the live help queue and the call with the customer. */
export function AgentPage() {
  return <StaffPage title={t('agent.title')}>{(user) => <AgentConsole user={user} />}</StaffPage>
}
