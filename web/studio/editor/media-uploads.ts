import { useCallback, useState } from 'react'
import type { UploadedMedia } from '../../../server/domain/step-media'
import { uploadPoster, uploadStepMedia } from '../../api/step-media'
import { t } from '../../i18n/t'
import type { EditableMedia } from './draft-doc'
import { useEditorStore } from './editor-store'
import { videoPoster } from './video-poster'

export type Upload = {
  key: string
  name: string
  /** 0..1 of the bytes sent; at 1 the server is still checking and resizing. */
  progress: number
  error?: string
  notice?: string
}

let counter = 0

/**
 * Uploads files to the step with id `stepId`, one after another, and adds each to the step when the
 * server has kept it (a video with the poster frame drawn here). A refused file leaves the step as
 * it was and stays listed with the server's reason until dismissed.
 */
export function useMediaUploads(stepId: string) {
  const store = useEditorStore()
  const [uploads, setUploads] = useState<Upload[]>([])
  const update = useCallback(
    (key: string, change: Partial<Upload>) =>
      setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u))),
    [],
  )

  const addToStep = useCallback(
    (entry: EditableMedia) =>
      store.getState().edit((d) => ({
        ...d,
        steps: d.steps.map((s) => (s.id === stepId ? { ...s, media: [...s.media, entry] } : s)),
      })),
    [store, stepId],
  )

  const add = useCallback(
    async (files: readonly File[]) => {
      const queued = files.map((file) => ({ file, key: `upload-${++counter}` }))
      setUploads((all) => [
        ...all.filter((u) => !u.error && !u.notice),
        ...queued.map(({ file, key }) => ({ key, name: file.name, progress: 0 })),
      ])
      const procedureId = store.getState().procedureId
      for (const { file, key } of queued) {
        try {
          let media: UploadedMedia = await uploadStepMedia(procedureId, file, (progress) =>
            update(key, { progress }),
          )
          let notice: string | undefined
          if (media.kind === 'video') {
            const poster = await videoPoster(file)
            if (poster) media = await uploadPoster(procedureId, media.id, poster)
            else notice = t('media.posterFailed')
          }
          addToStep(media.kind === 'image' ? { ...media, alt: '' } : { ...media, caption: '' })
          if (notice) update(key, { notice })
          else setUploads((all) => all.filter((u) => u.key !== key))
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err)
          update(key, { error: t('media.failed', { name: file.name, reason }) })
        }
      }
    },
    [store, update, addToStep],
  )

  const dismiss = useCallback(
    (key: string) => setUploads((all) => all.filter((u) => u.key !== key)),
    [],
  )
  return { uploads, add, dismiss }
}
