import './people.css'
import { useCallback, useState } from 'react'
import { Link } from 'wouter'
import type {
  LinkSent,
  People as PeopleData,
  StaffMember,
  StaffRole,
} from '../../../server/domain/staff'
import type { StaffUser } from '../../api/auth'
import { getPeople, sendMemberLink, updateMember } from '../../api/staff-accounts'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { isApiError, useAsync } from '../../ui/use-async'
import { InviteForm } from './invite-form'
import { LinkNotice } from './link-notice'
import { MemberRow } from './member-row'
import { SignInList } from './sign-in-list'

type Notice = { kind: 'saved'; text: string } | { kind: 'link'; email: string; sent: LinkSent }

function People({ me }: { me: StaffUser }) {
  const load = useCallback(() => getPeople(), [])
  const people = useAsync(load)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [error, setError] = useState<Error | null>(null)
  // After a change the list is read again in place, so the table (and the focus in it) stays.
  const [fresh, setFresh] = useState<PeopleData | null>(null)
  const refresh = () =>
    getPeople().then(setFresh, (err: unknown) =>
      setError(err instanceof Error ? err : new Error(String(err))),
    )

  if (people.status === 'loading') return <PageStatus label={t('people.loading')} />
  if (people.status === 'error')
    return isApiError(people.error, 403) ? (
      <ErrorAlert message={t('people.adminsOnly')} />
    ) : (
      <ErrorAlert message={people.error.message} onRetry={people.retry} />
    )

  async function act(m: StaffMember, run: () => Promise<Notice | null>) {
    setBusyId(m.id)
    setError(null)
    setNotice(null)
    try {
      setNotice(await run())
      await refresh()
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusyId(null)
    }
  }

  const setRole = (m: StaffMember, role: StaffRole) =>
    act(m, async () => {
      await updateMember(m.id, { role })
      return { kind: 'saved', text: t('people.saved', { email: m.email, what: t(`role.${role}`) }) }
    })
  const setActive = (m: StaffMember, active: boolean) => {
    if (!active && !window.confirm(t('people.confirmDeactivate', { email: m.email }))) return
    return act(m, async () => {
      await updateMember(m.id, { active })
      const what = active ? t('people.active') : t('people.inactive')
      return { kind: 'saved', text: t('people.saved', { email: m.email, what }) }
    })
  }
  const sendLink = (m: StaffMember) =>
    act(m, async () => ({ kind: 'link', email: m.email, sent: (await sendMemberLink(m.id)).sent }))

  const { users, signIns, mail } = fresh ?? people.data
  return (
    <div className="stack">
      {!mail && <p className="alert alert-notice">{t('people.mailOff')}</p>}
      <div role="status" aria-live="polite">
        {notice?.kind === 'saved' && <p>{notice.text}</p>}
        {notice?.kind === 'link' && <LinkNotice email={notice.email} sent={notice.sent} />}
      </div>
      {error && <ErrorAlert message={error.message} />}
      <div className="people-columns">
        <section className="stack" aria-labelledby="people-members">
          <h2 id="people-members">{t('people.members')}</h2>
          <div className="people-table-wrap">
            <table className="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('people.email')}</th>
                  <th scope="col">{t('people.role')}</th>
                  <th scope="col">{t('people.status')}</th>
                  <th scope="col">{t('people.lastSeen')}</th>
                  <th scope="col">{t('people.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((m) => (
                  <MemberRow
                    key={m.id}
                    member={m}
                    isMe={m.id === me.id}
                    busy={busyId === m.id}
                    onRole={(role) => void setRole(m, role)}
                    onActive={(active) => void setActive(m, active)}
                    onLink={() => void sendLink(m)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <InviteForm
          onInvited={({ user, sent }) => {
            setNotice({ kind: 'link', email: user.email, sent })
            void refresh()
          }}
        />
      </div>
      <SignInList signIns={signIns} />
    </div>
  )
}

/** `/studio/people`: staff management for admins (invite, roles, deactivate, reset links). */
export function PeoplePage() {
  return (
    <StaffPage title={t('people.title')}>
      {(me) => (
        <>
          <Link href="/studio">{t('people.back')}</Link>
          <People me={me} />
        </>
      )}
    </StaffPage>
  )
}
