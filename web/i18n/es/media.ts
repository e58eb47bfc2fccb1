import type { Translation } from '../en'
import type { enMedia } from '../en-media'

/** Step photos and videos, in Spanish. */
export const esMedia: Translation<typeof enMedia> = {
  'media.show': 'Fotos ({count})',
  'media.hide': 'Ocultar fotos',
  'media.listLabel': 'Fotos y vídeos de este paso',
  'media.openPhoto': 'Abrir foto: {name}',
  'media.openVideo': 'Reproducir vídeo: {name}',
  'media.photo': 'Foto',
  'media.video': 'Vídeo',
  'media.viewer': 'Foto o vídeo',
  'media.close': 'Cerrar',
  'media.nextPhoto': 'Foto {n} de {count}',
  'media.closePhotos': 'Cerrar fotos',
  'media.heading': 'Fotos y vídeos',
  'media.add': 'Añadir fotos o vídeos',
  'media.addHint':
    'Fotos (JPEG, PNG, WebP, AVIF) y vídeos cortos (MP4, WebM), varios a la vez. Cada foto necesita una descripción antes de publicar.',
  'media.uploading': 'Subiendo {name}: {percent} %',
  'media.processing': 'Procesando {name}…',
  'media.failed': 'No se ha añadido {name}: {reason}',
  'media.dismiss': 'Descartar',
  'media.alt': 'Foto {n}: qué muestra (texto alternativo)',
  'media.altHint': 'Se lee en voz alta a quienes no pueden ver la foto. Obligatorio para publicar.',
  'media.caption': 'Vídeo {n}: subtítulo',
  'media.remove': 'Quitar el archivo {n}',
  'media.region': 'Arrastre sobre la foto para marcar la pieza que hay que mirar.',
  'media.regionSet': 'Marcado: {w} % × {h} % en {x} %, {y} % desde arriba a la izquierda.',
  'media.regionClear': 'Quitar la marca de la foto {n}',
  'media.regionCanvas': 'Foto {n}: arrastre para marcar una zona',
  'media.regionNumbers': 'Foto {n}: marcar con números',
  'media.region.x': 'Izquierda (%)',
  'media.region.y': 'Arriba (%)',
  'media.region.w': 'Ancho (%)',
  'media.region.h': 'Alto (%)',
  'media.posterFailed':
    'No se pudo obtener una imagen de portada de este vídeo; se reproduce sin ella.',
}
