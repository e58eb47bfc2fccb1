/**
 * Why the camera is not showing, from what the browser said. Each kind has its own message and
 * its own way out (re-allow in settings, close the other app, use HTTPS, search instead).
 */
export type CameraProblem =
  | 'insecure'
  | 'unsupported'
  | 'denied'
  | 'no-camera'
  | 'in-use'
  | 'failed'

/** Before asking: a camera needs a secure context (HTTPS) and `navigator.mediaDevices`. */
export function cameraPrecondition(env: {
  secureContext: boolean
  hasGetUserMedia: boolean
}): CameraProblem | null {
  if (!env.secureContext) return 'insecure'
  if (!env.hasGetUserMedia) return 'unsupported'
  return null
}

/** After asking: the `DOMException` name `getUserMedia` rejected with. */
export function cameraProblemFromError(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use'
    default:
      return 'failed'
  }
}

/** Problems a "Try again" can fix without reloading (re-allowed, other app closed, plugged in). */
export function canRetryCamera(problem: CameraProblem): boolean {
  return problem !== 'insecure' && problem !== 'unsupported'
}
