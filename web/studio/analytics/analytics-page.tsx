import { useParams } from 'wouter'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ProcedureAnalytics } from './procedure-analytics'

/** `/studio/analytics/:procedureId`: the analytics of one procedure inside the staff frame. */
export function AnalyticsPage() {
  const { procedureId = '' } = useParams<{ procedureId: string }>()
  return (
    <StaffPage title={t('analytics.title')}>
      <ProcedureAnalytics procedureId={procedureId} />
    </StaffPage>
  )
}
