import type { Translation } from '../en'
import type { enArHelp } from '../en-ar-help'

/** Live help inside AR, in Spanish. */
export const esArHelp: Translation<typeof enArHelp> = {
  'arHelp.asking': 'Ayuda: solicitando un agente de soporte…',
  'arHelp.waiting': 'Ayuda: es el número {position} de la cola, unos {minutes} min.',
  'arHelp.waitingNoAgent':
    'Ayuda: es el número {position} de la cola. Ahora mismo no hay ningún agente disponible. Deje una solicitud de llamada desde su móvil u ordenador.',
  'arHelp.connected': 'Ayuda: hablando con {agent}. {call}',
  'arHelp.connectedNoName': 'Ayuda: hablando con un agente de soporte. {call}',
  'arHelp.pointer': 'Los puntos que el agente marque en su vista aparecen en su habitación.',
  'arHelp.cancel': 'Cancelar la ayuda',
  'arHelp.ended': 'Ayuda: {message}',
}
