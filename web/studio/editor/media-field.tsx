import { useId } from 'react'
import { UploadedImageSchema, UploadedVideoSchema } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'
import { FieldErrors as ErrorLine } from '../ui/field-errors'
import { TextField } from '../ui/text-field'
import type { EditableMedia, EditableStep } from './draft-doc'
import { useMediaUploads } from './media-uploads'
import { positional } from './positional'
import { RegionPicker } from './region-picker'
import { useStepEdit } from './use-step-edit'
import type { FieldErrors } from './validation'
import './media-field.css'

type Props = { index: number; step: EditableStep; errors: FieldErrors }

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,image/heic,video/mp4,video/webm'

/** The step's photos and videos: upload (with progress), describe, mark a region, remove. */
export function MediaField({ index, step, errors }: Props) {
  const patch = useStepEdit(index)
  const { uploads, add, dismiss } = useMediaUploads(step.id)
  const inputId = useId()
  const media = step.media
  const set = (j: number, change: Partial<EditableMedia>, key?: string) =>
    patch({ media: media.map((m, i) => (i === j ? { ...m, ...change } : m)) }, key)
  return (
    <fieldset className="stack editor-fieldset media-field">
      <legend>{t('media.heading')}</legend>
      <ErrorLine id={`${inputId}-errors`} errors={errors[`steps.${index}.media`]} />
      <ul className="media-field-list">
        {positional(media, `step-${index}-media`).map(({ item: m, key }, j) => {
          const n = j + 1
          const e = errors[`steps.${index}.media.${j}.alt`] ?? errors[`steps.${index}.media.${j}`]
          const image = UploadedImageSchema.safeParse(m)
          const video = UploadedVideoSchema.safeParse(m)
          return (
            <li key={key} className="media-field-item">
              {image.success ? (
                <RegionPicker
                  n={n}
                  image={{ ...m, ...image.data }}
                  width={image.data.width}
                  height={image.data.height}
                  onChange={(region) => set(j, { region })}
                />
              ) : video.success ? (
                // biome-ignore lint/a11y/useMediaCaption: the author's own clip, previewed while they caption it
                <video
                  src={video.data.url}
                  poster={video.data.poster}
                  controls
                  preload="metadata"
                />
              ) : (
                <img src={m.url} alt={m.alt ?? ''} />
              )}
              <div className="stack">
                {video.success ? (
                  <TextField
                    label={t('media.caption', { n })}
                    value={m.caption ?? ''}
                    onChange={(caption) => set(j, { caption }, `media.${j}.caption`)}
                    errors={errors[`steps.${index}.media.${j}.caption`]}
                  />
                ) : (
                  <TextField
                    label={t('media.alt', { n })}
                    hint={t('media.altHint')}
                    value={m.alt ?? ''}
                    onChange={(alt) => set(j, { alt }, `media.${j}.alt`)}
                    errors={e}
                  />
                )}
                <div>
                  <button
                    type="button"
                    className="button"
                    onClick={() => patch({ media: media.filter((_, i) => i !== j) })}
                  >
                    {t('media.remove', { n })}
                  </button>
                </div>
              </div>
            </li>
          )
        })}
      </ul>
      {uploads.map((u) =>
        u.error || u.notice ? (
          <div
            key={u.key}
            className={u.error ? 'alert alert-error' : 'alert'}
            role={u.error ? 'alert' : 'status'}
          >
            <p>{u.error ?? u.notice}</p>
            <button type="button" className="button" onClick={() => dismiss(u.key)}>
              {t('media.dismiss')}
            </button>
          </div>
        ) : (
          <div key={u.key} className="field" role="status">
            <label htmlFor={`${u.key}-progress`}>
              {u.progress < 1
                ? t('media.uploading', { name: u.name, percent: Math.round(u.progress * 100) })
                : t('media.processing', { name: u.name })}
            </label>
            <progress
              id={`${u.key}-progress`}
              max={1}
              value={u.progress < 1 ? u.progress : undefined}
            />
          </div>
        ),
      )}
      <div className="field">
        <label htmlFor={inputId}>{t('media.add')}</label>
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          multiple
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ''
            if (files.length > 0) void add(files)
          }}
        />
        <p className="muted field-hint" id={`${inputId}-hint`}>
          {t('media.addHint')}
        </p>
      </div>
    </fieldset>
  )
}
