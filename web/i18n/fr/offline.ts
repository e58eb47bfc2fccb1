import type { Translation } from '../en'
import type { enOffline } from '../en-offline'

/** The offline guide and the installable app, in French. */
export const frOffline: Translation<typeof enOffline> = {
  'guide.offline':
    'Vous êtes hors ligne : votre progression est enregistrée et sera envoyée dès votre retour en ligne.',
  'guide.sending': 'De retour en ligne : envoi de votre progression enregistrée…',
  'guide.synced': 'De retour en ligne : votre progression est synchronisée. Rien n’a été perdu.',
  'guide.savedOffline': 'Enregistré sur cet appareil : ce guide fonctionne même sans réseau.',
  'outcome.queued':
    'Votre réponse est enregistrée sur cet appareil et sera envoyée dès votre retour en ligne.',
  'pwa.updateReady': 'Une nouvelle version de Fixpoint est prête.',
  'pwa.reload': 'Recharger',
}
