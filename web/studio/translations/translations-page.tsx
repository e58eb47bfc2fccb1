import './translations.css'
import { type FormEvent, useCallback, useId, useState } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import { listTranslations, type TranslationList } from '../../api/studio-translations'
import { languageLabel } from '../../i18n/content-language'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'

type Row = TranslationList['translations'][number]

function statusText(row: Row, latest: number | null): string {
  if (row.status === 'draft') return t('translations.draft')
  if (row.status === 'stale')
    return t('translations.stale', { from: row.sourceVersion ?? 0, current: latest ?? 0 })
  return t('translations.current', { version: row.sourceVersion ?? 0 })
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null
  } catch {
    return null
  }
}

/** Opens the editor for a language typed as a BCP 47 tag. */
function AddLanguage({ id }: { id: string }) {
  const field = useId()
  const [, navigate] = useLocation()
  const [tag, setTag] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const lang = canonical(tag)
    if (!lang) return setError(t('translations.badTag', { tag }))
    navigate(`/studio/procedures/${id}/translations/${lang}`)
  }
  return (
    <form className="stack card" onSubmit={submit} aria-labelledby={`${field}-h`}>
      <h2 id={`${field}-h`}>{t('translations.add')}</h2>
      <div className="field">
        <label htmlFor={field}>{t('translations.addTag')}</label>
        <input
          id={field}
          className="input"
          value={tag}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={`${field}-hint`}
          onChange={(e) => {
            setTag(e.target.value)
            setError(null)
          }}
        />
        <p className="muted field-hint" id={`${field}-hint`}>
          {error ?? t('translations.addHint')}
        </p>
      </div>
      <button type="submit" className="button button-primary">
        {t('translations.addGo')}
      </button>
    </form>
  )
}

/** The languages of one procedure with where each stands, and a way to add one. */
export function TranslationLanguages({ id }: { id: string }) {
  const load = useCallback(() => listTranslations(id), [id])
  const state = useAsync(load)
  if (state.status === 'loading') return <PageStatus label={t('translations.loading')} />
  if (state.status === 'error')
    return <ErrorAlert message={state.error.message} onRetry={state.retry} />
  const { translations, latestVersion, sourceLanguage } = state.data
  return (
    <div className="stack">
      <p>{t('translations.lead', { source: languageLabel(sourceLanguage) })}</p>
      {translations.length === 0 ? (
        <p className="muted">{t('translations.empty')}</p>
      ) : (
        <table className="translations-table">
          <thead>
            <tr>
              <th scope="col">{t('translations.language')}</th>
              <th scope="col">{t('translations.status')}</th>
              <th scope="col">{t('translations.missingCol')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('translations.edit', { language: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {translations.map((row) => (
              <tr key={row.language} data-status={row.status}>
                <th scope="row">{languageLabel(row.language)}</th>
                <td>{statusText(row, latestVersion)}</td>
                <td>
                  {row.missing === 0
                    ? t('translations.complete')
                    : t('translations.missingCount', {
                        count: row.missing ?? '?',
                        total: row.fields ?? '?',
                      })}
                </td>
                <td>
                  <Link href={`/studio/procedures/${id}/translations/${row.language}`}>
                    {t('translations.edit', { language: languageLabel(row.language) })}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddLanguage id={id} />
    </div>
  )
}

/** `/studio/procedures/:id/translations`: the procedure's translations. */
export function TranslationsPage() {
  const { id = '' } = useParams<{ id: string }>()
  return (
    <StaffPage title={t('translations.heading')}>
      <nav className="row">
        <Link href={`/studio/procedures/${id}`}>{t('translations.back')}</Link>
      </nav>
      <TranslationLanguages id={id} />
    </StaffPage>
  )
}
