import { useId, useState } from 'react'
import type { LinkSent } from '../../../server/domain/staff'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'

type Props = { email: string; sent: LinkSent }

/**
 * Where a new invitation or reset link went: emailed, or shown here for the admin to pass on
 * (with why the mail did not go, if it was tried).
 */
export function LinkNotice({ email, sent }: Props) {
  const id = useId()
  const [copied, setCopied] = useState(false)
  const expires = formatDateTime(sent.expiresAt)
  if (sent.emailed) return <p>{t('people.emailed', { email, expires })}</p>
  const link = sent.link ?? ''
  return (
    <div className="stack">
      {sent.mailError && <p className="field-error">{sent.mailError}</p>}
      <label htmlFor={id}>{t('people.passOn', { email, expires })}</label>
      <div className="row">
        <input
          id={id}
          className="input people-link"
          readOnly
          value={link}
          aria-label={t('people.linkLabel', { email })}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('people.copied') : t('people.copy')}
        </button>
      </div>
    </div>
  )
}
