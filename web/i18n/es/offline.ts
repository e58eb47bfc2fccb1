import type { Translation } from '../en'
import type { enOffline } from '../en-offline'

/** The offline guide and the installable app, in Spanish. */
export const esOffline: Translation<typeof enOffline> = {
  'guide.offline':
    'Está sin conexión: su progreso está guardado y se enviará cuando vuelva a estar en línea.',
  'guide.sending': 'De nuevo en línea: enviando su progreso guardado…',
  'guide.synced': 'De nuevo en línea: su progreso está sincronizado. No se ha perdido nada.',
  'guide.savedOffline': 'Guardada en este dispositivo: esta guía funciona sin cobertura.',
  'outcome.queued':
    'Su respuesta está guardada en este dispositivo y se enviará cuando vuelva a estar en línea.',
  'pwa.updateReady': 'Hay una nueva versión de Fixpoint lista.',
  'pwa.reload': 'Recargar',
}
