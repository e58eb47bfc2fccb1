import { CanvasTexture, type Color, SRGBColorSpace } from 'three'

/**
 * Text drawn on a canvas with the system font (nothing fetched): light text on a dark pill with
 * an accent border, so it reads on light and dark surfaces. Returns the texture and its aspect.
 */
export function labelTexture(
  text: string,
  colors: { accent: Color; outline: Color; text: Color },
): { texture: CanvasTexture; aspect: number } {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  const fontPx = 48
  const pad = 24
  const font = `600 ${fontPx}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  if (ctx) ctx.font = font
  const width = Math.ceil((ctx?.measureText(text).width ?? text.length * fontPx * 0.6) + pad * 2)
  const height = fontPx + pad * 2
  canvas.width = width
  canvas.height = height
  if (ctx) {
    ctx.font = font
    ctx.fillStyle = `#${colors.outline.getHexString()}`
    ctx.strokeStyle = `#${colors.accent.getHexString()}`
    ctx.lineWidth = 6
    ctx.beginPath()
    ctx.roundRect(3, 3, width - 6, height - 6, height / 2 - 3)
    ctx.fill()
    ctx.stroke()
    ctx.fillStyle = `#${colors.text.getHexString()}`
    ctx.textBaseline = 'middle'
    ctx.fillText(text, pad, height / 2 + 2)
  }
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  return { texture, aspect: width / height }
}
