import { useCallback } from 'react'
import { t } from '../i18n/t'
import { useDocumentTitle } from '../ui/use-document-title'
import { ArEntry } from './ar-scan/ar-entry'
import { ProductFinder } from './product-finder'
import { ScanPanel } from './scan/scan-panel'

const FINDER_ID = 'find-product'

/** `/`: where a repair starts. Scan the code on the product, or search for it by name. */
export function HomePage() {
  useDocumentTitle(undefined)
  const focusSearch = useCallback(() => {
    const input = document.querySelector<HTMLInputElement>(`#${FINDER_ID} input`)
    input?.scrollIntoView({ block: 'center' })
    input?.focus()
  }, [])
  return (
    <main className="page" id="main">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </section>
      <ArEntry />
      <ScanPanel onSearch={focusSearch} />
      <div id={FINDER_ID}>
        <ProductFinder />
      </div>
    </main>
  )
}
