import { describe, expect, it } from 'vitest'
import { mediaFileUrl, renditionName, StepImageSchema } from '../../server/domain/step-media'
import {
  guideUrls,
  isCustomerPage,
  isGuideApi,
  isImmutableModel,
  isModel,
  isNeverCached,
} from './rules'

describe('what the service worker may answer from its caches', () => {
  it('falls back to the app shell for customer pages only', () => {
    for (const p of [
      '/',
      '/p/wavelink-ax3000',
      '/ar',
      '/repair/9a3c2b17-20fd-4e24-ae3c-04870bac1ac4',
    ])
      expect(isCustomerPage(p), p).toBe(true)
    for (const p of [
      '/studio',
      '/studio/products/x',
      '/agent',
      '/login',
      '/api/docs',
      '/xr-check',
      '/p/a/b',
    ])
      expect(isCustomerPage(p), p).toBe(false)
  })

  it('never stores staff pages or staff API calls', () => {
    for (const p of [
      '/studio',
      '/studio/procedures/abc',
      '/agent',
      '/staff',
      '/login',
      '/setup',
      '/welcome',
      '/reset',
      '/forgot',
      '/api/docs',
      '/api/docs/openapi.json',
      '/api/studio/products',
      '/api/agent/queue',
      '/api/auth/me',
      '/api/admin/users',
    ])
      expect(isNeverCached(p), p).toBe(true)
    for (const p of [
      '/',
      '/p/x',
      '/repair/x',
      '/api/products',
      '/api/sessions/x',
      '/studios-guide',
    ])
      expect(isNeverCached(p), p).toBe(false)
  })

  it('keeps the guide API reads, not the session writes or sub-resources', () => {
    expect(isGuideApi('/api/sessions/9a3c2b17-20fd-4e24-ae3c-04870bac1ac4')).toBe(true)
    expect(isGuideApi('/api/sessions/9a3c2b17-20fd-4e24-ae3c-04870bac1ac4/events')).toBe(false)
    expect(isGuideApi('/api/sessions/9a3c2b17-20fd-4e24-ae3c-04870bac1ac4/escalation')).toBe(false)
    expect(isGuideApi('/api/products')).toBe(true)
    expect(isGuideApi('/api/products/wavelink-ax3000')).toBe(true)
    expect(isGuideApi('/api/procedures/factory-reset/versions/3')).toBe(true)
    expect(isGuideApi('/api/studio/procedures/x')).toBe(false)
  })

  it('caches a model first only when its URL names its content', () => {
    expect(isModel('/models/wavelink-ax3000/model.glb')).toBe(true)
    expect(isModel('/api/blobs/abc123.glb')).toBe(true)
    expect(isModel('/api/blobs/abc123.jpg')).toBe(false)
    expect(isImmutableModel(new URL('http://x/models/a/model.glb?v=0123456789ab'))).toBe(true)
    expect(isImmutableModel(new URL('http://x/api/blobs/abc.glb'))).toBe(true)
    expect(isImmutableModel(new URL('http://x/models/a/model.glb'))).toBe(false)
  })
})

describe('guideUrls', () => {
  it('names the session, product, procedure version, model and every step medium once', () => {
    const items = guideUrls({
      sessionId: 's1',
      token: 'tok',
      productId: 'p 1',
      procedureId: 'reset',
      version: 4,
      modelUrl: '/models/p1/model.glb?v=abc',
      steps: [
        { media: [{ url: '/media/a.jpg', alt: '' }] },
        {
          media: [
            {
              url: '/media/b.mp4',
              poster: '/media/b.jpg',
              srcset: '/media/c-1x.jpg 1x, /media/c-2x.jpg 2x',
              sources: [{ url: '/media/b.webm' }, { src: '/media/b.mov', srcset: 'data:x 1x' }],
            },
            { url: '/media/a.jpg' },
            { url: 'blob:http://x/123' },
          ],
        },
        {},
      ],
    })
    expect(items).toEqual([
      { url: '/api/sessions/s1', kind: 'api', token: 'tok' },
      { url: '/api/products/p%201', kind: 'api' },
      { url: '/api/procedures/reset/versions/4', kind: 'api' },
      { url: '/models/p1/model.glb?v=abc', kind: 'model' },
      ...[
        '/media/a.jpg',
        '/media/b.mp4',
        '/media/b.jpg',
        '/media/c-1x.jpg',
        '/media/c-2x.jpg',
        '/media/b.webm',
        '/media/b.mov',
      ].map((url) => ({ url, kind: 'media' })),
    ])
  })

  it('keeps every rendition of an uploaded photo in the format a <picture> picks first', () => {
    const photo = StepImageSchema.parse({
      kind: 'image',
      id: '0b7c1e4a-8f2d-4c3b-9a1e-5d6f7a8b9c0d',
      url: mediaFileUrl('0b7c1e4a-8f2d-4c3b-9a1e-5d6f7a8b9c0d', renditionName(1280, 'jpeg')),
      width: 1280,
      height: 960,
      widths: [320, 640, 1280],
      formats: ['avif', 'webp', 'jpeg'],
      alt: 'The filter',
    })
    const urls = guideUrls({
      sessionId: 's',
      token: 't',
      productId: 'p',
      procedureId: 'x',
      version: 1,
      modelUrl: null,
      steps: [{ media: [photo] }],
    })
      .filter((i) => i.kind === 'media')
      .map((i) => i.url)
    expect(urls).toEqual([
      ...photo.widths.map((w) => mediaFileUrl(photo.id, renditionName(w, 'avif'))),
      photo.url,
    ])
  })
})
