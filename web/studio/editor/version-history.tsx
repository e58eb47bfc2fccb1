import { useState } from 'react'
import { exportUrl, type StudioProcedure, setProcedureArchived } from '../../api/studio-procedures'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { VersionDiff } from './version-diff'

type Props = { info: StudioProcedure; onChanged: () => void }

/** Published versions with their notes and files, a diff between two, export and archive. */
export function VersionHistory({ info, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null)
  const archived = info.status === 'archived'

  async function toggleArchive() {
    setError(null)
    try {
      await setProcedureArchived(info.id, !archived)
      onChanged()
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <section className="stack card" aria-labelledby="editor-versions">
      <h2 id="editor-versions">{t('editor.versionsHeading')}</h2>
      {archived && <p className="alert">{t('editor.archived')}</p>}
      {info.versions.length === 0 ? (
        <p className="muted">{t('editor.noVersions')}</p>
      ) : (
        <ol className="editor-versions" data-testid="versions">
          {info.versions.map((v) => (
            <li key={v.version} className="row">
              <span>
                {t('editor.versionItem', {
                  version: v.version,
                  date: formatDateTime(v.publishedAt),
                  note: v.changeNote,
                })}
              </span>
              <a href={exportUrl(info.id, v.version)} download>
                {t('editor.download', { version: v.version })}
              </a>
            </li>
          ))}
        </ol>
      )}
      <div className="row">
        <a className="button" href={exportUrl(info.id)} download>
          {info.latestVersion ? t('editor.exportLatest') : t('editor.exportDraft')}
        </a>
        <button type="button" className="button" onClick={toggleArchive}>
          {archived ? t('editor.unarchive') : t('editor.archive')}
        </button>
      </div>
      {error && <ErrorAlert message={error} />}
      {info.versions.length > 1 && <VersionDiff id={info.id} versions={info.versions} />}
    </section>
  )
}
