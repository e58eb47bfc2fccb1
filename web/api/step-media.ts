import { MediaUploadedSchema, type UploadedMedia } from '../../server/domain/step-media'
import { errorFromResponse, networkError } from './api-error'

function csrfToken(): string {
  const hit = document.cookie.split(';').find((p) => p.trim().startsWith('fp_csrf='))
  return hit ? decodeURIComponent(hit.trim().slice('fp_csrf='.length)) : ''
}

/**
 * Sends `body` to an upload route with XMLHttpRequest, which (unlike fetch) reports upload
 * progress (0..1); answers the parsed entry, or rejects with the server's ApiError.
 */
function send(
  method: 'POST' | 'PUT',
  url: string,
  body: Blob,
  onProgress: (fraction: number) => void,
): Promise<UploadedMedia> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.setRequestHeader('Content-Type', body.type || 'application/octet-stream')
    xhr.setRequestHeader('x-csrf-token', csrfToken())
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onerror = () => reject(networkError())
    xhr.onload = async () => {
      let json: unknown = null
      try {
        json = JSON.parse(xhr.responseText)
      } catch {
        json = null
      }
      if (xhr.status === 200 || xhr.status === 201) {
        const parsed = MediaUploadedSchema.safeParse(json)
        if (parsed.success) {
          onProgress(1)
          resolve(parsed.data.media)
          return
        }
      }
      reject(await errorFromResponse({ status: xhr.status, json: async () => json }))
    }
    xhr.send(body)
  })
}

/**
 * Uploads a photo or video for a step of `procedureId` (`POST /api/studio/procedures/:id/media`);
 * ApiError 413 `payload_too_large`, 415 `unsupported_media_type`, 422 `invalid_image`.
 */
export function uploadStepMedia(
  procedureId: string,
  file: Blob,
  onProgress: (fraction: number) => void,
) {
  return send(
    'POST',
    `/api/studio/procedures/${encodeURIComponent(procedureId)}/media`,
    file,
    onProgress,
  )
}

/** Sets a video's poster frame (a JPEG the studio drew from the video). */
export function uploadPoster(procedureId: string, mediaId: string, poster: Blob) {
  const path = `/api/studio/procedures/${encodeURIComponent(procedureId)}/media/${mediaId}/poster`
  return send('PUT', path, poster, () => {})
}
