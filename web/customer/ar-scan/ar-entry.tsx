import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { t } from '../../i18n/t'
import { detectDeviceMode } from '../../xr/device-mode'

/**
 * On `/`, where this browser can start WebXR AR: the way to find the product in AR itself (the
 * label read through the camera inside the session). Elsewhere nothing: the 2D scan is the way.
 */
export function ArEntry() {
  const [ar, setAr] = useState(false)
  useEffect(() => {
    let live = true
    void detectDeviceMode().then((mode) => {
      if (live) setAr(mode === 'immersive-ar')
    })
    return () => {
      live = false
    }
  }, [])
  if (!ar) return null
  return (
    <section className="card stack" aria-labelledby="ar-entry-title">
      <h2 id="ar-entry-title">{t('arScan.link')}</h2>
      <p className="muted">{t('arScan.linkHint')}</p>
      <Link className="button button-primary" href="/ar">
        {t('arScan.title')}
      </Link>
    </section>
  )
}
