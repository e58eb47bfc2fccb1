import { useEffect, useMemo } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import { exposePanelText } from './automation'
import { cssToken } from './css-token'
import { PanelButton, type PanelButtonSpec } from './panel-button'
import { drawPanelText, type PanelLine } from './panel-text'
import { usePlacement } from './placement-context'

type Props = { lines: PanelLine[]; buttons: PanelButtonSpec[] }

const WIDTH = 0.56
const TEXT_HEIGHT = 0.36
/** The panel's width and the top of its text card (its origin is the card's bottom edge), metres. */
export const PANEL_WIDTH = WIDTH
export const PANEL_TOP = TEXT_HEIGHT
const BUTTON_HEIGHT = 0.07
const GAP = 0.015
const PX_PER_M = 2000

/**
 * The step card as a panel in the scene, for headsets where there is no DOM overlay: the text on a
 * dark translucent card and big buttons below it, two to a row. While a ray points at the panel,
 * placement leaves its selects to the buttons.
 */
export function XrPanel({ lines, buttons }: Props) {
  const { frame } = usePlacement()
  const text = lines.map((l) => l.text).join('\n')
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = WIDTH * PX_PER_M
    canvas.height = TEXT_HEIGHT * PX_PER_M
    const t = new CanvasTexture(canvas)
    t.colorSpace = SRGBColorSpace
    return t
  }, [])
  useEffect(() => () => texture.dispose(), [texture])
  useEffect(() => {
    const canvas = texture.image
    if (!(canvas instanceof HTMLCanvasElement)) return
    drawPanelText(
      canvas,
      lines,
      {
        text: cssToken('--color-on-overlay', '#fff'),
        muted: cssToken('--color-on-overlay', '#fff'),
        warning: cssToken('--color-warning-surface', '#fff4e0'),
        background: cssToken('--color-overlay', 'rgb(8 12 18 / 0.82)'),
      },
      cssToken('--font-sans', 'sans-serif'),
    )
    texture.needsUpdate = true
    exposePanelText(text)
  }, [texture, lines, text])

  // Rays over the card or a button, counted per part: a button pressed away (the panel changed)
  // says it has gone, where a leave of the whole group would never come.
  const enter = () => {
    frame.overPanel += 1
  }
  const leave = () => {
    frame.overPanel = Math.max(0, frame.overPanel - 1)
  }
  const buttonWidth = (WIDTH - GAP) / 2
  return (
    <group
      name="step-panel"
      ref={(g) => {
        frame.panel = g
        return () => {
          if (frame.panel === g) frame.panel = null
        }
      }}
    >
      <mesh position={[0, TEXT_HEIGHT / 2, 0]} onPointerEnter={enter} onPointerLeave={leave}>
        <planeGeometry args={[WIDTH, TEXT_HEIGHT]} />
        <meshBasicMaterial map={texture} transparent toneMapped={false} />
      </mesh>
      {buttons.map((b, i) => {
        const row = Math.floor(i / 2)
        const alone = i === buttons.length - 1 && i % 2 === 0
        const width = alone ? WIDTH : buttonWidth
        const x = alone ? 0 : (i % 2 === 0 ? -1 : 1) * (buttonWidth + GAP) * 0.5
        const y = -GAP - BUTTON_HEIGHT / 2 - row * (BUTTON_HEIGHT + GAP)
        return (
          <PanelButton
            key={`${b.id}-${width}`}
            {...b}
            position={[x, y, 0.002]}
            width={width}
            height={BUTTON_HEIGHT}
            onHover={(on) => (on ? enter() : leave())}
          />
        )
      })}
    </group>
  )
}
