import { type ReactNode, useState } from 'react'
import { flushSync } from 'react-dom'
import { useLocation } from 'wouter'
import { logout, type StaffUser } from '../api/auth'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useDocumentTitle } from '../ui/use-document-title'
import { useStaff } from './use-staff'

type Props = {
  title: string
  /** The tab's title when it differs from the heading (the console's waiting count). */
  tabTitle?: string
  children: ReactNode | ((user: StaffUser) => ReactNode)
}

/** The frame of a staff page: checks the sign-in first, then shows who is signed in. */
export function StaffPage({ title, tabTitle, children }: Props) {
  const user = useStaff()
  const [leaving, setLeaving] = useState(false)
  const [, navigate] = useLocation()
  useDocumentTitle(tabTitle ?? title)

  if (user.status === 'loading')
    return (
      <main className="page page-wide" id="main">
        <PageStatus label={t('staff.checking')} />
      </main>
    )
  if (user.status === 'error')
    return (
      <main className="page page-wide" id="main">
        <ErrorAlert message={user.error.message} onRetry={user.retry} />
      </main>
    )

  async function signOut() {
    // The page's contents (the agent console's socket, presence reads) go first, so nothing of
    // theirs asks the server after the session has ended (it would answer 401).
    flushSync(() => setLeaving(true))
    await logout().catch(() => undefined)
    navigate('/login')
  }

  return (
    <main className="page page-wide" id="main">
      <header className="row">
        <h1>{title}</h1>
        <span className="muted">
          {t('staff.signedInAs', { name: user.data.name || user.data.email, role: user.data.role })}
        </span>
        <button type="button" className="button" onClick={signOut}>
          {t('staff.signOut')}
        </button>
      </header>
      {leaving ? (
        <PageStatus label={t('staff.signingOut')} />
      ) : typeof children === 'function' ? (
        children(user.data)
      ) : (
        children
      )}
    </main>
  )
}
