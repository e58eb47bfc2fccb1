import {
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from 'react'
import { t } from '../../i18n/t'
import { drawInk, type InkMark, type InkPalette, inkWidth, type Point } from './ink'
import { inkPalette } from './ink-palette'
import type { SnapshotEditor } from './use-snapshot-editor'

/** The hint under the tools, which also describes the canvas to a screen reader. */
export const SNAPSHOT_HINT_ID = 'snapshot-hint'

const clamp = (v: number) => Math.min(1, Math.max(0, v))
const MAX_POINTS = 2000

/** Where a pointer is on the picture drawn in the canvas (object-fit: contain), 0..1, clamped. */
function toPicture(e: PointerEvent, canvas: HTMLCanvasElement): Point {
  const r = canvas.getBoundingClientRect()
  const scale = Math.min(r.width / canvas.width, r.height / canvas.height)
  const w = canvas.width * scale
  const h = canvas.height * scale
  return [
    clamp((e.clientX - r.left - (r.width - w) / 2) / w),
    clamp((e.clientY - r.top - (r.height - h) / 2) / h),
  ]
}

/** A mark being drawn reaches `p`: the pen adds it to its path, arrow and circle move their end. */
function extend(mark: InkMark, p: Point): InkMark {
  if (mark.tool !== 'pen') return { ...mark, points: [mark.points[0] ?? p, p] }
  const last = mark.points[mark.points.length - 1]
  if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < 0.002) return mark
  return { ...mark, points: [...mark.points, p].slice(-MAX_POINTS) }
}

function drawCursor(
  ctx: CanvasRenderingContext2D,
  [x, y]: Point,
  w: number,
  h: number,
  color: string,
  outline: string,
) {
  const size = inkWidth(w, h) * 3
  ctx.save()
  ctx.lineCap = 'round'
  for (const [style, width] of [
    [outline, 5],
    [color, 2],
  ] as const) {
    ctx.strokeStyle = style
    ctx.lineWidth = width
    ctx.beginPath()
    ctx.moveTo(x * w - size, y * h)
    ctx.lineTo(x * w + size, y * h)
    ctx.moveTo(x * w, y * h - size)
    ctx.lineTo(x * w, y * h + size)
    ctx.stroke()
  }
  ctx.restore()
}

/**
 * The frozen picture over the live video, in its place, to draw on: drag with the mouse (or a pen
 * or finger), or with the keyboard move a cursor with the arrow keys and press Enter to start and
 * to end a mark. The mark in progress lives in a ref and is drawn straight onto the canvas.
 */
export function SnapshotCanvas({ editor }: { editor: SnapshotEditor }) {
  return editor.frame ? <FrozenFrame editor={editor} frame={editor.frame} /> : null
}

function FrozenFrame({ editor, frame }: { editor: SnapshotEditor; frame: HTMLCanvasElement }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const draft = useRef<InkMark | null>(null)
  const cursor = useRef<Point>([0.5, 0.5])
  /** The keyboard cursor shows while the keyboard draws, not under a mouse. */
  const keyboard = useRef(false)
  const palette: InkPalette = useMemo(inkPalette, [])
  const { marks, tool, color, add, undo } = editor

  const redraw = useCallback(() => {
    const ctx = canvas.current?.getContext('2d')
    if (!ctx) return
    const { width: w, height: h } = frame
    ctx.drawImage(frame, 0, 0)
    drawInk(ctx, draft.current ? [...marks, draft.current] : marks, w, h, palette)
    if (keyboard.current) drawCursor(ctx, cursor.current, w, h, palette[color], palette.outline)
  }, [frame, marks, palette, color])
  useEffect(redraw, [redraw])
  // Freezing moves the focus here, where the drawing (and its keyboard) is.
  useEffect(() => canvas.current?.focus(), [])

  const start = (p: Point) => {
    draft.current = { tool, color, points: [p] }
  }
  const finish = () => {
    const mark = draft.current
    draft.current = null
    if (mark) add(mark)
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 0.1 : 0.02
    const moves: Record<string, Point> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }
    const move = moves[e.key]
    if (move) {
      e.preventDefault()
      const [x, y] = cursor.current
      cursor.current = [clamp(x + move[0]), clamp(y + move[1])]
      if (draft.current) draft.current = extend(draft.current, cursor.current)
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      if (draft.current) {
        draft.current = extend(draft.current, cursor.current)
        finish()
      } else start(cursor.current)
    } else if (e.key === 'Escape' && draft.current) {
      e.preventDefault()
      draft.current = null
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault()
      undo()
    } else return
    keyboard.current = true
    redraw()
  }

  return (
    <canvas
      ref={canvas}
      width={frame.width}
      height={frame.height}
      className="snapshot-canvas"
      data-testid="snapshot-canvas"
      data-marks={marks.length}
      aria-label={t('snapshot.canvasLabel')}
      aria-describedby={SNAPSHOT_HINT_ID}
      tabIndex={0}
      onFocus={(e) => {
        keyboard.current = e.currentTarget.matches(':focus-visible')
        redraw()
      }}
      onBlur={() => {
        keyboard.current = false
        redraw()
      }}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        if (!canvas.current || e.button !== 0) return
        canvas.current.setPointerCapture(e.pointerId)
        keyboard.current = false
        start(toPicture(e, canvas.current))
        redraw()
      }}
      onPointerMove={(e) => {
        if (!draft.current || !canvas.current) return
        draft.current = extend(draft.current, toPicture(e, canvas.current))
        redraw()
      }}
      onPointerUp={finish}
      onPointerCancel={() => {
        draft.current = null
        redraw()
      }}
    />
  )
}
