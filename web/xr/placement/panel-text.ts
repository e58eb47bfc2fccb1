/** One run of text on the in-scene panel: a size in canvas pixels and an optional colour role. */
export type PanelLine = { text: string; size: number; bold?: boolean; tone?: 'muted' | 'warning' }

export type PanelColors = { text: string; muted: string; warning: string; background: string }

const PADDING = 40

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word
    if (line && ctx.measureText(candidate).width > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Draws the panel's text onto its canvas: a dark translucent card with white, wrapped text, the
 * AR step card's look in a headset where there is no DOM overlay. Text that does not fit is cut
 * with an ellipsis rather than drawn off the card.
 */
export function drawPanelText(
  canvas: HTMLCanvasElement,
  blocks: PanelLine[],
  colors: PanelColors,
  font: string,
): void {
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  ctx.clearRect(0, 0, canvas.width, canvas.height)
  ctx.fillStyle = colors.background
  ctx.beginPath()
  ctx.roundRect(0, 0, canvas.width, canvas.height, 32)
  ctx.fill()
  ctx.textBaseline = 'top'
  let y = PADDING
  const bottom = canvas.height - PADDING
  for (const block of blocks) {
    ctx.font = `${block.bold ? 700 : 400} ${block.size}px ${font}`
    ctx.fillStyle = block.tone ? colors[block.tone] : colors.text
    const height = block.size * 1.35
    for (const line of wrap(ctx, block.text, canvas.width - PADDING * 2)) {
      if (y + height > bottom) {
        ctx.fillText('…', PADDING, y - height)
        return
      }
      ctx.fillText(line, PADDING, y)
      y += height
    }
    y += block.size * 0.5
  }
}
