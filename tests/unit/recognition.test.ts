import { describe, expect, it } from 'vitest'
import {
  cameraPrecondition,
  cameraProblemFromError,
  canRetryCamera,
} from '../../web/recognition/camera-problem'
import { chooseDetector, ZXING_READER_OPTIONS } from '../../web/recognition/code-formats'
import { emptyReadFilter, filterRead, firstCode } from '../../web/recognition/read-filter'
import { nextReadDelay, readSize } from '../../web/recognition/read-throttle'

describe('choosing the code detector', () => {
  it('uses zxing when the browser has no BarcodeDetector', () => {
    expect(chooseDetector(null)).toEqual({ kind: 'zxing' })
  })
  it('uses zxing when the native detector misses a label format (desktop Chrome: no DataMatrix)', () => {
    expect(chooseDetector(['qr_code', 'ean_13'])).toEqual({ kind: 'zxing' })
    expect(chooseDetector([])).toEqual({ kind: 'zxing' })
  })
  it('uses the native detector with our formats, plus the optional ones it has', () => {
    const all = ['aztec', 'code_128', 'data_matrix', 'ean_13', 'ean_8', 'qr_code', 'upc_e']
    expect(chooseDetector(all)).toEqual({
      kind: 'native',
      formats: ['qr_code', 'data_matrix', 'ean_13', 'ean_8', 'code_128'],
    })
  })
  it('zxing reads the same label formats', () => {
    expect(ZXING_READER_OPTIONS.formats).toEqual(
      expect.arrayContaining(['QRCode', 'DataMatrix', 'EAN13']),
    )
  })
})

describe('de-duplicating reads', () => {
  it('accepts a new code once, and not again while it stays in view', () => {
    let f = emptyReadFilter
    const first = filterRead(f, ' CR1-0042 ', 0)
    expect(first).toMatchObject({ accept: true, code: 'CR1-0042' })
    f = first.filter
    for (const t of [250, 500, 3000, 6500, 10_000]) {
      const again = filterRead(f, 'CR1-0042', t)
      expect(again.accept).toBe(false)
      f = again.filter
    }
  })
  it('accepts the same code again after it was out of view for a while', () => {
    const seen = filterRead(emptyReadFilter, 'A', 0).filter
    expect(filterRead(seen, 'A', 5000).accept).toBe(true)
    expect(filterRead(seen, 'A', 5000, 10_000).accept).toBe(false)
  })
  it('accepts a different code at once, and ignores blank reads', () => {
    const seen = filterRead(emptyReadFilter, 'A', 0).filter
    expect(filterRead(seen, 'B', 10).accept).toBe(true)
    const blank = filterRead(seen, '   ', 10)
    expect(blank.accept).toBe(false)
    expect(blank.filter).toBe(seen)
  })
  it('takes the first non-blank code of a frame', () => {
    expect(firstCode([])).toBeNull()
    expect(firstCode(['', ' X ', 'Y'])).toBe('X')
  })
})

describe('throttling reads', () => {
  it('never starts a read while one is in flight or the page is hidden', () => {
    expect(nextReadDelay({ now: 1000, lastStartedAt: 0, inFlight: true, hidden: false })).toBeNull()
    expect(nextReadDelay({ now: 1000, lastStartedAt: 0, inFlight: false, hidden: true })).toBeNull()
  })
  it('spaces reads by the interval, counting from the previous start', () => {
    const at = (now: number) =>
      nextReadDelay({ now, lastStartedAt: 1000, inFlight: false, hidden: false })
    expect(at(1000)).toBe(250)
    expect(at(1100)).toBe(150)
    expect(at(1400)).toBe(0)
    expect(
      nextReadDelay({
        now: 0,
        lastStartedAt: Number.NEGATIVE_INFINITY,
        inFlight: false,
        hidden: false,
      }),
    ).toBe(0)
  })
  it('reads frames no larger than 1280 px on the long side, keeping the aspect', () => {
    expect(readSize(640, 480)).toEqual({ width: 640, height: 480 })
    expect(readSize(1920, 1080)).toEqual({ width: 1280, height: 720 })
    expect(readSize(1080, 1920)).toEqual({ width: 720, height: 1280 })
  })
})

describe('camera problems', () => {
  it('needs HTTPS before anything else', () => {
    expect(cameraPrecondition({ secureContext: false, hasGetUserMedia: false })).toBe('insecure')
    expect(cameraPrecondition({ secureContext: true, hasGetUserMedia: false })).toBe('unsupported')
    expect(cameraPrecondition({ secureContext: true, hasGetUserMedia: true })).toBeNull()
  })
  it('tells denied, missing and busy cameras apart', () => {
    const err = (name: string) => new DOMException('x', name)
    expect(cameraProblemFromError(err('NotAllowedError'))).toBe('denied')
    expect(cameraProblemFromError(err('NotFoundError'))).toBe('no-camera')
    expect(cameraProblemFromError(err('OverconstrainedError'))).toBe('no-camera')
    expect(cameraProblemFromError(err('NotReadableError'))).toBe('in-use')
    expect(cameraProblemFromError(new Error('boom'))).toBe('failed')
    expect(cameraProblemFromError('nope')).toBe('failed')
  })
  it('offers Try again only where it can help', () => {
    expect(canRetryCamera('denied')).toBe(true)
    expect(canRetryCamera('in-use')).toBe(true)
    expect(canRetryCamera('insecure')).toBe(false)
  })
})
