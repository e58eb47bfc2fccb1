/** What the agent draws on a frozen frame with: a freehand pen, an arrow, a circle. */
export const INK_TOOLS = ['pen', 'arrow', 'circle'] as const
export type InkTool = (typeof INK_TOOLS)[number]

/** The ink colours: the annotation accent and two more that read on a camera image. */
export const INK_COLORS = ['cyan', 'magenta', 'yellow'] as const
export type InkColor = (typeof INK_COLORS)[number]

export type Point = [number, number]

/**
 * One mark, in picture coordinates 0..1 (x right, y down): a pen's path, an arrow from its first
 * point to its head at the last, a circle around its first point through its last.
 */
export type InkMark = { tool: InkTool; color: InkColor; points: Point[] }

export type InkPalette = Record<InkColor, string> & { outline: string }

/** The marks' stroke width for a picture this size: thick enough to see on a phone. */
export function inkWidth(width: number, height: number) {
  return Math.max(3, Math.round(Math.min(width, height) / 120))
}

function path(ctx: CanvasRenderingContext2D, mark: InkMark, w: number, h: number, lw: number) {
  const px = mark.points.map(([x, y]): Point => [x * w, y * h])
  const first = px[0]
  const last = px[px.length - 1]
  if (!first || !last) return
  ctx.beginPath()
  if (mark.tool === 'circle') {
    const r = Math.max(lw, Math.hypot(last[0] - first[0], last[1] - first[1]))
    ctx.arc(first[0], first[1], r, 0, Math.PI * 2)
    return
  }
  ctx.moveTo(first[0], first[1])
  // A single point (a tap) still leaves a dot.
  if (px.length === 1) ctx.lineTo(first[0] + 0.01, first[1])
  for (const p of px.slice(1)) ctx.lineTo(p[0], p[1])
  if (mark.tool !== 'arrow' || px.length < 2) return
  const angle = Math.atan2(last[1] - first[1], last[0] - first[0])
  const head = Math.max(lw * 4, Math.min(w, h) * 0.04)
  for (const side of [-1, 1]) {
    ctx.moveTo(last[0], last[1])
    const a = angle + Math.PI + (side * Math.PI) / 6
    ctx.lineTo(last[0] + Math.cos(a) * head, last[1] + Math.sin(a) * head)
  }
}

/**
 * Draws marks onto a picture of `width`×`height` pixels: each in its colour over a dark outline,
 * so it reads on light and dark parts of the picture alike.
 */
export function drawInk(
  ctx: CanvasRenderingContext2D,
  marks: readonly InkMark[],
  width: number,
  height: number,
  palette: InkPalette,
) {
  const lw = inkWidth(width, height)
  ctx.save()
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  for (const mark of marks) {
    path(ctx, mark, width, height, lw)
    ctx.strokeStyle = palette.outline
    ctx.lineWidth = lw + 4
    ctx.stroke()
    ctx.strokeStyle = palette[mark.color]
    ctx.lineWidth = lw
    ctx.stroke()
  }
  ctx.restore()
}
