import type { Translation } from '../en'
import type { enArHelp } from '../en-ar-help'

/** Live help inside AR, in German. */
export const deArHelp: Translation<typeof enArHelp> = {
  'arHelp.asking': 'Hilfe: Support-Mitarbeiter wird angefragt …',
  'arHelp.waiting': 'Hilfe: Sie sind Nummer {position} in der Warteschlange, etwa {minutes} Min.',
  'arHelp.waitingNoAgent':
    'Hilfe: Sie sind Nummer {position} in der Warteschlange. Gerade ist kein Mitarbeiter verfügbar: Hinterlassen Sie einen Rückrufwunsch, dann rufen wir Sie an.',
  'arHelp.connected': 'Hilfe: im Gespräch mit {agent}. {call}',
  'arHelp.connectedNoName': 'Hilfe: im Gespräch mit einem Support-Mitarbeiter. {call}',
  'arHelp.pointer': 'Punkte, die der Mitarbeiter in Ihre Ansicht setzt, erscheinen in Ihrem Raum.',
  'arHelp.callback': 'Rückruf anfordern',
  'arHelp.cancel': 'Hilfe abbrechen',
  'arHelp.ended': 'Hilfe: {message}',
}
