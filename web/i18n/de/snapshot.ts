import type { Translation } from '../en'
import type { enSnapshot } from '../en-snapshot'

/** Snapshots (agent and customer), in German. */
export const deSnapshot: Translation<typeof enSnapshot> = {
  'snapshot.freeze': 'Bild einfrieren',
  'snapshot.freezeHint':
    'Das Video des Kunden einfrieren, um auf einem Standbild zu zeichnen und es ihm zu schicken.',
  'snapshot.noPicture': 'Es gibt noch kein Bild vom Kunden zum Einfrieren.',
  'snapshot.frozen':
    'Bild eingefroren. Zeichnen Sie darauf und schicken Sie es dann dem Kunden. Sein Live-Video läuft darunter weiter.',
  'snapshot.tools': 'Werkzeuge für Momentaufnahmen',
  'snapshot.tool': 'Zeichnen mit',
  'snapshot.tool.pen': 'Stift',
  'snapshot.tool.arrow': 'Pfeil',
  'snapshot.tool.circle': 'Kreis',
  'snapshot.color': 'Farbe',
  'snapshot.color.cyan': 'Cyan',
  'snapshot.color.magenta': 'Magenta',
  'snapshot.color.yellow': 'Gelb',
  'snapshot.undo': 'Rückgängig',
  'snapshot.clear': 'Zeichnung löschen',
  'snapshot.cancel': 'Abbrechen',
  'snapshot.send': 'An Kunden senden',
  'snapshot.sending': 'Wird gesendet …',
  'snapshot.sent': 'Momentaufnahme gesendet. Der Kunde sieht sie auf seinem Bildschirm.',
  'snapshot.cancelled': 'Momentaufnahme verworfen. Zurück zum Live-Video.',
  'snapshot.tooLarge':
    'Dieses Bild ist zu groß zum Senden. Versuchen Sie es mit einem kleineren Video erneut.',
  'snapshot.hint':
    'Zum Zeichnen auf dem Bild ziehen. Tastatur: Pfeiltasten bewegen den Cursor (mit Umschalt in größeren Schritten), Eingabe beginnt und beendet eine Markierung, Escape verwirft sie, Strg+Z macht rückgängig.',
  'snapshot.canvasLabel': 'Eingefrorenes Bild aus dem Video des Kunden',
  'snapshot.historyTitle': 'Gesendete Momentaufnahmen',
  'snapshot.historyEmpty': 'In dieser Eskalation wurden noch keine Momentaufnahmen gesendet.',
  'snapshot.historyItem': 'Momentaufnahme gesendet um {time}',
  'snapshot.historyOpen': 'Die um {time} gesendete Momentaufnahme in voller Größe öffnen',
  'snapshot.customerTitle': 'Ein Bild von {agent}',
  'snapshot.customerTitleNoName': 'Ein Bild vom Mitarbeiter',
  'snapshot.customerAlt': 'Momentaufnahme Ihrer Kamera vom Mitarbeiter, mit seinen Markierungen',
  'snapshot.customerLoading': 'Das Bild des Mitarbeiters wird geladen …',
  'snapshot.customerFailed': 'Das Bild des Mitarbeiters konnte nicht geladen werden.',
  'snapshot.customerClose': 'Bild schließen',
  'snapshot.arLine': 'Der Mitarbeiter hat ein Bild geschickt: Es ist über dieser Karte.',
}
