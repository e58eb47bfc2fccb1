import type { CallMedia } from './help-store'

/** What of an AR session decides the call's video. */
export type ArSessionFacts = Pick<XRSession, 'interactionMode' | 'enabledFeatures'>

/**
 * What the customer's call sends as video while `session` runs. Where the session gives the page
 * the camera image (`camera-access`), the AR view itself, camera and our overlay composed (`ar`).
 * Otherwise a handheld session (`screen-space`: a phone) owns the rear camera, and opening it
 * again with getUserMedia fails or stalls the session, so the call sends what it can, the rendered
 * scene (`ar` without a camera image). A headset (`world-space`) may still offer its camera to
 * getUserMedia: it tries it (`headset-camera`), which is not the AR view, and the agent is told.
 * Outside AR the camera is free.
 */
export function callMediaFor(session: ArSessionFacts | null): CallMedia {
  if (!session) return 'camera'
  if (session.enabledFeatures?.includes('camera-access')) return 'ar'
  return session.interactionMode === 'world-space' ? 'headset-camera' : 'ar'
}
