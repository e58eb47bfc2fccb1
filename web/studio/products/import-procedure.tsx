import { type ChangeEvent, useId, useState } from 'react'
import { Link } from 'wouter'
import { ApiError } from '../../api/api-error'
import { importProcedure } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; id: string }
  | { kind: 'error'; message: string; fields: [string, string[]][] }

/** Imports a procedure file in the documented format; every problem is listed with its path. */
export function ImportProcedure() {
  const id = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    setState({ kind: 'busy' })
    let json: unknown
    try {
      json = JSON.parse(await file.text())
    } catch (err) {
      setState({
        kind: 'error',
        message: t('studio.importNotJson', { message: (err as Error).message }),
        fields: [],
      })
      return
    }
    try {
      const done = await importProcedure(json)
      setState({ kind: 'done', id: done.id })
    } catch (err) {
      const fields = err instanceof ApiError ? Object.entries(err.fields ?? {}) : []
      setState({ kind: 'error', message: (err as Error).message, fields })
    }
  }

  return (
    <section className="stack card" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('studio.importHeading')}</h4>
      <div className="field">
        <label htmlFor={id}>{t('studio.importLabel')}</label>
        <input id={id} type="file" accept=".json,application/json" onChange={pick} />
      </div>
      {state.kind === 'busy' && <PageStatus label={t('studio.importing')} />}
      {state.kind === 'done' && (
        <p role="status">
          {t('studio.imported', { id: state.id })}{' '}
          <Link href={`/studio/procedures/${state.id}`}>{t('studio.openProcedure')}</Link>
        </p>
      )}
      {state.kind === 'error' && (
        <ErrorAlert message={state.message}>
          {state.fields.length > 0 && (
            <>
              <p>{t('studio.importErrors', { count: state.fields.length })}</p>
              <ul className="studio-issues">
                {state.fields.map(([path, messages]) => (
                  <li key={path}>
                    <code>{path}</code>: {messages.join('; ')}
                  </li>
                ))}
              </ul>
            </>
          )}
        </ErrorAlert>
      )}
    </section>
  )
}
