import { type FormEvent, useId, useState } from 'react'
import { ApiError } from '../../api/api-error'
import { inviteMember, type StaffRole } from '../../api/staff-accounts'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { RoleSelect } from './role-select'

type Props = { onInvited: (result: Awaited<ReturnType<typeof inviteMember>>) => void }

/** Invites someone by email with a role; the fields stay as typed when the server says no. */
export function InviteForm({ onInvited }: Props) {
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState<StaffRole>('author')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const id = useId()

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const result = await inviteMember({ email, name, role })
      setEmail('')
      setName('')
      onInvited(result)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('people.inviteHeading')}</h2>
      {error && <ErrorAlert message={error.message} />}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('people.email')}</label>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fields?.email ? true : undefined}
        />
        {fields?.email && <span className="field-error">{fields.email.join(' ')}</span>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('people.name')}</label>
        <input
          id={`${id}-name`}
          className="input"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('people.role')}</label>
        <RoleSelect id={`${id}-role`} value={role} onChange={setRole} />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('people.inviting') : t('people.invite')}
      </button>
    </form>
  )
}
