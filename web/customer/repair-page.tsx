import { useCallback } from 'react'
import { Link, useParams } from 'wouter'
import { ApiError } from '../api/api-error'
import { readSessionToken } from '../api/session-token'
import { getSession } from '../api/sessions'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { useDocumentTitle } from '../ui/use-document-title'

/** `/repair/:session`: the guide. For now the procedure, the current step and the list of steps. */
export function RepairPage() {
  const { session: id = '' } = useParams<{ session: string }>()
  const load = useCallback(() => {
    const token = readSessionToken(id)
    if (!token) return Promise.reject(new ApiError(401, 'no_token', t('repair.noToken')))
    return getSession(id, token)
  }, [id])
  const session = useAsync(load)
  const procedure = session.status === 'ok' ? session.data.procedure : null
  useDocumentTitle(procedure?.title)

  if (session.status === 'loading')
    return (
      <main className="page" id="main">
        <PageStatus label={t('repair.loading')} />
      </main>
    )
  if (session.status === 'error' || !procedure)
    return (
      <main className="page" id="main">
        <ErrorAlert
          message={session.status === 'error' ? session.error.message : t('repair.noProcedure')}
        >
          <div>
            <Link href="/">{t('app.home')}</Link>
          </div>
        </ErrorAlert>
      </main>
    )

  const current =
    procedure.steps.find((s) => s.id === session.data.currentStepId) ?? procedure.steps[0]
  return (
    <main className="page" id="main">
      <header className="stack">
        <h1>{procedure.title}</h1>
        <p className="muted">{t('repair.version', { version: session.data.version })}</p>
      </header>
      {current && (
        <section className="card" aria-labelledby="current-step-title">
          <p className="muted">{t('repair.currentStep')}</p>
          <h2 id="current-step-title">{current.title}</h2>
          {current.body && <p>{current.body}</p>}
        </section>
      )}
      <section className="stack" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('repair.stepsHeading')}</h2>
        <ol className="steps">
          {procedure.steps.map((s) => (
            <li key={s.id} aria-current={s.id === current?.id ? 'step' : undefined}>
              {s.title}
            </li>
          ))}
        </ol>
      </section>
    </main>
  )
}
