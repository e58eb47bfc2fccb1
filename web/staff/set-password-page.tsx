import { type FormEvent, useCallback, useId, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { ApiError } from '../api/api-error'
import { getLinkInfo, setPasswordFromLink } from '../api/staff-accounts'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { useDocumentTitle } from '../ui/use-document-title'
import { linkToken } from './link-token'
import { checkPasswords, PasswordFields } from './password-fields'

type Info = Awaited<ReturnType<typeof getLinkInfo>>

function PasswordForm({ token, info }: { token: string; info: Info }) {
  const [, navigate] = useLocation()
  const [name, setName] = useState(info.name)
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [checks, setChecks] = useState<{ password?: string; confirm?: string }>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const nameId = useId()
  const invite = info.kind === 'invite'

  async function submit(e: FormEvent) {
    e.preventDefault()
    const problems = checkPasswords(password, confirm)
    setChecks(problems)
    if (problems.password || problems.confirm) return
    setBusy(true)
    setError(null)
    try {
      const user = await setPasswordFromLink({
        token,
        password,
        ...(invite && name.trim() ? { name: name.trim() } : {}),
      })
      navigate(user.role === 'agent' ? '/agent' : '/studio', { replace: true })
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="lead">
        {t(invite ? 'link.inviteLead' : 'link.resetLead', { email: info.email })}
      </p>
      {error && <ErrorAlert message={error.message} />}
      {invite && (
        <div className="field">
          <label htmlFor={nameId}>{t('link.name')}</label>
          <input
            id={nameId}
            className="input"
            autoComplete="name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      )}
      {/* For password managers: the account this password belongs to. */}
      <input type="email" hidden readOnly autoComplete="username" value={info.email} />
      <PasswordFields
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        errors={{ ...checks, password: checks.password ?? fields?.password?.join(' ') }}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('link.submitting') : t('link.submit')}
      </button>
    </form>
  )
}

/**
 * `/welcome#token=…` (an invitation) and `/reset#token=…` (a password reset): choose a password,
 * then signed in.
 */
export function SetPasswordPage() {
  const [token] = useState(linkToken)
  const load = useCallback(
    () => (token ? getLinkInfo(token) : Promise.reject(new Error(t('link.noToken')))),
    [token],
  )
  const info = useAsync(load)
  const title =
    info.status === 'ok' && info.data.kind === 'reset'
      ? t('link.resetTitle')
      : t('link.inviteTitle')
  useDocumentTitle(title)
  return (
    <main className="page" id="main">
      <h1>{title}</h1>
      {info.status === 'loading' && <PageStatus label={t('link.checking')} />}
      {info.status === 'error' && (
        <ErrorAlert message={info.error.message}>
          <Link href="/login">{t('link.toSignIn')}</Link>
        </ErrorAlert>
      )}
      {info.status === 'ok' && token && <PasswordForm token={token} info={info.data} />}
    </main>
  )
}
