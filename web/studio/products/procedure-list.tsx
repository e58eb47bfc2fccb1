import { useCallback } from 'react'
import { Link } from 'wouter'
import { listStudioProcedures } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { ImportProcedure } from './import-procedure'
import { NewProcedureForm } from './new-procedure-form'

/** The product's procedures (drafts included), a form for a new one and a file import. */
export function ProcedureList({ productId }: { productId: string }) {
  const load = useCallback(() => listStudioProcedures(productId), [productId])
  const procedures = useAsync(load)
  return (
    <section className="stack" aria-labelledby="studio-procedures">
      <h3 id="studio-procedures">{t('studio.proceduresHeading')}</h3>
      {procedures.status === 'loading' && <PageStatus label={t('app.loading')} />}
      {procedures.status === 'error' && (
        <ErrorAlert message={procedures.error.message} onRetry={procedures.retry} />
      )}
      {procedures.status === 'ok' &&
        (procedures.data.length === 0 ? (
          <p className="muted">{t('studio.noProcedures')}</p>
        ) : (
          <ul className="list">
            {procedures.data.map((p) => (
              <li key={p.id}>
                <Link className="list-link" href={`/studio/procedures/${p.id}`}>
                  <span className="list-link-title">{p.title || p.id}</span>
                  <span className="muted">
                    {t('studio.procedureMeta', {
                      status: t(`studio.status.${p.status}`),
                      version: p.latestVersion
                        ? t('studio.latestVersion', { version: p.latestVersion })
                        : t('studio.neverPublished'),
                    })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ))}
      <div className="studio-columns">
        <NewProcedureForm productId={productId} />
        <ImportProcedure />
      </div>
    </section>
  )
}
