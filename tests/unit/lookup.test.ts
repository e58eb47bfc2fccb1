import { describe, expect, it } from 'vitest'
import { parseDeepLink, resolveCode } from '../../server/domain/lookup'

const candidates = [
  { productId: 'espresso-one', codes: ['4006381333931'], codePrefixes: ['FXE1-', 'FXE'] },
  { productId: 'router-ax', codes: ['RTR-AX3000'], codePrefixes: ['FXR'] },
]

describe('code lookup', () => {
  it('resolves an exact code', () => {
    expect(resolveCode(' 4006381333931 ', candidates)).toEqual({ productId: 'espresso-one' })
  })
  it('resolves the longest prefix and keeps the rest as the serial', () => {
    expect(resolveCode('FXE1-00042', candidates)).toEqual({
      productId: 'espresso-one',
      serial: '00042',
    })
    expect(resolveCode('FXR', candidates)).toEqual({ productId: 'router-ax' })
  })
  it('resolves a QR deep link from any host with its serial', () => {
    expect(resolveCode('https://fix.example.com/p/router-ax?sn=123', candidates)).toEqual({
      productId: 'router-ax',
      serial: '123',
    })
    expect(parseDeepLink('https://x.example/p/espresso-one/')).toEqual({
      productId: 'espresso-one',
    })
  })
  it('does not resolve unknown codes, unknown deep links or other URL schemes', () => {
    expect(resolveCode('0000', candidates)).toBeNull()
    expect(resolveCode('https://x.example/p/toaster?sn=1', candidates)).toBeNull()
    expect(parseDeepLink('javascript:alert(1)//p/espresso-one')).toBeNull()
    expect(resolveCode('', candidates)).toBeNull()
  })
})
