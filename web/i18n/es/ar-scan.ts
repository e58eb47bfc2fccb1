import type { Translation } from '../en'
import type { enArScan } from '../en-ar-scan'

/** Recognition inside AR, in Spanish. */
export const esArScan: Translation<typeof enArScan> = {
  'arScan.link': 'Apunte el móvil al producto en RA',
  'arScan.linkHint':
    'La cámara reconoce el producto por su etiqueta QR y muestra los pasos sobre él.',
  'arScan.title': 'Encuentre su producto en RA',
  'arScan.lead':
    'Inicie la RA y apunte la cámara a la etiqueta QR del producto. Nosotros encontramos el producto, usted elige el problema y los pasos aparecen directamente sobre él.',
  'arScan.looking': 'Apunte la cámara a la etiqueta QR de su producto.',
  'arScan.lookingUp': 'Etiqueta leída. Buscando…',
  'arScan.found': '{name}. ¿Qué hay que arreglar?',
  'arScan.noProcedures': 'Todavía no hay guías de reparación para este producto.',
  'arScan.unknown':
    'Este código no pertenece a ningún producto que conozcamos. Pruebe con la etiqueta del producto.',
  'arScan.failed': 'No se pudo buscar el producto: {message}',
  'arScan.starting': 'Empezando la reparación…',
  'arScan.startFailed': 'La reparación no pudo empezar: {message}',
  'arScan.noCamera':
    'Este navegador no permite a la página leer la cámara dentro de la RA. Salga de la RA y escanee la etiqueta en la página de inicio.',
  'arScan.choose': 'Elija el problema',
  'arScan.continue': 'Continuar la reparación',
  'arScan.left': 'Ha salido de la RA.',
  'arScan.scanInstead': 'Escanear la etiqueta sin RA',
}
