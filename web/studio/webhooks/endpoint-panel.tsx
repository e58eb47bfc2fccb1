import { useEffect, useId, useRef } from 'react'
import type { WebhookEndpoint } from '../../../server/domain/webhooks'
import { type EndpointInput, updateWebhookEndpoint } from '../../api/webhooks'
import { t } from '../../i18n/t'
import { DeliveryLog } from './delivery-log'
import { EndpointForm } from './endpoint-form'
import { SecretPanel } from './secret-panel'

type Props = {
  endpoint: WebhookEndpoint
  /** The secret just made (shown at once after adding). */
  newSecret: string | null
  onSaved: (e: WebhookEndpoint) => void
  onDelete: () => void
  onClose: () => void
}

/** One endpoint: its settings, its secret and its delivery log, side by side with the list. */
export function EndpointPanel({ endpoint, newSecret, onSaved, onDelete, onClose }: Props) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Opened from the list: focus moves to the panel, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (endpoint.id) heading.current?.focus()
  }, [endpoint.id])
  const save = async (input: EndpointInput) =>
    onSaved(await updateWebhookEndpoint(endpoint.id, input))
  return (
    <section className="stack card" aria-labelledby={`${id}-h`}>
      <div className="row">
        <h2 id={`${id}-h`} className="webhooks-url" ref={heading} tabIndex={-1}>
          {endpoint.url}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('webhooks.close')}
        </button>
      </div>
      <div className="webhooks-columns">
        <EndpointForm
          key={endpoint.id}
          heading={t('webhooks.editHeading')}
          submitLabel={t('webhooks.save')}
          busyLabel={t('webhooks.saving')}
          initial={{
            url: endpoint.url,
            description: endpoint.description,
            events: endpoint.events,
            enabled: endpoint.enabled,
          }}
          onSubmit={save}
        />
        <div className="stack">
          <SecretPanel
            key={endpoint.id}
            endpointId={endpoint.id}
            url={endpoint.url}
            initial={newSecret}
          />
          <div>
            <button type="button" className="button" onClick={onDelete}>
              {t('webhooks.delete')}
            </button>
          </div>
        </div>
      </div>
      <DeliveryLog key={endpoint.id} target={endpoint.id} heading={t('webhooks.logHeading')} />
    </section>
  )
}
