import type { Translation } from '../en'
import type { enOffline } from '../en-offline'

/** The offline guide and the installable app, in German. */
export const deOffline: Translation<typeof enOffline> = {
  'guide.offline':
    'Sie sind offline – Ihr Fortschritt ist gespeichert und wird gesendet, sobald Sie wieder online sind.',
  'guide.sending': 'Wieder online – Ihr gespeicherter Fortschritt wird gesendet …',
  'guide.synced': 'Wieder online – Ihr Fortschritt ist übertragen. Nichts ging verloren.',
  'guide.savedOffline':
    'Auf diesem Gerät gespeichert: Diese Anleitung funktioniert auch ohne Empfang.',
  'outcome.queued':
    'Ihre Antwort ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie wieder online sind.',
  'pwa.updateReady': 'Eine neue Version von Fixpoint ist bereit.',
  'pwa.reload': 'Neu laden',
}
