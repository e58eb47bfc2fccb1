import type { Translation } from '../en'
import type { enArHelp } from '../en-ar-help'

/** Live help inside AR, in French. */
export const frArHelp: Translation<typeof enArHelp> = {
  'arHelp.asking': 'Aide : demande d’un conseiller…',
  'arHelp.waiting': 'Aide : vous êtes n° {position} dans la file, environ {minutes} min.',
  'arHelp.waitingNoAgent':
    'Aide : vous êtes numéro {position} dans la file. Aucun agent n’est disponible pour le moment : laissez une demande de rappel et nous vous appellerons.',
  'arHelp.connected': 'Aide : en ligne avec {agent}. {call}',
  'arHelp.connectedNoName': 'Aide : en ligne avec un conseiller. {call}',
  'arHelp.pointer':
    'Les points que le conseiller place dans votre vue apparaissent dans votre pièce.',
  'arHelp.callback': 'Demander un rappel',
  'arHelp.cancel': 'Annuler l’aide',
  'arHelp.ended': 'Aide : {message}',
}
