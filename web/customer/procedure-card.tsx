import { useId, useState } from 'react'
import { useLocation } from 'wouter'
import type { ProcedureSummary } from '../api/products'
import { saveSessionToken } from '../api/session-token'
import { getSession, startSession } from '../api/sessions'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { detectDeviceMode } from '../xr/device-mode'
import { preloadGuide } from './guide-chunks'

type Props = { procedure: ProcedureSummary; serial: string | undefined }

/** One repair guide: what it fixes, how hard, how long, with what; Start opens a repair session. */
export function ProcedureCard({ procedure, serial }: Props) {
  const [, navigate] = useLocation()
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const titleId = useId()

  async function start() {
    setStarting(true)
    setError(null)
    try {
      const mode = await detectDeviceMode()
      const starting = startSession({
        procedureId: procedure.id,
        mode,
        ...(serial ? { serial } : {}),
      })
      // After the session request, so that it is not queued behind the guide's code; the route
      // changes once both are in, so the repair screen shows without a loading flash.
      const [session] = await Promise.all([
        starting.then((s) => {
          // The guide's first request, sent while the code still downloads.
          getSession(s.id, s.token).catch(() => {})
          return s
        }),
        preloadGuide(mode),
      ])
      saveSessionToken(session.id, session.token)
      navigate(`/repair/${session.id}`)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setStarting(false)
    }
  }

  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId} lang={procedure.language}>
        {procedure.title}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('product.symptom')}</dt>
          <dd lang={procedure.language}>{procedure.symptom}</dd>
        </div>
        <div>
          <dt>{t('product.difficulty')}</dt>
          <dd>{t(`difficulty.${procedure.difficulty}`)}</dd>
        </div>
        <div>
          <dt>{t('product.time')}</dt>
          <dd>{t('product.minutes', { minutes: procedure.minutes })}</dd>
        </div>
        <div>
          <dt>{t('product.tools')}</dt>
          <dd lang={procedure.tools.length > 0 ? procedure.language : undefined}>
            {procedure.tools.length > 0 ? procedure.tools.join(', ') : t('product.noTools')}
          </dd>
        </div>
        {procedure.parts.length > 0 && (
          <div>
            <dt>{t('product.parts')}</dt>
            <dd lang={procedure.language}>{procedure.parts.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('product.steps')}</dt>
          <dd>{procedure.steps}</dd>
        </div>
      </dl>
      {error && <ErrorAlert message={error} />}
      <button
        type="button"
        className="button button-primary button-block"
        onClick={start}
        disabled={starting}
        aria-describedby={titleId}
      >
        {starting ? t('product.starting') : t('product.start')}
      </button>
    </article>
  )
}
