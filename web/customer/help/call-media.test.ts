import { describe, expect, it } from 'vitest'
import { callMediaFor } from './call-media'

describe('what the call captures around an AR session', () => {
  it('sends the camera outside AR', () => {
    expect(callMediaFor(null)).toBe('camera')
  })
  it('leaves the camera to a phone AR session and sends audio only', () => {
    expect(callMediaFor({ interactionMode: 'screen-space' })).toBe('audio')
  })
  it('tries the camera on a headset', () => {
    expect(callMediaFor({ interactionMode: 'world-space' })).toBe('camera')
  })
  it('assumes the session owns the camera when the mode is not reported', () => {
    expect(callMediaFor({ interactionMode: undefined })).toBe('audio')
  })
})
