import { useState } from 'react'
import { t } from '../i18n/t'
import { StaffPage } from '../staff/staff-page'
import { AgentConsole } from './agent-console'
import { queueTitle } from './queue-title'

/** `/agent`: the live help queue and the call with the customer; the tab counts who is waiting. */
export function AgentPage() {
  const [waiting, setWaiting] = useState(0)
  return (
    <StaffPage title={t('agent.title')} tabTitle={queueTitle(t('agent.title'), waiting)}>
      {(user) => <AgentConsole user={user} onWaiting={setWaiting} />}
    </StaffPage>
  )
}
