/** A rectangle in CSS pixels of the window (x right, y down). */
type Rect = { x: number; y: number; w: number; h: number }

/** One thing the overlay shows: a filled, rounded box, and the lines of text in it. */
type Box = Rect & {
  radius: number
  fill: string | null
  text: {
    lines: string[]
    font: string
    colour: string
    lineHeight: number
    /** Where the text block starts, inside the box's padding. */
    left: number
    top: number
    width: number
    centred: boolean
  } | null
}

/** How often the overlay's boxes are read from the page, ms (layout is read, not every frame). */
const READ_EVERY_MS = 200
/** Elements whose pictures the composer has already (the agent's own drawings) or that show nothing. */
const SKIP = '.marks-overlay, .ar-gestures, [aria-hidden="true"]'

function transparent(colour: string): boolean {
  return colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour)
}

function px(value: string, fallback: number): number {
  const v = Number.parseFloat(value)
  return Number.isFinite(v) ? v : fallback
}

/** Words of `text` in lines no wider than `width` with the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** An element whose children are all inline (or none): its text is painted as one block. */
function isTextLeaf(el: Element): boolean {
  for (const child of el.children) {
    if (child.matches(SKIP)) continue
    const display = getComputedStyle(child).display
    if (display !== 'inline' && display !== 'none' && display !== 'contents') return false
  }
  return true
}

/**
 * The boxes the overlay shows now, in paint order (parents before their children). Reads layout
 * and computed styles; `measure` is a 2D context used to wrap text as the page wrapped it.
 */
function readBoxes(root: Element, measure: CanvasRenderingContext2D): Box[] {
  const boxes: Box[] = []
  const visit = (el: Element, clip: Rect) => {
    if (el.matches(SKIP)) return
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return
    const r = el.getBoundingClientRect()
    const scrolls = style.overflowY !== 'visible' && el !== root
    const x = Math.max(r.left, clip.x)
    const y = Math.max(r.top, clip.y)
    const w = Math.min(r.right, clip.x + clip.w) - x
    const h = Math.min(r.bottom, clip.y + clip.h) - y
    if (w <= 0 || h <= 0) return
    const fill = transparent(style.backgroundColor) ? null : style.backgroundColor
    const leaf = isTextLeaf(el)
    const words = leaf ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : ''
    let text: Box['text'] = null
    if (words) {
      const font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      measure.font = font
      const left = r.left + px(style.paddingLeft, 0) + px(style.borderLeftWidth, 0)
      const width = r.width - (left - r.left) - px(style.paddingRight, 0)
      const size = px(style.fontSize, 16)
      const lineHeight =
        style.lineHeight === 'normal' ? size * 1.2 : px(style.lineHeight, size * 1.2)
      const lines = wrap(measure, words, Math.max(width, size))
      const centred =
        style.textAlign === 'center' || style.justifyContent === 'center' || el.tagName === 'BUTTON'
      const block = lines.length * lineHeight
      // Vertically centred in buttons and other flex boxes that centre their content.
      const top =
        centred || style.alignItems === 'center'
          ? r.top + (r.height - block) / 2
          : r.top + px(style.paddingTop, 0) + px(style.borderTopWidth, 0)
      text = { lines, font, colour: style.color, lineHeight, left, top, width, centred }
    }
    if (fill || text)
      boxes.push({ x, y, w, h, radius: px(style.borderTopLeftRadius, 0), fill, text })
    if (leaf) return
    const inner = scrolls ? { x, y, w, h } : clip
    for (const child of el.children) visit(child, inner)
  }
  visit(root, { x: 0, y: 0, w: window.innerWidth, h: window.innerHeight })
  return boxes
}

/**
 * Paints a phone's DOM overlay (the step card, its buttons, live help, hints) into the shared AR
 * view, where the customer sees them over the camera image: the browser never composites the DOM
 * overlay into anything a page can capture, so the agent would otherwise see the room without
 * the card the customer is reading. What the overlay shows is read from the page's layout at most
 * five times a second and drawn every composed frame: boxes with their background and corner
 * radius, and their text in the page's font, colour and line breaks, scaled from the window to
 * the picture. `keepOut` (picture pixels) is left untouched: the frame code is there.
 */
export class OverlayPainter {
  private boxes: Box[] = []
  private readAt = Number.NEGATIVE_INFINITY
  private readonly measure: CanvasRenderingContext2D | null
  private root: Element | null = null

  /** `find` gives the overlay's root element now, or null (it is looked up again when remounted). */
  constructor(private readonly find: () => Element | null) {
    this.measure = document.createElement('canvas').getContext('2d')
  }

  paint(ctx: CanvasRenderingContext2D, width: number, height: number, keepOut: Rect): void {
    const now = performance.now()
    if (this.measure && now - this.readAt >= READ_EVERY_MS) {
      this.readAt = now
      if (!this.root?.isConnected) this.root = this.find()
      this.boxes = this.root ? readBoxes(this.root, this.measure) : []
    }
    if (this.boxes.length === 0) return
    ctx.save()
    ctx.beginPath()
    ctx.rect(0, 0, width, height)
    ctx.rect(keepOut.x, keepOut.y, keepOut.w, keepOut.h)
    ctx.clip('evenodd')
    ctx.scale(width / window.innerWidth, height / window.innerHeight)
    for (const box of this.boxes) {
      if (box.fill) {
        ctx.fillStyle = box.fill
        ctx.beginPath()
        ctx.roundRect(box.x, box.y, box.w, box.h, Math.min(box.radius, box.w / 2, box.h / 2))
        ctx.fill()
      }
      const text = box.text
      if (!text) continue
      ctx.save()
      ctx.beginPath()
      ctx.rect(box.x, box.y, box.w, box.h)
      ctx.clip()
      ctx.font = text.font
      ctx.fillStyle = text.colour
      ctx.textBaseline = 'middle'
      ctx.textAlign = text.centred ? 'center' : 'left'
      const x = text.centred ? text.left + text.width / 2 : text.left
      text.lines.forEach((line, i) => {
        ctx.fillText(line, x, text.top + (i + 0.5) * text.lineHeight)
      })
      ctx.restore()
    }
    ctx.restore()
  }
}
