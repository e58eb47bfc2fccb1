import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react'
import { CallbackRequestSchema } from '../../../server/domain/callback'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { offeredWindows } from './callback-windows'
import { useHelp } from './help-store'
import { useAskHelp } from './use-ask-help'

type Fields = Record<string, string[]>

/**
 * The callback request: name, phone number or email, a time window and explicit consent, checked
 * here with the server's own schema (every field's problem at once) and again by the server. The
 * repair's context (step, time on it, path, mode) goes with it.
 */
export function CallbackForm() {
  const { where } = useAskHelp()
  const sending = useHelp((s) => s.callbackForm === 'sending')
  const serverError = useHelp((s) => s.callbackError)
  const serverFields = useHelp((s) => s.callbackFields)
  const send = useHelp((s) => s.sendCallback)
  const inQueue = useHelp((s) => s.status === 'waiting')
  const close = useHelp((s) => s.closeCallbackForm)
  const windows = useMemo(() => offeredWindows(), [])
  const [name, setName] = useState('')
  const [phone, setPhone] = useState('')
  const [email, setEmail] = useState('')
  const [windowId, setWindowId] = useState(windows[0]?.id ?? '')
  const [consent, setConsent] = useState(false)
  const [local, setLocal] = useState<Fields>({})
  const id = useId()
  const nameRef = useRef<HTMLInputElement>(null)
  // Opened from a button elsewhere on the page: the form comes into view with the first field.
  useEffect(() => {
    nameRef.current?.focus()
    nameRef.current?.scrollIntoView({ block: 'center' })
  }, [])
  const fields: Fields = { ...serverFields, ...local }

  function submit(e: FormEvent) {
    e.preventDefault()
    const w = windows.find((x) => x.id === windowId)
    const request = {
      ...where(),
      name,
      phone,
      email,
      windowStart: w?.start.toISOString() ?? '',
      windowEnd: w?.end.toISOString() ?? '',
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      consent,
    }
    const checked = CallbackRequestSchema.safeParse(request)
    if (!checked.success) {
      const next: Fields = {}
      for (const issue of checked.error.issues) {
        const key = issue.path.join('.')
        next[key] = [...(next[key] ?? []), issue.message]
      }
      setLocal(next)
      return
    }
    setLocal({})
    void send(request)
  }

  const error = (key: string) =>
    fields[key] ? (
      <span className="field-error" id={`${id}-${key}-error`}>
        {fields[key].join(' ')}
      </span>
    ) : null
  const invalid = (key: string) =>
    fields[key] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${key}-error` } : {}
  const anyInvalid = Object.keys(fields).length > 0

  return (
    <form className="stack callback-form" onSubmit={submit} noValidate aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('help.callback.title')}</h2>
      <p>{t('help.callback.lead')}</p>
      {inQueue && <p className="muted">{t('help.callback.leavesQueue')}</p>}
      {anyInvalid && (
        <p className="field-error" role="alert">
          {t('help.callback.fix')}
        </p>
      )}
      {serverError && !anyInvalid && <ErrorAlert message={serverError} />}
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('help.callback.name')}</label>
        <input
          ref={nameRef}
          id={`${id}-name`}
          className="input"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...invalid('name')}
        />
        {error('name')}
      </div>
      <p className="muted" id={`${id}-contact`}>
        {t('help.callback.contactHint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-phone`}>{t('help.callback.phone')}</label>
        <input
          id={`${id}-phone`}
          className="input"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          {...invalid('phone')}
        />
        {error('phone')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('help.callback.email')}</label>
        <input
          id={`${id}-email`}
          className="input"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          {...invalid('email')}
        />
        {error('email')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-window`}>{t('help.callback.window')}</label>
        <select
          id={`${id}-window`}
          className="input"
          value={windowId}
          onChange={(e) => setWindowId(e.target.value)}
          {...invalid('windowStart')}
        >
          {windows.map((w) => (
            <option key={w.id} value={w.id}>
              {w.label}
            </option>
          ))}
        </select>
        {error('windowStart')}
      </div>
      <div className="field">
        <label className="callback-consent">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => setConsent(e.target.checked)}
            {...invalid('consent')}
          />{' '}
          {t('help.callback.consent')}
        </label>
        {error('consent')}
      </div>
      <div className="row">
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t('help.callback.sending') : t('help.callback.send')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('help.callback.cancel')}
        </button>
      </div>
    </form>
  )
}
