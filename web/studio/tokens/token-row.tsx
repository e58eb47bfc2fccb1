import type { ApiToken } from '../../../server/domain/api-token'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'

type Props = { token: ApiToken; busy: boolean; onRevoke: () => void }

const when = (iso: string | null) => (iso ? formatDateTime(iso) : t('tokens.never'))

/** One token: name, scopes, who made it and when, last use, and revoking it. */
export function TokenRow({ token: k, busy, onRevoke }: Props) {
  return (
    <tr>
      <th scope="row">
        <span className="people-email">{k.name}</span> <code className="muted">{k.prefix}…</code>
      </th>
      <td>
        {k.scopes.map((s) => (
          <code key={s} className="token-scope">
            {s}
          </code>
        ))}
      </td>
      <td>
        {when(k.createdAt)}
        {k.createdBy && <span className="muted"> {t('tokens.by', { email: k.createdBy })}</span>}
      </td>
      <td>{when(k.lastUsedAt)}</td>
      <td>
        {k.revokedAt ? t('tokens.revokedAt', { when: when(k.revokedAt) }) : t('tokens.active')}
      </td>
      <td>
        {!k.revokedAt && (
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-label={t('tokens.revokeFor', { name: k.name })}
            onClick={onRevoke}
          >
            {t('tokens.revoke')}
          </button>
        )}
      </td>
    </tr>
  )
}
