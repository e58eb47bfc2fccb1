import type { ReactNode } from 'react'
import { t } from '../i18n/t'

type Props = { message: string; onRetry?: () => void; children?: ReactNode }

/** What went wrong and what to do next; announced to screen readers as it appears. */
export function ErrorAlert({ message, onRetry, children }: Props) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{message}</p>
      {children}
      {onRetry && (
        <div>
          <button type="button" className="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      )}
    </div>
  )
}
