import { type FormEvent, useId, useState } from 'react'
import { SCOPE_LABELS, SCOPES, type Scope } from '../../../server/domain/api-token'
import { ApiError } from '../../api/api-error'
import { createApiToken } from '../../api/api-tokens'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'

type Props = { onCreated: (result: Awaited<ReturnType<typeof createApiToken>>) => void }

/** Names a new token and picks its scopes; what was typed stays when the server says no. */
export function TokenForm({ onCreated }: Props) {
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<Scope[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const id = useId()

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const result = await createApiToken({ name, scopes })
      setName('')
      setScopes([])
      onCreated(result)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (s: Scope, on: boolean) =>
    setScopes((prev) => (on ? [...prev, s] : prev.filter((x) => x !== s)))
  const fields = error instanceof ApiError ? error.fields : undefined
  const scopeErrors = Object.entries(fields ?? {})
    .filter(([k]) => k === 'scopes' || k.startsWith('scopes.'))
    .flatMap(([, v]) => v)
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('tokens.createHeading')}</h2>
      {error && <ErrorAlert message={error.message} />}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('tokens.name')}</label>
        <input
          id={`${id}-name`}
          className="input"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={`${id}-name-hint`}
          aria-invalid={fields?.name ? true : undefined}
        />
        <span id={`${id}-name-hint`} className="muted">
          {t('tokens.nameHint')}
        </span>
        {fields?.name && <span className="field-error">{fields.name.join(' ')}</span>}
      </div>
      <fieldset className="stack" aria-invalid={scopeErrors.length > 0 ? true : undefined}>
        <legend>{t('tokens.scopesLegend')}</legend>
        {SCOPES.map((s) => (
          <label key={s} className="row">
            <input
              type="checkbox"
              checked={scopes.includes(s)}
              onChange={(e) => toggle(s, e.target.checked)}
            />
            <span>
              <code>{s}</code> <span className="muted">{SCOPE_LABELS[s]}</span>
            </span>
          </label>
        ))}
        {scopeErrors.length > 0 && <span className="field-error">{scopeErrors.join(' ')}</span>}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('tokens.creating') : t('tokens.create')}
      </button>
    </form>
  )
}
