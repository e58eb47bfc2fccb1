import { useId } from 'react'
import type { MediaRegion } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'

type Props = { n: number; region: MediaRegion | undefined; onChange: (r: MediaRegion) => void }

const FIELDS = ['x', 'y', 'w', 'h'] as const
const START: MediaRegion = { x: 0.25, y: 0.25, w: 0.5, h: 0.5 }

/** Keeps a region inside the photo: position first, then the size that still fits. */
function insidePhoto(r: MediaRegion): MediaRegion {
  const x = Math.min(Math.max(r.x, 0), 0.99)
  const y = Math.min(Math.max(r.y, 0), 0.99)
  return { x, y, w: Math.min(Math.max(r.w, 0.01), 1 - x), h: Math.min(Math.max(r.h, 0.01), 1 - y) }
}

/** The marked region in numbers (percent of the photo), for the keyboard and for precision. */
export function RegionFields({ n, region, onChange }: Props) {
  const id = useId()
  return (
    <details className="media-region-fields">
      <summary>{t('media.regionNumbers', { n })}</summary>
      <div className="editor-grid">
        {FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`${id}-${f}`}>{t(`media.region.${f}`)}</label>
            <input
              id={`${id}-${f}`}
              className="input"
              type="number"
              min={0}
              max={100}
              step={1}
              value={region ? Math.round(region[f] * 100) : ''}
              onChange={(e) => {
                const v = Number(e.target.value)
                if (e.target.value === '' || !Number.isFinite(v)) return
                onChange(insidePhoto({ ...(region ?? START), [f]: v / 100 }))
              }}
            />
          </div>
        ))}
      </div>
    </details>
  )
}
