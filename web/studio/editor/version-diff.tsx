import { type FormEvent, useState } from 'react'
import { diffVersions, type ProcedureDiff } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { SelectField } from '../ui/select-field'

type Props = { id: string; versions: readonly { version: number }[] }
type StepDiff = ProcedureDiff['steps'][number]

function describe(d: StepDiff): string {
  switch (d.kind) {
    case 'added':
      return t('editor.diff.added', { title: d.title, index: d.index + 1 })
    case 'removed':
      return t('editor.diff.removed', { title: d.title, index: d.index + 1 })
    case 'changed':
      return t('editor.diff.changed', {
        title: d.title,
        fields: d.changes.map((c) => c.field).join(', '),
      })
    case 'moved':
      return t('editor.diff.moved', { title: d.title, from: d.from + 1, to: d.to + 1 })
  }
}

/** The step-level differences between two published versions. */
export function VersionDiff({ id, versions }: Props) {
  const options = versions.map((v) => ({ value: String(v.version), label: String(v.version) }))
  const [from, setFrom] = useState(String(versions[1]?.version ?? 1))
  const [to, setTo] = useState(String(versions[0]?.version ?? 1))
  const [diff, setDiff] = useState<ProcedureDiff | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    try {
      setDiff(await diffVersions(id, Number(from), Number(to)))
    } catch (err) {
      setError((err as Error).message)
    }
  }

  return (
    <form className="stack" onSubmit={submit}>
      <div className="row">
        <SelectField
          label={t('editor.compareFrom')}
          value={from}
          options={options}
          onChange={setFrom}
        />
        <SelectField label={t('editor.compareTo')} value={to} options={options} onChange={setTo} />
        <button type="submit" className="button">
          {t('editor.compare')}
        </button>
      </div>
      {error && <ErrorAlert message={error} />}
      {diff && (
        <ul className="studio-issues" data-testid="version-diff">
          {diff.metadata.length + diff.steps.length === 0 && <li>{t('editor.diffNone')}</li>}
          {diff.metadata.map((m) => (
            <li key={m.field}>{t('editor.diffMeta', { field: m.field })}</li>
          ))}
          {diff.steps.map((d) => (
            <li key={`${d.kind}-${d.stepId}`}>{describe(d)}</li>
          ))}
        </ul>
      )}
    </form>
  )
}
