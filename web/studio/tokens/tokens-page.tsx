import '../people/people.css'
import { useCallback, useState } from 'react'
import { Link } from 'wouter'
import type { ApiToken } from '../../../server/domain/api-token'
import { listApiTokens, revokeApiToken } from '../../api/api-tokens'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { isApiError, useAsync } from '../../ui/use-async'
import { SecretNotice } from './secret-notice'
import { TokenForm } from './token-form'
import { TokenRow } from './token-row'

function Tokens() {
  const load = useCallback(() => listApiTokens(), [])
  const tokens = useAsync(load)
  const [fresh, setFresh] = useState<ApiToken[] | null>(null)
  const [shown, setShown] = useState<{ name: string; secret: string } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const fail = (err: unknown) => setError(err instanceof Error ? err : new Error(String(err)))
  const refresh = () => listApiTokens().then(setFresh, fail)

  if (tokens.status === 'loading') return <PageStatus label={t('tokens.loading')} />
  if (tokens.status === 'error')
    return isApiError(tokens.error, 403) ? (
      <ErrorAlert message={t('tokens.adminsOnly')} />
    ) : (
      <ErrorAlert message={tokens.error.message} onRetry={tokens.retry} />
    )

  async function revoke(k: ApiToken) {
    if (!window.confirm(t('tokens.confirmRevoke', { name: k.name }))) return
    setBusyId(k.id)
    setError(null)
    setNotice(null)
    try {
      await revokeApiToken(k.id)
      setNotice(t('tokens.revoked', { name: k.name }))
      await refresh()
    } catch (err) {
      fail(err)
    } finally {
      setBusyId(null)
    }
  }

  const list = fresh ?? tokens.data
  return (
    <div className="stack">
      <p>
        {t('tokens.lead')} <a href="/api/docs">{t('tokens.docs')}</a>
      </p>
      <div role="status" aria-live="polite">
        {notice && <p>{notice}</p>}
      </div>
      {shown && (
        <SecretNotice name={shown.name} secret={shown.secret} onDone={() => setShown(null)} />
      )}
      {error && <ErrorAlert message={error.message} />}
      <div className="people-columns">
        <section className="stack" aria-labelledby="tokens-list">
          <h2 id="tokens-list">{t('tokens.listHeading')}</h2>
          {list.length === 0 ? (
            <p className="muted">{t('tokens.none')}</p>
          ) : (
            <div className="people-table-wrap">
              <table className="people-table">
                <thead>
                  <tr>
                    <th scope="col">{t('tokens.name')}</th>
                    <th scope="col">{t('tokens.scopes')}</th>
                    <th scope="col">{t('tokens.created')}</th>
                    <th scope="col">{t('tokens.lastUsed')}</th>
                    <th scope="col">{t('tokens.status')}</th>
                    <th scope="col">{t('tokens.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((k) => (
                    <TokenRow
                      key={k.id}
                      token={k}
                      busy={busyId === k.id}
                      onRevoke={() => void revoke(k)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <TokenForm
          onCreated={({ token, secret }) => {
            setShown({ name: token.name, secret })
            setNotice(null)
            void refresh()
          }}
        />
      </div>
    </div>
  )
}

/** `/studio/tokens`: API tokens for integrations (admins): create with scopes, see use, revoke. */
export function TokensPage() {
  return (
    <StaffPage title={t('tokens.title')}>
      {() => (
        <>
          <Link href="/studio">{t('tokens.back')}</Link>
          <Tokens />
        </>
      )}
    </StaffPage>
  )
}
