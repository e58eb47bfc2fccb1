/**
 * A poster frame for an uploaded video, drawn in the browser (the server has no video decoder): the
 * video is loaded from the file itself, sought a little way in, drawn to a canvas and encoded as a
 * JPEG. Null when this browser cannot decode the video.
 */
export async function videoPoster(file: Blob, timeoutMs = 10_000): Promise<Blob | null> {
  const url = URL.createObjectURL(file)
  const video = document.createElement('video')
  video.muted = true
  video.playsInline = true
  video.preload = 'auto'
  try {
    const ready = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs)
      video.onerror = () => {
        clearTimeout(timer)
        resolve(false)
      }
      video.onloadeddata = () => {
        const d = Number.isFinite(video.duration) ? video.duration : 0
        video.onseeked = () => {
          clearTimeout(timer)
          resolve(true)
        }
        // A little way in: the first frame of a clip is often black.
        video.currentTime = Math.min(0.5, d / 2)
      }
    })
    video.src = url
    if (!(await ready) || video.videoWidth === 0) return null
    const canvas = document.createElement('canvas')
    canvas.width = video.videoWidth
    canvas.height = video.videoHeight
    canvas.getContext('2d')?.drawImage(video, 0, 0)
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85))
  } finally {
    video.removeAttribute('src')
    video.load()
    URL.revokeObjectURL(url)
  }
}
