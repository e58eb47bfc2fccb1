import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../../i18n/t'

type Props = { name: string; secret: string; onDone: () => void }

/** The new token's secret, shown this once, with a copy button; focus lands on it. */
export function SecretNotice({ name, secret, onDone }: Props) {
  const id = useId()
  const [copied, setCopied] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])
  return (
    <section className="stack card alert alert-notice" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tokens.secretHeading', { name })}</h2>
      <p>{t('tokens.secretHint')}</p>
      <div className="row">
        <input
          ref={input}
          className="input people-link"
          readOnly
          value={secret}
          aria-label={t('tokens.secretLabel', { name })}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('tokens.copied') : t('tokens.copy')}
        </button>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t('tokens.done')}
        </button>
      </div>
    </section>
  )
}
