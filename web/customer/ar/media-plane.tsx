import { useEffect, useRef, useState } from 'react'
import { SRGBColorSpace, type Texture, TextureLoader } from 'three'
import { mediaFileUrl, renditionName } from '../../../server/domain/media-files'
import type { StepMedia } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'
import { exposeTarget } from '../../xr/placement/automation'
import { PanelButton } from '../../xr/placement/panel-button'
import { usePlacement } from '../../xr/placement/placement-context'
import { PANEL_TOP, PANEL_WIDTH } from '../../xr/placement/xr-panel'

const GAP = 0.015
const BUTTON_HEIGHT = 0.07

/** The picture a headset shows for an entry: a photo's 1280 px JPEG, a video's poster frame. */
function pictureOf(m: StepMedia): string | null {
  if (m.kind === 'image')
    return m.formats.includes('jpeg') ? mediaFileUrl(m.id, renditionName(m.width, 'jpeg')) : m.url
  if (m.kind === 'video') return m.poster ?? null
  return m.url
}

type Props = { media: readonly StepMedia[]; onClose: () => void }

/**
 * The step's photos in a headset, where there is no DOM overlay: one at a time beside the in-scene
 * panel (to its left, as tall as it), with Next photo and Close photos under it. A video shows its
 * poster frame here; it plays on a phone or computer.
 */
export function MediaPlane({ media, onClose }: Props) {
  const { frame } = usePlacement()
  const [index, setIndex] = useState(0)
  const [texture, setTexture] = useState<Texture | null>(null)
  const item = media[index % media.length]
  const url = item ? pictureOf(item) : null
  // The picture shown stays until the next one has loaded: the plane and its buttons never
  // vanish under the pointer between two photos.
  const current = useRef<Texture | null>(null)
  useEffect(() => {
    if (!url) return
    let cancelled = false
    new TextureLoader().load(url, (tex) => {
      tex.colorSpace = SRGBColorSpace
      if (cancelled) {
        tex.dispose()
        return
      }
      const previous = current.current
      current.current = tex
      setTexture(tex)
      previous?.dispose()
    })
    return () => {
      cancelled = true
    }
  }, [url])
  useEffect(() => () => current.current?.dispose(), [])
  if (!texture) return null
  const image = texture.image as { width: number; height: number }
  const height = Math.min(PANEL_TOP, PANEL_WIDTH * (image.height / image.width))
  const width = height * (image.width / image.height)
  const x = -(PANEL_WIDTH / 2 + GAP + width / 2)
  const enter = () => {
    frame.overPanel += 1
  }
  const leave = () => {
    frame.overPanel = Math.max(0, frame.overPanel - 1)
  }
  const under = PANEL_TOP - height - GAP - BUTTON_HEIGHT / 2
  return (
    <group name="step-media">
      <mesh
        position={[x, PANEL_TOP - height / 2, 0]}
        ref={(m) => (m ? exposeTarget('step-media', m) : undefined)}
        onPointerEnter={enter}
        onPointerLeave={leave}
      >
        <planeGeometry args={[width, height]} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
      {media.length > 1 && (
        <PanelButton
          id="next-photo"
          label={t('media.nextPhoto', { n: ((index + 1) % media.length) + 1, count: media.length })}
          onSelect={() => setIndex((i) => (i + 1) % media.length)}
          position={[x - width / 4, under, 0.002]}
          width={width / 2 - GAP / 2}
          height={BUTTON_HEIGHT}
          onHover={(on) => (on ? enter() : leave())}
        />
      )}
      <PanelButton
        id="close-photos"
        label={t('media.closePhotos')}
        onSelect={onClose}
        position={[media.length > 1 ? x + width / 4 : x, under, 0.002]}
        width={media.length > 1 ? width / 2 - GAP / 2 : width}
        height={BUTTON_HEIGHT}
        onHover={(on) => (on ? enter() : leave())}
      />
    </group>
  )
}
