import { useId } from 'react'
import { t } from '../i18n/t'

type Props = {
  password: string
  confirm: string
  onPassword: (v: string) => void
  onConfirm: (v: string) => void
  /** Problems to show: from the form's own check or the server's field errors. */
  errors: { password?: string; confirm?: string }
}

/** A new password typed twice, with the rule stated up front and each problem beside its field. */
export function PasswordFields({ password, confirm, onPassword, onConfirm, errors }: Props) {
  const id = useId()
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-pw`}>{t('password.new')}</label>
        <input
          id={`${id}-pw`}
          className="input"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          value={password}
          onChange={(e) => onPassword(e.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={`${id}-pw-hint${errors.password ? ` ${id}-pw-error` : ''}`}
        />
        <span id={`${id}-pw-hint`} className="muted">
          {t('password.hint')}
        </span>
        {errors.password && (
          <span id={`${id}-pw-error`} className="field-error">
            {errors.password}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('password.confirm')}</label>
        <input
          id={`${id}-confirm`}
          className="input"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => onConfirm(e.target.value)}
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
        />
        {errors.confirm && (
          <span id={`${id}-confirm-error`} className="field-error">
            {errors.confirm}
          </span>
        )}
      </div>
    </>
  )
}

/** The form's own check before sending: the rule and the match. */
export function checkPasswords(password: string, confirm: string) {
  const errors: { password?: string; confirm?: string } = {}
  if (password.length < 10) errors.password = t('password.tooShort')
  if (password !== confirm) errors.confirm = t('password.mismatch')
  return errors
}
