import { t } from '../i18n/t'
import { useDocumentTitle } from '../ui/use-document-title'
import { ProductFinder } from './product-finder'

/** `/`: where a repair starts. Camera scanning comes with the recognition issue; search works now. */
export function HomePage() {
  useDocumentTitle(undefined)
  return (
    <main className="page" id="main">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p className="muted">{t('home.scanSoon')}</p>
      </section>
      <ProductFinder />
    </main>
  )
}
