import type { Translation } from '../en'
import type { enPhotos } from '../en-photos'

/** Photo evidence and agent alerts, in Spanish. */
export const esPhotos: Translation<typeof enPhotos> = {
  'photos.title': 'Muéstrenoslo con una foto',
  'photos.leadOutcome': 'Una foto de cómo se ve ahora nos ayuda a mejorar esta guía.',
  'photos.leadHelp': 'Una foto ayuda al agente a ver lo que usted ve.',
  'photos.show': 'Añadir una foto',
  'photos.hide': 'Ocultar las fotos',
  'photos.camera': 'Hacer una foto',
  'photos.gallery': 'Elegir de la galería',
  'photos.uploading': 'Enviando su foto…',
  'photos.added': '{count, plural, one {# foto añadida} other {# fotos añadidas}}',
  'photos.failed': 'No se añadió esa foto: {reason}',
  'photos.privacy':
    'Quitamos la ubicación y los datos de la cámara de las fotos antes de guardarlas.',
  'photos.thumbAlt': 'Su foto {n}',
  'photos.loadFailed': 'No se pudieron mostrar sus fotos.',
  'photos.agentTitle': 'Fotos del cliente',
  'photos.agentEmpty': 'Todavía no hay fotos del cliente.',
  'photos.agentRefresh': 'Buscar fotos nuevas',
  'photos.agentAlt': 'Foto del cliente tomada en {stage} en el paso {step}, {time}',
  'photos.stage.outcome': '«¿Está arreglado?»',
  'photos.stage.help': '«Pedir ayuda»',
  'photos.analyticsCol': 'Fotos',
  'photos.analyticsAlt': 'Foto del cliente en {step}, {time}',
  'alerts.enable': 'Avisarme de nuevos clientes',
  'alerts.enableHint':
    'Una notificación de escritorio y un sonido breve cuando un cliente empieza a esperar mientras esta pestaña está en segundo plano.',
  'alerts.on': 'Los avisos de nuevos clientes están activados.',
  'alerts.denied':
    'Las notificaciones de escritorio están bloqueadas para este sitio; permítalas en los ajustes del sitio del navegador. El título de la pestaña sigue contando los clientes en espera.',
  'alerts.unsupported': 'Este navegador no puede mostrar notificaciones de escritorio.',
  'alerts.notificationTitle': 'Un cliente está esperando',
  'alerts.notificationBody': '{product}: atascado en el paso {index}, {title}',
  'alerts.titleCount': '({count}) {title}',
}
