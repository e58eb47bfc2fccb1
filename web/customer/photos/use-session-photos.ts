import { useCallback, useEffect, useRef, useState } from 'react'
import type { PhotoStage } from '../../../server/domain/photo'
import { fetchMyPhoto, listMyPhotos, uploadPhoto } from '../../api/photos'
import { t } from '../../i18n/t'
import { shrinkPhoto } from './shrink-photo'

export type ShownPhoto = { id: string; url: string }

/**
 * The session's photos as thumbnails (loaded with the token, kept as object URLs), and `add`,
 * which shrinks and sends the chosen files one after another. A refused file leaves an error and
 * nothing else: photos already sent stay, the next file still goes.
 */
export function useSessionPhotos(sessionId: string, token: string) {
  const [photos, setPhotos] = useState<ShownPhoto[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const urls = useRef<string[]>([])
  const show = useCallback((id: string, blob: Blob) => {
    const url = URL.createObjectURL(blob)
    urls.current.push(url)
    setPhotos((now) => (now.some((p) => p.id === id) ? now : [...now, { id, url }]))
  }, [])

  useEffect(() => {
    let live = true
    listMyPhotos(sessionId, token)
      .then(async (list) => {
        for (const p of list) {
          const blob = await fetchMyPhoto(sessionId, token, p.id)
          if (live) show(p.id, blob)
        }
      })
      .catch(() => live && setError(t('photos.loadFailed')))
    return () => {
      live = false
    }
  }, [sessionId, token, show])

  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url)
    },
    [],
  )

  const add = useCallback(
    async (files: File[], where: { stage: PhotoStage; stepId?: string }) => {
      setBusy(true)
      setError(null)
      for (const file of files) {
        try {
          const image = await shrinkPhoto(file)
          const photo = await uploadPhoto(sessionId, token, image, where)
          show(photo.id, image)
        } catch (err) {
          setError(t('photos.failed', { reason: err instanceof Error ? err.message : String(err) }))
        }
      }
      setBusy(false)
    },
    [sessionId, token, show],
  )
  return { photos, busy, error, add }
}
