import { type FormEvent, useCallback, useId, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { ApiError } from '../api/api-error'
import { login } from '../api/auth'
import { getAuthOptions } from '../api/staff-accounts'
import type { MessageKey } from '../i18n/en'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { useAsync } from '../ui/use-async'
import { useDocumentTitle } from '../ui/use-document-title'
import { safeNext } from './safe-next'

const SSO_ERRORS: Record<string, MessageKey> = {
  failed: 'login.sso.failed',
  expired: 'login.sso.expired',
  unavailable: 'login.sso.unavailable',
  no_role: 'login.sso.no_role',
  no_email: 'login.sso.no_email',
  inactive: 'login.sso.inactive',
}

/**
 * `/login`: staff sign-in; afterwards back to `next`. Says what to do when no account exists yet,
 * and offers single sign-on when the server has it.
 */
export function LoginPage() {
  const search = new URLSearchParams(useSearch())
  const next = safeNext(search.get('next'))
  const ssoError = SSO_ERRORS[search.get('sso') ?? '']
  const loadOptions = useCallback(() => getAuthOptions(), [])
  const options = useAsync(loadOptions)
  const opts = options.status === 'ok' ? options.data : null
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
      {opts?.setupNeeded && (
        <section className="alert alert-notice stack" aria-labelledby={`${emailId}-setup`}>
          <h2 id={`${emailId}-setup`}>{t('login.setupTitle')}</h2>
          <p>{t('login.setupBody')}</p>
          <p className="muted">{t('login.setupScripted')}</p>
        </section>
      )}
      {ssoError && <ErrorAlert message={t(ssoError)} />}
      {opts?.sso && (
        <div className="stack">
          <a
            className="button button-primary button-block"
            href={`/api/auth/sso/start?next=${encodeURIComponent(next)}`}
          >
            {t('login.sso', { name: opts.sso.name })}
          </a>
          <p className="muted">{t('login.or')}</p>
        </div>
      )}
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
        <button
          type="submit"
          className={opts?.sso ? 'button' : 'button button-primary'}
          disabled={busy}
        >
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
        <Link href="/forgot">{t('login.forgot')}</Link>
      </form>
    </main>
  )
}
