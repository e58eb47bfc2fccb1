import { useEffect } from 'react'
import { t } from '../i18n/t'

/** Names the tab after the page, so history and screen readers say where you are. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name')
  }, [title])
}
