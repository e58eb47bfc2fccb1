import type { CallMedia } from './help-store'

/**
 * What the customer's call may capture while `session` runs. A handheld AR session
 * (`interactionMode` `screen-space`: a phone) takes the rear camera for tracking and shows it
 * itself; opening it again with getUserMedia fails or stalls the session, so the call sends the
 * microphone alone. A headset (`world-space`) may still offer a camera to getUserMedia, so it
 * tries, and the call falls back to audio if none starts. Outside AR the camera is free.
 */
export function callMediaFor(session: Pick<XRSession, 'interactionMode'> | null): CallMedia {
  if (!session) return 'camera'
  return session.interactionMode === 'world-space' ? 'camera' : 'audio'
}
