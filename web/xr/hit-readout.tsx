import { t } from '../i18n/t'
import type { Vec3 } from './hit-probe'

type Props = { inSession: boolean; mode: XRSessionMode | null; hit: Vec3 | null }

/** The AR check's result in words: the session mode and where the first hit landed, in metres. */
export function HitReadout({ inSession, mode, hit }: Props) {
  return (
    <div className="overlay-card" role="status">
      {inSession && <p data-testid="xr-mode">{mode}</p>}
      {hit ? (
        <p>
          {t('xr.hit')} <span data-testid="hit">{hit.map((n) => n.toFixed(3)).join(', ')}</span>
        </p>
      ) : (
        inSession && <p>{t('xr.inSession')}</p>
      )}
    </div>
  )
}
