import { useEffect, useMemo, useRef, useState } from 'react'
import { CanvasTexture, type Mesh, SRGBColorSpace } from 'three'
import { exposeTarget } from './automation'
import { cssToken } from './css-token'

export type PanelButtonSpec = { id: string; label: string; onSelect: () => void; primary?: boolean }

type Props = PanelButtonSpec & {
  position: [number, number, number]
  width: number
  height: number
  /** A ray came onto (true) or left (false) this button; also false when it goes while hovered. */
  onHover?: (on: boolean) => void
}

const PX_PER_M = 2000

/**
 * A big button on the in-scene panel: pointed at with the controller ray (or a hand) and pressed
 * with select or pinch. Its label is drawn on a canvas in the step card's colours.
 */
export function PanelButton(props: Props) {
  const { id, label, onSelect, primary, position, width, height, onHover } = props
  const mesh = useRef<Mesh>(null)
  const [hover, setHover] = useState(false)
  const select = useRef(onSelect)
  select.current = onSelect
  const hovered = useRef(onHover)
  hovered.current = onHover
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * PX_PER_M)
    canvas.height = Math.round(height * PX_PER_M)
    const ctx = canvas.getContext('2d')
    if (ctx) {
      ctx.fillStyle = primary
        ? cssToken('--color-primary', '#0b6e8a')
        : cssToken('--color-surface-raised', '#eef1f5')
      ctx.beginPath()
      ctx.roundRect(0, 0, canvas.width, canvas.height, 24)
      ctx.fill()
      ctx.fillStyle = primary
        ? cssToken('--color-on-primary', '#fff')
        : cssToken('--color-text', '#14181f')
      ctx.font = `600 ${Math.round(canvas.height * 0.38)}px ${cssToken('--font-sans', 'sans-serif')}`
      ctx.textAlign = 'center'
      ctx.textBaseline = 'middle'
      ctx.fillText(label, canvas.width / 2, canvas.height / 2, canvas.width - 24)
    }
    const t = new CanvasTexture(canvas)
    t.colorSpace = SRGBColorSpace
    return t
  }, [label, primary, width, height])
  useEffect(() => () => texture.dispose(), [texture])
  useEffect(() => {
    const m = mesh.current
    if (!m) return
    // three's own event listeners, which the XR pointers dispatch to (the ray or a pinch). A press
    // counts however long it is held (a click would need it under 300 ms): hands here are busy.
    let pressed: number | null = null
    const down = (e: { pointerId: number; stopPropagation: () => void }) => {
      e.stopPropagation()
      pressed = e.pointerId
    }
    const up = (e: { pointerId: number; stopPropagation: () => void }) => {
      e.stopPropagation()
      if (pressed !== e.pointerId) return
      pressed = null
      select.current()
    }
    let over = false
    const enter = () => {
      over = true
      setHover(true)
      hovered.current?.(true)
    }
    const leave = () => {
      pressed = null
      setHover(false)
      if (over) hovered.current?.(false)
      over = false
    }
    m.addEventListener('pointerdown', down)
    m.addEventListener('pointerup', up)
    m.addEventListener('pointerenter', enter)
    m.addEventListener('pointerleave', leave)
    const unexpose = exposeTarget(`button:${id}`, m)
    return () => {
      m.removeEventListener('pointerdown', down)
      m.removeEventListener('pointerup', up)
      m.removeEventListener('pointerenter', enter)
      m.removeEventListener('pointerleave', leave)
      // A button removed under the ray (the panel changed when it was pressed) gets no leave.
      if (over) hovered.current?.(false)
      unexpose()
    }
  }, [id])

  return (
    <mesh ref={mesh} name={`button:${id}`} position={position} scale={hover ? 1.04 : 1}>
      <planeGeometry args={[width, height]} />
      <meshBasicMaterial map={texture} transparent toneMapped={false} />
    </mesh>
  )
}
