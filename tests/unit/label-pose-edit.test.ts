import { describe, expect, it } from 'vitest'
import {
  defaultUp,
  draftFromHit,
  labelCorners,
  poseFromDraft,
  turnUp,
  withNormal,
} from '../../web/studio/products/label-pose-edit'

describe('placing a label in the studio', () => {
  it('reads a label on a side upright and one on a top face with its top away from the front', () => {
    expect(defaultUp([1, 0, 0])).toEqual([0, 1, 0])
    expect(defaultUp([0, 0, -1])).toEqual([0, 1, 0])
    expect(defaultUp([0, 1, 0])).toEqual([0, 0, -1])
    expect(defaultUp([0, -1, 0])).toEqual([0, 0, -1])
    // A face tilted back: the top edge runs up the slope.
    expect(defaultUp([0, 0.6, 0.8])).toEqual([0, 0.8, -0.6])
  })

  it('turns the top edge by quarter turns about the normal, counter-clockwise from the front', () => {
    expect(turnUp([0, 0, 1], [0, 1, 0], 1)).toEqual([-1, 0, 0])
    expect(turnUp([0, 0, 1], [0, 1, 0], -1)).toEqual([1, 0, 0])
    expect(turnUp([0, 0, 1], [0, 1, 0], 4)).toEqual([0, 1, 0])
  })

  it('keeps the top edge in the face when the normal is typed in', () => {
    const draft = draftFromHit([0.1, 0.2, 0.3], [1, 0, 0], 50)
    if (!draft) throw new Error('no draft')
    expect(withNormal(draft, [0, 0, 1]).up).toEqual([0, 1, 0])
    expect(withNormal(draft, [0, 1, 0]).up).toEqual([0, 0, -1])
  })

  it('saves a typed normal of any length as a unit one, and words what cannot be saved', () => {
    const ok = poseFromDraft({ center: [0, 0.1, 0], normal: [0, 0, 2], up: [0, 1, 0], sizeMm: 40 })
    expect(ok).toEqual({
      ok: true,
      pose: { center: [0, 0.1, 0], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 40 },
    })
    expect(
      poseFromDraft({ center: [0, 0, 0], normal: [0, 0, 0], up: [0, 1, 0], sizeMm: 40 }),
    ).toEqual({ ok: false, errors: { normal: true } })
    expect(
      poseFromDraft({ center: [0, 0, 0], normal: [0, 1, 0], up: [0, 1, 0], sizeMm: 40 }),
    ).toEqual({ ok: false, errors: { up: true } })
    expect(
      poseFromDraft({ center: [0, 0, 0], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 5 }),
    ).toEqual({ ok: false, errors: { sizeMm: true } })
  })

  it('outlines the symbol with its top-left corner up and left as seen from the front', () => {
    const [tl, tr, br, bl] = labelCorners({
      center: [0, 0, 0],
      normal: [0, 0, 1],
      up: [0, 1, 0],
      sizeMm: 40,
    })
    expect(tl).toEqual([-0.02, 0.02, 0])
    expect(tr).toEqual([0.02, 0.02, 0])
    expect(br).toEqual([0.02, -0.02, 0])
    expect(bl).toEqual([-0.02, -0.02, 0])
  })
})
