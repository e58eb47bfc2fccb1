import { Link } from 'wouter'
import { t } from '../i18n/t'
import { useDocumentTitle } from './use-document-title'

export function NotFoundPage() {
  useDocumentTitle(t('notFound.title'))
  return (
    <main className="page" id="main">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <div>
        <Link className="button button-primary" href="/">
          {t('app.home')}
        </Link>
      </div>
    </main>
  )
}
