import { useEffect, useState } from 'react'
import type { Object3D } from 'three'
import { USDZExporter } from 'three/examples/jsm/exporters/USDZExporter.js'
import { t } from '../../i18n/t'

/** AR Quick Look is there when an `<a rel="ar">` is understood (Safari on iOS and iPadOS). */
function quickLookSupported(): boolean {
  return document.createElement('a').relList.supports('ar')
}

/**
 * "View in your room" on iOS: the model, with the current step's pose and tint, exported to USDZ
 * in the browser and opened by AR Quick Look. Nothing is shown where Quick Look does not exist.
 */
export function QuickLookLink({ root }: { root: Object3D }) {
  const [supported] = useState(quickLookSupported)
  const [url, setUrl] = useState<string | null>(null)

  useEffect(() => {
    if (!supported) return
    let made: string | null = null
    let live = true
    new USDZExporter()
      .parseAsync(root)
      .then((bytes) => {
        made = URL.createObjectURL(new Blob([bytes], { type: 'model/vnd.usdz+zip' }))
        if (live) setUrl(made)
        else URL.revokeObjectURL(made)
      })
      .catch((err: unknown) => console.warn('AR Quick Look export failed:', err))
    return () => {
      live = false
      if (made) URL.revokeObjectURL(made)
    }
  }, [root, supported])

  if (!supported) return null
  if (!url) return <p className="muted">{t('guide.preparingQuickLook')}</p>
  return (
    <a className="button" rel="ar" href={url}>
      {/* Quick Look requires the link to wrap an image; a 1×1 transparent one is enough. */}
      <img src="/favicon.svg" alt="" width={1} height={1} />
      {t('guide.quickLook')}
    </a>
  )
}
