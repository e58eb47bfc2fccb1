import { type PointerEvent, useRef, useState } from 'react'
import type { MediaRegion } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'
import { StepPicture } from '../../ui/step-picture'
import type { EditableMedia } from './draft-doc'
import { RegionFields } from './region-fields'

type Props = {
  n: number
  image: EditableMedia & { id: string; widths: number[]; formats: ('avif' | 'webp' | 'jpeg')[] }
  width: number
  height: number
  onChange: (region: MediaRegion | undefined) => void
}

const clamp = (v: number) => Math.min(1, Math.max(0, v))
const pct = (v: number) => Math.round(v * 100)

/**
 * The photo with its marked region: drag on it to draw a rectangle (kept in 0..1 of the photo, so
 * it fits every width served), Clear to remove it. The region is also said in words.
 */
export function RegionPicker({ n, image, width, height, onChange }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const start = useRef<[number, number] | null>(null)
  const [drawing, setDrawing] = useState<MediaRegion | null>(null)
  const at = (e: PointerEvent): [number, number] => {
    const r = box.current?.getBoundingClientRect()
    if (!r || r.width === 0 || r.height === 0) return [0, 0]
    return [clamp((e.clientX - r.left) / r.width), clamp((e.clientY - r.top) / r.height)]
  }
  const rect = (a: [number, number], b: [number, number]): MediaRegion => ({
    x: Math.min(a[0], b[0]),
    y: Math.min(a[1], b[1]),
    w: Math.abs(a[0] - b[0]),
    h: Math.abs(a[1] - b[1]),
  })
  const region = drawing ?? image.region
  return (
    <div className="stack media-region">
      <div
        ref={box}
        className="media-region-surface"
        role="img"
        aria-label={t('media.regionCanvas', { n })}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId)
          start.current = at(e)
          setDrawing(rect(start.current, start.current))
        }}
        onPointerMove={(e) => {
          if (start.current) setDrawing(rect(start.current, at(e)))
        }}
        onPointerUp={(e) => {
          const from = start.current
          start.current = null
          setDrawing(null)
          if (!from) return
          const r = rect(from, at(e))
          // A click without a drag is not a region.
          if (r.w > 0.01 && r.h > 0.01) onChange(r)
        }}
      >
        <StepPicture
          image={{ ...image, alt: '', width, height, region: region ?? undefined }}
          sizes="320px"
          loading="eager"
        />
      </div>
      <p className="muted field-hint">
        {region
          ? t('media.regionSet', {
              x: pct(region.x),
              y: pct(region.y),
              w: pct(region.w),
              h: pct(region.h),
            })
          : t('media.region')}
      </p>
      <RegionFields n={n} region={image.region} onChange={onChange} />
      {image.region && (
        <div>
          <button type="button" className="button" onClick={() => onChange(undefined)}>
            {t('media.regionClear', { n })}
          </button>
        </div>
      )}
    </div>
  )
}
