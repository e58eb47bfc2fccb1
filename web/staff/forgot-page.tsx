import { type FormEvent, useId, useState } from 'react'
import { Link } from 'wouter'
import { ApiError } from '../api/api-error'
import { forgotPassword } from '../api/staff-accounts'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { useDocumentTitle } from '../ui/use-document-title'

/** `/forgot`: asks for a password reset link by email. */
export function ForgotPage() {
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const [result, setResult] = useState<{ kind: 'sent' | 'no_mail'; email: string } | null>(null)
  const emailId = useId()
  useDocumentTitle(t('forgot.title'))

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      setResult({ kind: await forgotPassword(email), email })
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <main className="page" id="main">
      <h1>{t('forgot.title')}</h1>
      {result ? (
        <div className="stack">
          <p role="status">
            {result.kind === 'sent'
              ? t('forgot.sent', { email: result.email })
              : t('forgot.noMail')}
          </p>
          <Link href="/login">{t('forgot.back')}</Link>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="lead">{t('forgot.lead')}</p>
          {error && <ErrorAlert message={error.message} />}
          <div className="field">
            <label htmlFor={emailId}>{t('login.email')}</label>
            <input
              id={emailId}
              className="input"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={fields?.email ? true : undefined}
            />
            {fields?.email && <span className="field-error">{fields.email.join(' ')}</span>}
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('forgot.submitting') : t('forgot.submit')}
          </button>
          <Link href="/login">{t('forgot.back')}</Link>
        </form>
      )}
    </main>
  )
}
