import { toCanvas } from 'qrcode'
import { useEffect, useRef } from 'react'

/** `text` as a QR code, drawn locally on a canvas (no network). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!ref.current) return
    toCanvas(ref.current, text, { margin: 2, width: 176 }).catch((err: unknown) => {
      console.warn('The QR code could not be drawn.', err)
    })
  }, [text])
  return <canvas ref={ref} role="img" aria-label={label} data-qr={text} />
}
