import { type FormEvent, useId, useState } from 'react'
import { useLocation, useSearch } from 'wouter'
import { ApiError } from '../api/api-error'
import { login } from '../api/auth'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { useDocumentTitle } from '../ui/use-document-title'
import { safeNext } from './safe-next'

/** `/login`: staff sign-in; afterwards back to `next`. */
export function LoginPage() {
  const next = safeNext(new URLSearchParams(useSearch()).get('next'))
  const [, navigate] = useLocation()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | Error | null>(null)
  const emailId = useId()
  const passwordId = useId()
  useDocumentTitle(t('login.title'))

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await login(email, password)
      navigate(next, { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <main className="page" id="main">
      <h1>{t('login.title')}</h1>
      <form className="stack" onSubmit={submit} noValidate>
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
        <div className="field">
          <label htmlFor={passwordId}>{t('login.password')}</label>
          <input
            id={passwordId}
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={fields?.password ? true : undefined}
          />
          {fields?.password && <span className="field-error">{fields.password.join(' ')}</span>}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  )
}
