import type { Step } from '../../../server/domain/procedure'
import { t } from '../../i18n/t'

type Bullet = Step['bullets'][number]

const icons: Record<Bullet['kind'], string> = { info: 'i', note: '✎', caution: '!', warning: '⚠' }

/** One typed bullet: icon, colour and word together, so the kind never rests on colour alone. */
export function StepBullet({ bullet }: { bullet: Bullet }) {
  return (
    <li className={`bullet bullet-${bullet.kind}`}>
      <span className="bullet-icon" aria-hidden="true">
        {icons[bullet.kind]}
      </span>
      <span>
        <strong className="bullet-word">{t(`guide.bullet.${bullet.kind}`)}:</strong> {bullet.text}
      </span>
    </li>
  )
}
