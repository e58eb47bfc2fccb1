import type { Translation } from '../en'
import type { enMedia } from '../en-media'

/** Step photos and videos, in German. */
export const deMedia: Translation<typeof enMedia> = {
  'media.show': 'Fotos ({count})',
  'media.hide': 'Fotos ausblenden',
  'media.listLabel': 'Fotos und Videos zu diesem Schritt',
  'media.openPhoto': 'Foto öffnen: {name}',
  'media.openVideo': 'Video abspielen: {name}',
  'media.photo': 'Foto',
  'media.video': 'Video',
  'media.viewer': 'Foto oder Video',
  'media.close': 'Schließen',
  'media.nextPhoto': 'Foto {n} von {count}',
  'media.closePhotos': 'Fotos schließen',
  'media.heading': 'Fotos und Videos',
  'media.add': 'Fotos oder Videos hinzufügen',
  'media.addHint':
    'Fotos (JPEG, PNG, WebP, AVIF) und kurze Videos (MP4, WebM), auch mehrere auf einmal. Jedes Foto braucht vor dem Veröffentlichen eine Beschreibung.',
  'media.uploading': '{name} wird hochgeladen: {percent} %',
  'media.processing': '{name} wird verarbeitet …',
  'media.failed': '{name} wurde nicht hinzugefügt: {reason}',
  'media.dismiss': 'Ausblenden',
  'media.alt': 'Foto {n}: Was es zeigt (Alternativtext)',
  'media.altHint':
    'Wird Menschen vorgelesen, die das Foto nicht sehen können. Zum Veröffentlichen erforderlich.',
  'media.caption': 'Video {n}: Untertitel',
  'media.remove': 'Medium {n} entfernen',
  'media.region': 'Ziehen Sie auf dem Foto, um das gemeinte Teil zu markieren.',
  'media.regionSet': 'Markiert: {w} % × {h} % bei {x} %, {y} % von oben links.',
  'media.regionClear': 'Markierung auf Foto {n} entfernen',
  'media.regionCanvas': 'Foto {n}: ziehen, um einen Bereich zu markieren',
  'media.regionNumbers': 'Foto {n}: mit Zahlen markieren',
  'media.region.x': 'Links (%)',
  'media.region.y': 'Oben (%)',
  'media.region.w': 'Breite (%)',
  'media.region.h': 'Höhe (%)',
  'media.posterFailed':
    'Aus diesem Video ließ sich kein Vorschaubild erzeugen; es wird ohne abgespielt.',
}
