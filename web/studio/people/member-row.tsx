import { useState } from 'react'
import type { StaffMember, StaffRole } from '../../../server/domain/staff'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'
import { RoleSelect } from './role-select'

type Props = {
  member: StaffMember
  isMe: boolean
  busy: boolean
  onRole: (role: StaffRole) => void
  onActive: (active: boolean) => void
  onLink: () => void
}

function statusText(m: StaffMember) {
  if (!m.active) return t('people.inactive')
  if (m.pending) return t('people.pending')
  return m.sso ? `${t('people.active')} · ${t('people.viaSso')}` : t('people.active')
}

/** One staff member: role, status, last seen, and what an admin can do about them. */
export function MemberRow({ member: m, isMe, busy, onRole, onActive, onLink }: Props) {
  const [role, setRole] = useState<StaffRole>(m.role)
  return (
    <tr>
      <th scope="row">
        <span className="people-email">{m.email}</span>
        {m.name && <span className="muted"> {m.name}</span>}
        {isMe && <span className="muted"> {t('people.you')}</span>}
      </th>
      <td>
        {/* Chosen first, saved with the button: arrowing through the list saves nothing. */}
        <div className="row">
          <RoleSelect
            label={t('people.roleFor', { email: m.email })}
            value={role}
            disabled={busy}
            onChange={setRole}
          />
          {role !== m.role && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              aria-label={t('people.saveRoleFor', { email: m.email })}
              onClick={() => onRole(role)}
            >
              {t('people.saveRole')}
            </button>
          )}
        </div>
      </td>
      <td>{statusText(m)}</td>
      <td>{m.lastSeenAt ? formatDateTime(m.lastSeenAt) : t('people.never')}</td>
      <td>
        <div className="row">
          {m.active && (
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t(m.pending ? 'people.resendInviteFor' : 'people.resetFor', {
                email: m.email,
              })}
              onClick={onLink}
            >
              {t(m.pending ? 'people.resendInvite' : 'people.reset')}
            </button>
          )}
          {!isMe && (
            <button
              type="button"
              className="button"
              disabled={busy}
              aria-label={t(m.active ? 'people.deactivateFor' : 'people.reactivateFor', {
                email: m.email,
              })}
              onClick={() => onActive(!m.active)}
            >
              {t(m.active ? 'people.deactivate' : 'people.reactivate')}
            </button>
          )}
        </div>
      </td>
    </tr>
  )
}
