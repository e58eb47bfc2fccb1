import type { Translation } from '../en'
import type { enHelp } from '../en-help'

/** The customer's help and call, in Spanish. */
export const esHelp: Translation<typeof enHelp> = {
  'help.ask': 'Pedir ayuda',
  'help.nudge.dwell':
    'Este paso está llevando un rato. Un agente de soporte puede revisarlo con usted.',
  'help.nudge.back_and_forth': '¿Va y viene por aquí? Un agente de soporte puede ayudarle.',
  'help.notNow': 'Ahora no',
  'help.asking': 'Solicitando un agente de soporte…',
  'help.waiting': 'Es el número {position} de la cola. Unos {minutes} min.',
  'help.waitingNoAgent':
    'Es el número {position} de la cola. Ahora mismo no hay ningún agente disponible.',
  'help.available': 'Hay ayuda disponible: un agente de soporte puede atenderle ahora.',
  'help.unavailable': 'Ahora mismo no hay ningún agente disponible.',
  'help.callbackOffer': 'Que un agente le llame',
  'help.callbackInstead': 'Mejor que un agente le llame',
  'help.callback.title': 'Que un agente le llame',
  'help.callback.lead':
    'Deje sus datos y cuándo le viene bien. Un agente le llamará o le escribirá, sabiendo ya dónde se quedó atascado.',
  'help.callback.leavesQueue': 'Saldrá de la cola: la llamada del agente sustituye a la espera.',
  'help.callback.name': 'Su nombre',
  'help.callback.phone': 'Número de teléfono',
  'help.callback.email': 'Correo electrónico',
  'help.callback.contactHint': 'Un número de teléfono, un correo electrónico o ambos.',
  'help.callback.window': '¿Cuándo podemos llamarle?',
  'help.callback.soon': 'En las próximas dos horas',
  'help.callback.day0': 'Hoy',
  'help.callback.day1': 'Mañana',
  'help.callback.day2': '{weekday}',
  'help.callback.part': '{day}, {from}–{to}',
  'help.callback.consent':
    'Acepto que Fixpoint guarde estos datos con mi reparación y que un agente me llame o me escriba sobre ella.',
  'help.callback.send': 'Enviar la solicitud',
  'help.callback.sending': 'Enviando…',
  'help.callback.cancel': 'Ahora no',
  'help.callback.fix': 'Revise los campos marcados abajo.',
  'help.callback.sent':
    'Hemos recibido su solicitud de llamada, {name}. Un agente se pondrá en contacto con usted el {window}.',
  'help.callback.claimed':
    'Un agente se ha encargado de su solicitud y se pondrá en contacto con usted pronto.',
  'help.keepGoing': 'Puede seguir con los pasos mientras espera.',
  'help.cancel': 'Cancelar la solicitud de ayuda',
  'help.cancelled': 'Se ha cancelado su solicitud de ayuda.',
  'help.active': 'Conectado con {agent}. Puede ver su cámara y señalar cosas.',
  'help.activeNoName': 'Conectado con un agente de soporte. Puede ver su cámara y señalar cosas.',
  'help.overlay.with': 'Con {agent}',
  'help.overlay.withNoName': 'Con un agente de soporte',
  'help.chatShow': 'Chat ({count})',
  'help.chatHide': 'Ocultar el chat',
  'help.overlay.arView': 'El agente ve su vista de RA y puede señalar cosas en ella.',
  'help.call.idle': 'Iniciando la llamada…',
  'help.call.connecting': 'Conectando la llamada…',
  'help.call.connected': 'Llamada conectada',
  'help.call.reconnecting': 'Conexión perdida, reconectando…',
  'help.call.failed': 'La llamada falló. Siga escribiendo al agente abajo.',
  'help.call.closed': 'Llamada finalizada',
  'help.audioOnly.network':
    'Su conexión es débil: el vídeo está en pausa, pero el agente aún le oye.',
  'help.audioOnly.ar':
    'Su vista de RA aún no llega al agente: le oye y puede seguir señalando cosas en su vista.',
  'help.audioOnly.camera':
    'Su cámara no pudo iniciarse, así que el agente le oye pero no ve nada. Cuéntele lo que ve o use el chat.',
  'help.view.ar_view': 'El agente ve su vista de RA: la imagen de su cámara con la guía encima.',
  'help.view.ar_scene':
    'El agente ve la vista 3D de la guía, pero no la imagen de su cámara: este navegador no la comparte durante la RA.',
  'help.view.headset_camera':
    'El agente ve la cámara de su visor, que no es exactamente su vista de RA: sus puntos pueden quedar algo desplazados.',
  'help.camera.NotAllowedError':
    'La cámara y el micrófono están bloqueados. Permítalos en los ajustes del navegador o use el chat.',
  'help.camera.other':
    'La cámara o el micrófono no pudieron iniciarse. Use el chat para hablar con el agente.',
  'help.closed.resolved': 'El agente lo marcó como resuelto. Nos alegra que vuelva a funcionar.',
  'help.closed.unresolved':
    'El agente cerró la llamada sin solución. Puede volver a pedir ayuda cuando quiera.',
  'help.closed.dispatch_technician': 'Un técnico irá a verle. El agente tiene todos los detalles.',
  'help.dismiss': 'Aceptar',
  'help.chatTitle': 'Chat con el agente',
  'help.chatLabel': 'Mensaje para el agente',
  'help.chatSend': 'Enviar',
  'help.chatYou': 'Usted',
  'help.chatAgent': 'Agente',
  'help.localPreview': 'Lo que ve el agente',
}
