import type { People } from '../../../server/domain/staff'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'

/** The open sign-ins, most recently seen first: who, how, when, from where. */
export function SignInList({ signIns }: { signIns: People['signIns'] }) {
  return (
    <section className="stack" aria-labelledby="people-sign-ins">
      <h2 id="people-sign-ins">{t('people.signIns')}</h2>
      {signIns.length === 0 ? (
        <p className="muted">{t('people.noSignIns')}</p>
      ) : (
        <div className="people-table-wrap">
          <table className="people-table">
            <thead>
              <tr>
                <th scope="col">{t('people.email')}</th>
                <th scope="col">{t('people.method')}</th>
                <th scope="col">{t('people.signedInAt')}</th>
                <th scope="col">{t('people.lastSeen')}</th>
                <th scope="col">{t('people.from')}</th>
              </tr>
            </thead>
            <tbody>
              {signIns.map((s) => (
                <tr key={`${s.userId}-${s.createdAt}`}>
                  <th scope="row">{s.email}</th>
                  <td>{t(`people.method.${s.method}`)}</td>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{formatDateTime(s.lastSeenAt)}</td>
                  <td title={s.userAgent}>{s.ip}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
