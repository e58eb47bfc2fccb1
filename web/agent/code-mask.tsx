import { type RefObject, useEffect, useState } from 'react'
import { CODE_HEIGHT, CODE_WIDTH } from '../call/frame-code'

type Box = { left: number; top: number; width: number; height: number }

/** Where the frame code sits on screen: the picture's bottom-left corner, object-fit: contain. */
function codeBox(video: HTMLVideoElement): Box | null {
  const vw = video.videoWidth
  const vh = video.videoHeight
  if (!vw || !vh) return null
  const w = video.clientWidth
  const h = video.clientHeight
  const scale = Math.min(w / vw, h / vh)
  const left = (w - vw * scale) / 2
  const top = (h - vh * scale) / 2
  // A pixel more on each side: the codec smears the blocks' edges.
  return {
    left: video.offsetLeft + left - 1,
    top: video.offsetTop + top + (vh - CODE_HEIGHT) * scale - 1,
    width: CODE_WIDTH * scale + 2,
    height: CODE_HEIGHT * scale + 2,
  }
}

/**
 * Covers the frame code (frame-code.ts) in the shared AR view's picture: the console reads it from
 * the video's pixels, the agent has no use for the black and white blocks. Clicks go through.
 */
export function CodeMask({ video }: { video: RefObject<HTMLVideoElement | null> }) {
  const [box, setBox] = useState<Box | null>(null)
  useEffect(() => {
    const v = video.current
    if (!v) return
    const update = () => setBox(codeBox(v))
    const observer = new ResizeObserver(update)
    observer.observe(v)
    v.addEventListener('resize', update)
    v.addEventListener('loadedmetadata', update)
    update()
    return () => {
      observer.disconnect()
      v.removeEventListener('resize', update)
      v.removeEventListener('loadedmetadata', update)
    }
  }, [video])
  if (!box) return null
  return <div className="code-mask" data-testid="code-mask" aria-hidden="true" style={box} />
}
