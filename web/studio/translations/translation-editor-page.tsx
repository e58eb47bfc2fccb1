import './translations.css'
import { type FormEvent, useCallback, useMemo, useState } from 'react'
import { Link, useLocation, useParams } from 'wouter'
import type { Procedure } from '../../../server/domain/procedure'
import { translatableFields } from '../../../server/domain/translation'
import {
  deleteTranslation,
  getTranslation,
  saveTranslation,
  type TranslationDetail,
} from '../../api/studio-translations'
import { languageLabel } from '../../i18n/content-language'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { fieldLabel } from './field-label'
import { TranslationField } from './translation-field'

function Editor({ initial }: { initial: TranslationDetail }) {
  const [, navigate] = useLocation()
  const [detail, setDetail] = useState(initial)
  const source = detail.source.procedure as Procedure
  const fields = useMemo(() => translatableFields(source), [source])
  const before = useMemo(() => {
    const pinned = detail.pinned?.procedure as Procedure | undefined
    return pinned ? new Map(translatableFields(pinned).map((f) => [f.key, f.text])) : null
  }, [detail.pinned])
  const [texts, setTexts] = useState<Record<string, string>>(detail.texts)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const filled = fields.filter((f) => texts[f.key]?.trim()).length
  const stale = detail.status === 'stale' && detail.pinned

  const save = async (e?: FormEvent) => {
    e?.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const r = await saveTranslation(detail.id, detail.language, texts, detail.source.version)
      // Where it stands now (re-pinned, no longer stale); the typed texts stay as they are.
      setDetail(await getTranslation(detail.id, detail.language))
      setMessage(
        r.missing === 0
          ? t('translations.savedAll')
          : t('translations.saved', { missing: r.missing }),
      )
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }
  const remove = async () => {
    setBusy(true)
    try {
      await deleteTranslation(detail.id, detail.language)
      navigate(`/studio/procedures/${detail.id}/translations`)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setBusy(false)
    }
  }

  return (
    <form
      className="stack"
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault()
          void save()
        }
      }}
    >
      <h2>
        {t('translations.editorHeading', {
          language: languageLabel(detail.language),
          title: source.title,
        })}
      </h2>
      <p className="muted">
        {detail.source.version === null
          ? t('translations.sourceDraft', { source: languageLabel(detail.sourceLanguage) })
          : t('translations.sourceVersion', {
              version: detail.source.version,
              source: languageLabel(detail.sourceLanguage),
            })}
      </p>
      {stale && (
        <p className="alert" role="note">
          {t('translations.staleBanner', {
            from: detail.sourceVersion ?? 0,
            current: detail.source.version ?? 0,
          })}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {t('translations.filled', { filled, total: fields.length })}
      </p>
      <div className="translation-grid">
        <div className="translation-head" aria-hidden="true">
          <span>
            {t('translations.sourceText', { language: languageLabel(detail.sourceLanguage) })}
          </span>
          <span>{languageLabel(detail.language)}</span>
        </div>
        {fields.map((f) => (
          <TranslationField
            key={f.key}
            field={f}
            label={fieldLabel(f.key, source)}
            value={texts[f.key] ?? ''}
            sourceLanguage={detail.sourceLanguage}
            language={detail.language}
            was={
              before
                ? before.has(f.key)
                  ? before.get(f.key) === f.text
                    ? undefined
                    : before.get(f.key)
                  : null
                : undefined
            }
            changedSince={detail.pinned?.version ?? null}
            onChange={(v) => setTexts((x) => ({ ...x, [f.key]: v }))}
          />
        ))}
      </div>
      {error && <ErrorAlert message={error} />}
      <p role="status" className="muted">
        {message}
      </p>
      <div className="row translation-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          aria-keyshortcuts="Control+S Meta+S"
        >
          {busy ? t('translations.saving') : t('translations.save')}
        </button>
        {detail.exists && (
          <button type="button" className="button" disabled={busy} onClick={() => void remove()}>
            {t('translations.delete')}
          </button>
        )}
      </div>
    </form>
  )
}

/** `/studio/procedures/:id/translations/:lang`: the side-by-side translation editor. */
export function TranslationEditorPage() {
  const { id = '', lang = '' } = useParams<{ id: string; lang: string }>()
  const load = useCallback(() => getTranslation(id, lang), [id, lang])
  const state = useAsync(load)
  return (
    <StaffPage title={t('translations.heading')}>
      <nav className="row">
        <Link href={`/studio/procedures/${id}/translations`}>{t('translations.open')}</Link>
        <Link href={`/studio/procedures/${id}`}>{t('translations.back')}</Link>
      </nav>
      {state.status === 'loading' ? (
        <PageStatus label={t('translations.loading')} />
      ) : state.status === 'error' ? (
        <ErrorAlert message={state.error.message} onRetry={state.retry} />
      ) : (
        <Editor key={`${id}/${lang}`} initial={state.data} />
      )}
    </StaffPage>
  )
}
