import type { LabelBaseProblem } from '../../../server/domain/label-url'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'

type Props = {
  /** Why PUBLIC_URL cannot be used; null when it is not set at all. */
  problem: LabelBaseProblem | null
  /** The HTTPS LAN URL the author may choose for a test print, when the server has one. */
  lanUrl: string | null
  onUseLan: () => void
}

const REFUSED: Record<LabelBaseProblem['kind'], MessageKey> = {
  invalid: 'labels.refused.invalid',
  protocol: 'labels.refused.protocol',
  loopback: 'labels.refused.loopback',
  placeholder: 'labels.refused.placeholder',
  path: 'labels.refused.path',
}

/**
 * Why no code is drawn: PUBLIC_URL is missing or points somewhere a phone cannot open, what to set
 * instead, and the LAN address as an explicit choice for a test print.
 */
export function BaseUrlNotice({ problem, lanUrl, onUseLan }: Props) {
  const host = problem && 'host' in problem ? problem.host : ''
  return (
    <div className="alert alert-error label-notice" role="alert">
      <h3>{t(problem ? 'labels.refused.heading' : 'labels.noUrl.heading')}</h3>
      <p>
        {problem ? t(REFUSED[problem.kind], { url: problem.url, host }) : t('labels.noUrl.body')}
      </p>
      <pre className="label-notice-env">
        <code>{t('labels.noUrl.example')}</code>
      </pre>
      {lanUrl && (
        <>
          <p>{t('labels.lan.offer', { url: lanUrl })}</p>
          <div>
            <button type="button" className="button" onClick={onUseLan}>
              {t('labels.lan.use', { url: lanUrl })}
            </button>
          </div>
        </>
      )}
    </div>
  )
}
