import { Link } from 'wouter'
import { t } from '../i18n/t'
import { LanguageSwitcher } from './language-switcher'

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Link className="brand" href="/">
        {t('app.name')}
      </Link>
      <LanguageSwitcher />
    </header>
  )
}
