import { describe, expect, it } from 'vitest'
import { callMediaFor } from './call-media'

describe('what the call sends around an AR session', () => {
  it('sends the camera outside AR', () => {
    expect(callMediaFor(null)).toBe('camera')
  })
  it('sends the AR view where the session shares its camera image, on a phone or a headset', () => {
    for (const interactionMode of ['screen-space', 'world-space'] as const)
      expect(callMediaFor({ interactionMode, enabledFeatures: ['camera-access'] })).toBe('ar')
  })
  it('sends the rendered AR scene from a phone without camera access (its camera is taken)', () => {
    expect(callMediaFor({ interactionMode: 'screen-space', enabledFeatures: ['hit-test'] })).toBe(
      'ar',
    )
  })
  it('tries the headset’s own camera without camera access', () => {
    expect(callMediaFor({ interactionMode: 'world-space', enabledFeatures: [] })).toBe(
      'headset-camera',
    )
  })
  it('assumes the session owns the camera when the mode is not reported', () => {
    expect(callMediaFor({ interactionMode: undefined, enabledFeatures: undefined })).toBe('ar')
  })
})
