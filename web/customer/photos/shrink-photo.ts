import { PHOTO_MAX_SIDE } from '../../../server/domain/photo-limits'

/** Below this a JPEG that needs no scaling goes as it is: the server re-encodes it anyway. */
const SEND_AS_IS_BYTES = 1.5 * 1024 * 1024

/**
 * A phone photo made small enough to send quickly on a mobile network: turned upright, scaled to
 * fit PHOTO_MAX_SIDE, re-encoded as JPEG (which also drops its EXIF on the phone already). When the
 * browser cannot decode it (a HEIC file on Chrome, a broken file) the original goes, and the
 * server's answer says what is wrong with it.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return file
  }
  try {
    const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
    if (scale === 1 && file.type === 'image/jpeg' && file.size <= SEND_AS_IS_BYTES) return file
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(bitmap.width * scale))
    canvas.height = Math.max(1, Math.round(bitmap.height * scale))
    const ctx = canvas.getContext('2d')
    if (!ctx) return file
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    )
    return blob ?? file
  } finally {
    bitmap.close()
  }
}
