import type { Translation } from '../en'
import type { enArHelp } from '../en-ar-help'

/** Live help inside AR, in Spanish. */
export const esArHelp: Translation<typeof enArHelp> = {
  'arHelp.asking': 'Ayuda: solicitando un agente de soporte…',
  'arHelp.waiting': 'Ayuda: es el número {position} de la cola, unos {minutes} min.',
  'arHelp.waitingNoAgent':
    'Ayuda: es el número {position} en la cola. No hay ningún agente disponible ahora: deje una solicitud de llamada y le llamaremos.',
  'arHelp.connected': 'Ayuda: hablando con {agent}. {call}',
  'arHelp.connectedNoName': 'Ayuda: hablando con un agente de soporte. {call}',
  'arHelp.pointer': 'Los puntos que el agente marque en su vista aparecen en su habitación.',
  'arHelp.callback': 'Pedir que me llamen',
  'arHelp.cancel': 'Cancelar la ayuda',
  'arHelp.ended': 'Ayuda: {message}',
}
