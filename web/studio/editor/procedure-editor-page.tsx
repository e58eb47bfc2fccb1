import '../studio.css'
import { useCallback, useEffect, useState } from 'react'
import { Link, useParams } from 'wouter'
import type { Product } from '../../api/products'
import { getStudioProcedure, type StudioProcedure } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { createAutosaver } from './autosaver'
import { EditorProvider, type EditorStore } from './editor-store'
import { EditorToolbar } from './editor-toolbar'
import { EditorView } from './editor-view'
import { loadEditor } from './load-editor'
import { MetadataForm } from './metadata-form'
import { PreviewLinks } from './preview-links'
import { PublishPanel } from './publish-panel'
import { StepForm } from './step-form'
import { StepList } from './step-list'
import { VersionHistory } from './version-history'

type Props = { store: EditorStore; product: Product; initial: StudioProcedure }

function Editor({ store, product, initial }: Props) {
  const [saver] = useState(() => createAutosaver(store))
  const [info, setInfo] = useState(initial)
  useEffect(() => () => saver.dispose(), [saver])
  const refresh = useCallback(() => {
    getStudioProcedure(info.id).then(setInfo, () => undefined)
  }, [info.id])
  return (
    <EditorProvider store={store}>
      <div className="stack">
        <nav className="row">
          <Link href={`/studio/products/${product.id}`}>
            {t('editor.backToProduct', { name: product.name })}
          </Link>
          <Link href={`/studio/analytics/${info.id}`}>{t('editor.analytics')}</Link>
          <Link href={`/studio/procedures/${info.id}/translations`}>{t('translations.open')}</Link>
        </nav>
        <EditorToolbar saver={saver} />
        <MetadataForm />
        <div className="editor-main">
          <StepList />
          <StepForm parts={product.parts} />
          <EditorView modelUrl={product.modelUrl} parts={product.parts} />
        </div>
        <div className="studio-columns">
          <PreviewLinks procedureId={info.id} saver={saver} />
          <PublishPanel saver={saver} onPublished={refresh} />
        </div>
        <VersionHistory info={info} onChanged={refresh} />
      </div>
    </EditorProvider>
  )
}

function LoadedEditor({ id }: { id: string }) {
  const load = useCallback(() => loadEditor(id), [id])
  const state = useAsync(load)
  if (state.status === 'loading') return <PageStatus label={t('editor.loading')} />
  if (state.status === 'error')
    return <ErrorAlert message={state.error.message} onRetry={state.retry} />
  return <Editor store={state.data.store} product={state.data.product} initial={state.data.info} />
}

/** `/studio/procedures/:id`: the procedure editor (loaded only once the sign-in is checked). */
export function ProcedureEditorPage() {
  const { id = '' } = useParams<{ id: string }>()
  return (
    <StaffPage title={t('studio.title')}>
      <LoadedEditor id={id} />
    </StaffPage>
  )
}
