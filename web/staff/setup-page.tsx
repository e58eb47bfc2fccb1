import { type FormEvent, useId, useState } from 'react'
import { useLocation } from 'wouter'
import { ApiError } from '../api/api-error'
import { setUp } from '../api/staff-accounts'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { useDocumentTitle } from '../ui/use-document-title'
import { linkToken } from './link-token'
import { checkPasswords, PasswordFields } from './password-fields'

/** `/setup#token=…`: the first run in the browser; the printed link creates the first admin. */
export function SetupPage() {
  const [, navigate] = useLocation()
  const [token] = useState(linkToken)
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [checks, setChecks] = useState<{ password?: string; confirm?: string }>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const nameId = useId()
  const emailId = useId()
  useDocumentTitle(t('setup.title'))

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (!token) return
    const problems = checkPasswords(password, confirm)
    setChecks(problems)
    if (problems.password || problems.confirm) return
    setBusy(true)
    setError(null)
    try {
      await setUp({ token, name, email, password })
      navigate('/studio', { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <main className="page" id="main">
      <h1>{t('setup.title')}</h1>
      {!token ? (
        <ErrorAlert message={t('setup.noToken')} />
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="lead">{t('setup.lead')}</p>
          {error && <ErrorAlert message={error.message} />}
          <div className="field">
            <label htmlFor={nameId}>{t('setup.name')}</label>
            <input
              id={nameId}
              className="input"
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
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
          <PasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            errors={{ ...checks, password: checks.password ?? fields?.password?.join(' ') }}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('setup.submitting') : t('setup.submit')}
          </button>
        </form>
      )}
    </main>
  )
}
