import { ROLES, type StaffRole } from '../../../server/domain/staff'
import { t } from '../../i18n/t'

type Props = {
  id?: string
  label?: string
  value: StaffRole
  disabled?: boolean
  onChange: (role: StaffRole) => void
}

/** A native select of the three roles (keyboard and screen readers get it for free). */
export function RoleSelect({ id, label, value, disabled, onChange }: Props) {
  return (
    <select
      id={id}
      className="input"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(e) => {
        const role = ROLES.find((r) => r === e.target.value)
        if (role) onChange(role)
      }}
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  )
}
