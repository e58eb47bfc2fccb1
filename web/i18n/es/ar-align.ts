import type { Translation } from '../en'
import type { enArAlign } from '../en-ar-align'

/** Label alignment in AR, in Spanish. */
export const esArAlign: Translation<typeof enArAlign> = {
  'align.looking': 'Apunte la cámara a la etiqueta QR del producto.',
  'align.holdStill': 'Etiqueta encontrada. Quédese quieto un momento…',
  'align.moveALittle':
    'Bien. Ahora muévase un poco hacia un lado sin perder de vista la etiqueta, para comprobar la posición.',
  'align.aligned': 'Alineado con su producto.',
  'align.error': 'Precisión de unos {mm} mm.',
  'align.onProduct': 'Sobre su producto (unos {mm} mm)',
  'align.byHand': 'Colocarlo a mano',
  'align.backToLabel': 'Volver a alinear con la etiqueta',
  'align.adjust': 'Ajustar a mano',
  'align.cannot':
    'Aquí la etiqueta no se lee bien. Pruebe con más luz o acérquese, o colóquelo a mano.',
  'align.tapLabel': 'Toque la etiqueta',
  'align.tapLabelHint':
    'Apunte el punto al centro de la etiqueta QR de su producto y toque. Después gírelo para alinearlo.',
  'align.tapLabelHeadset':
    'Apunte el mando al centro de la etiqueta QR de su producto y pulse el gatillo.',
  'align.noSurfaceForTap':
    'Todavía no hay superficie bajo el punto: acérquese un poco a la etiqueta.',
}
