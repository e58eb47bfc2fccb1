import { t } from '../../i18n/t'

type Props = { code: string; onSearch: () => void }

/** A code we read but do not know: say so plainly, and offer the search. */
export function UnknownCodeNotice({ code, onSearch }: Props) {
  return (
    <div className="card">
      <h2 className="scan-card-title">{t('scan.unknownTitle')}</h2>
      <p>{t('scan.unknownBody', { code: code.length > 80 ? `${code.slice(0, 77)}…` : code })}</p>
      <button type="button" className="button button-primary" onClick={onSearch}>
        {t('scan.search')}
      </button>
    </div>
  )
}
