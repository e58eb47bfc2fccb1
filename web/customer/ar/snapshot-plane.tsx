import { useEffect, useState } from 'react'
import { SRGBColorSpace, type Texture, TextureLoader } from 'three'
import { type StoreApi, useStore } from 'zustand'
import { t } from '../../i18n/t'
import { exposeTarget } from '../../xr/placement/automation'
import { PanelButton } from '../../xr/placement/panel-button'
import { usePlacement } from '../../xr/placement/placement-context'
import { PANEL_TOP, PANEL_WIDTH } from '../../xr/placement/xr-panel'
import { type HelpState, useHelpContext } from '../help/help-store'

const GAP = 0.015
const BUTTON_HEIGHT = 0.07

/**
 * The agent's snapshot in a headset, where there is no DOM overlay: the picture above the in-scene
 * panel, as wide as it, with Close picture above it. Rays over it count as over the panel, so
 * placement leaves their selects alone.
 */
export function SnapshotPlane() {
  const ctx = useHelpContext()
  return ctx ? <Plane store={ctx.store} /> : null
}

function Plane({ store }: { store: StoreApi<HelpState> }) {
  const url = useStore(store, (s) => s.snapshot?.url ?? null)
  const close = useStore(store, (s) => s.closeSnapshot)
  const { frame } = usePlacement()
  const [texture, setTexture] = useState<Texture | null>(null)
  useEffect(() => {
    if (!url) return
    let disposed = false
    let loaded: Texture | null = null
    new TextureLoader().load(url, (tex) => {
      tex.colorSpace = SRGBColorSpace
      loaded = tex
      if (disposed) tex.dispose()
      else setTexture(tex)
    })
    return () => {
      disposed = true
      loaded?.dispose()
      setTexture(null)
    }
  }, [url])
  if (!texture) return null
  const image = texture.image as { width: number; height: number }
  const height = PANEL_WIDTH * (image.height / image.width)
  const bottom = PANEL_TOP + GAP
  const enter = () => {
    frame.overPanel += 1
  }
  const leave = () => {
    frame.overPanel = Math.max(0, frame.overPanel - 1)
  }
  return (
    <group name="snapshot">
      <mesh
        position={[0, bottom + height / 2, 0]}
        ref={(m) => (m ? exposeTarget('snapshot', m) : undefined)}
        onPointerEnter={enter}
        onPointerLeave={leave}
      >
        <planeGeometry args={[PANEL_WIDTH, height]} />
        <meshBasicMaterial map={texture} toneMapped={false} />
      </mesh>
      <PanelButton
        id="close-snapshot"
        label={t('snapshot.customerClose')}
        onSelect={close}
        position={[0, bottom + height + GAP + BUTTON_HEIGHT / 2, 0.002]}
        width={PANEL_WIDTH / 2}
        height={BUTTON_HEIGHT}
        onHover={(on) => (on ? enter() : leave())}
      />
    </group>
  )
}
