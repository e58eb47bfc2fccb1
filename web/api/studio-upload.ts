import { ApiError, errorFromResponse, networkError } from './api-error'

export type ModelIssue = { code: string; message: string; pointer?: string }
export type UploadedModel = {
  hash: string
  url: string
  size: number
  nodeNames: string[]
  warnings: ModelIssue[]
}

/** A failed upload; `issues` holds the glTF validator's errors for a 422 `invalid_model`. */
export class ModelUploadError extends ApiError {
  readonly issues: ModelIssue[]
  constructor(base: ApiError, issues: ModelIssue[]) {
    super(base.status, base.code, base.message, base.fields)
    this.issues = issues
  }
}

function csrfToken(): string {
  const hit = document.cookie.split(';').find((p) => p.trim().startsWith('fp_csrf='))
  return hit ? decodeURIComponent(hit.trim().slice('fp_csrf='.length)) : ''
}

function issuesOf(body: unknown): ModelIssue[] {
  if (typeof body !== 'object' || body === null || !('error' in body)) return []
  const error = body.error
  if (typeof error !== 'object' || error === null || !('issues' in error)) return []
  return Array.isArray(error.issues) ? (error.issues as ModelIssue[]) : []
}

/**
 * Uploads a GLB to `POST /api/studio/models`, reporting progress (0..1) as it goes. This is the one
 * raw request in the app: fetch cannot report upload progress, XMLHttpRequest can.
 */
export function uploadModel(file: Blob, onProgress: (fraction: number) => void) {
  return new Promise<UploadedModel>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/studio/models')
    xhr.setRequestHeader('Content-Type', 'model/gltf-binary')
    xhr.setRequestHeader('x-csrf-token', csrfToken())
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onerror = () => reject(networkError())
    xhr.onload = async () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        body = null
      }
      if (xhr.status === 201) {
        onProgress(1)
        resolve(body as UploadedModel)
        return
      }
      const base = await errorFromResponse({ status: xhr.status, json: async () => body })
      reject(new ModelUploadError(base, issuesOf(body)))
    }
    xhr.send(file)
  })
}
