import './webhooks.css'
import { useCallback, useState } from 'react'
import { Link } from 'wouter'
import type { WebhookEndpoint } from '../../../server/domain/webhooks'
import { addWebhookEndpoint, deleteWebhookEndpoint, listWebhookEndpoints } from '../../api/webhooks'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { isApiError, useAsync } from '../../ui/use-async'
import { DeliveryLog } from './delivery-log'
import { EndpointForm } from './endpoint-form'
import { EndpointPanel } from './endpoint-panel'

function Webhooks() {
  const load = useCallback(() => listWebhookEndpoints(), [])
  const list = useAsync(load)
  const [openId, setOpenId] = useState<string | null>(null)
  const [newSecret, setNewSecret] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)

  if (list.status === 'loading') return <PageStatus label={t('webhooks.loading')} />
  if (list.status === 'error')
    return isApiError(list.error, 403) ? (
      <ErrorAlert message={t('webhooks.adminsOnly')} />
    ) : (
      <ErrorAlert message={list.error.message} onRetry={list.retry} />
    )

  const { endpoints, salesforce } = list.data
  const open = endpoints.find((e) => e.id === openId) ?? null
  const choose = (e: WebhookEndpoint | null, secret: string | null = null) => {
    setOpenId(e?.id ?? null)
    setNewSecret(secret)
  }
  async function remove(e: WebhookEndpoint) {
    if (!window.confirm(t('webhooks.confirmDelete', { url: e.url }))) return
    setError(null)
    try {
      await deleteWebhookEndpoint(e.id)
      choose(null)
      setNotice(t('webhooks.deleted', { url: e.url }))
      list.retry()
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    }
  }

  return (
    <div className="stack">
      <p>{t('webhooks.intro')}</p>
      <div role="status" aria-live="polite">
        {notice && <p>{notice}</p>}
      </div>
      {error && <ErrorAlert message={error.message} />}
      <div className="webhooks-columns">
        <section className="stack" aria-labelledby="webhooks-endpoints">
          <h2 id="webhooks-endpoints">{t('webhooks.endpoints')}</h2>
          {endpoints.length === 0 ? (
            <p className="muted">{t('webhooks.none')}</p>
          ) : (
            <div className="webhooks-table-wrap">
              <table className="webhooks-table">
                <thead>
                  <tr>
                    <th scope="col">{t('webhooks.url')}</th>
                    <th scope="col">{t('webhooks.events')}</th>
                    <th scope="col">{t('webhooks.status')}</th>
                    <th scope="col">{t('webhooks.queue')}</th>
                    <th scope="col">{t('webhooks.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {endpoints.map((e) => (
                    <tr key={e.id} aria-current={e.id === openId ? 'true' : undefined}>
                      <th scope="row">
                        <span className="webhooks-url">{e.url}</span>
                        {e.description && <span className="muted"> {e.description}</span>}
                      </th>
                      <td>{e.events.length ? e.events.join(', ') : t('webhooks.allEvents')}</td>
                      <td>{e.enabled ? t('webhooks.on') : t('webhooks.off')}</td>
                      <td>
                        {e.pending} · {e.failed}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('webhooks.openFor', { url: e.url })}
                          aria-expanded={e.id === openId}
                          onClick={() => choose(e.id === openId ? null : e)}
                        >
                          {t('webhooks.open')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <EndpointForm
          heading={t('webhooks.addHeading')}
          submitLabel={t('webhooks.add')}
          busyLabel={t('webhooks.adding')}
          resetOnSave
          onSubmit={async (input) => {
            const created = await addWebhookEndpoint(input)
            setNotice(t('webhooks.added', { url: created.endpoint.url }))
            choose(created.endpoint, created.secret)
            list.retry()
          }}
        />
      </div>
      {open && (
        <EndpointPanel
          endpoint={open}
          newSecret={newSecret}
          onSaved={(e) => {
            setNotice(t('webhooks.saved', { url: e.url }))
            list.retry()
          }}
          onDelete={() => void remove(open)}
          onClose={() => choose(null)}
        />
      )}
      {salesforce && (
        <section className="stack card" aria-labelledby="webhooks-salesforce">
          <h2 id="webhooks-salesforce">{t('webhooks.salesforceHeading')}</h2>
          <p>{t('webhooks.salesforceIntro')}</p>
          <DeliveryLog target="salesforce" heading={t('webhooks.logHeading')} />
        </section>
      )}
    </div>
  )
}

/** `/studio/webhooks`: endpoints, secrets and delivery logs, for administrators. */
export function WebhooksPage() {
  return (
    <StaffPage title={t('webhooks.title')}>
      <Link href="/studio">{t('webhooks.back')}</Link>
      <Webhooks />
    </StaffPage>
  )
}
