import type { Translation } from '../en'
import type { enHelp } from '../en-help'

/** The customer's help and call, in French. */
export const frHelp: Translation<typeof enHelp> = {
  'help.ask': 'Demander de l’aide',
  'help.nudge.dwell': 'Cette étape prend un moment. Un conseiller peut regarder avec vous.',
  'help.nudge.back_and_forth':
    'Vous faites des allers-retours ici ? Un conseiller peut vous aider.',
  'help.notNow': 'Pas maintenant',
  'help.asking': 'Demande d’un conseiller…',
  'help.waiting': 'Vous êtes n° {position} dans la file. Environ {minutes} min.',
  'help.waitingNoAgent':
    'Vous êtes n° {position} dans la file. Aucun conseiller n’est disponible pour le moment.',
  'help.available': 'De l’aide est disponible : un conseiller peut vous rejoindre.',
  'help.unavailable': 'Aucun conseiller n’est disponible pour le moment.',
  'help.callbackOffer': 'Être rappelé par un conseiller',
  'help.callbackInstead': 'Être plutôt rappelé par un conseiller',
  'help.callback.title': 'Être rappelé par un conseiller',
  'help.callback.lead':
    'Laissez vos coordonnées et le moment qui vous convient. Un conseiller vous rappelle ou vous écrit, en sachant déjà où vous êtes bloqué.',
  'help.callback.leavesQueue': 'Vous quittez la file : l’appel du conseiller remplace l’attente.',
  'help.callback.name': 'Votre nom',
  'help.callback.phone': 'Numéro de téléphone',
  'help.callback.email': 'Adresse e-mail',
  'help.callback.contactHint': 'Un numéro de téléphone, une adresse e-mail, ou les deux.',
  'help.callback.window': 'Quand pouvons-nous vous appeler ?',
  'help.callback.soon': 'Dans les deux prochaines heures',
  'help.callback.day0': 'Aujourd’hui',
  'help.callback.day1': 'Demain',
  'help.callback.day2': '{weekday}',
  'help.callback.part': '{day}, {from}–{to}',
  'help.callback.consent':
    'J’accepte que Fixpoint conserve ces informations avec ma réparation et qu’un conseiller m’appelle ou m’écrive à ce sujet.',
  'help.callback.send': 'Envoyer la demande',
  'help.callback.sending': 'Envoi…',
  'help.callback.cancel': 'Pas maintenant',
  'help.callback.fix': 'Vérifiez les champs signalés ci-dessous.',
  'help.callback.sent':
    'Votre demande de rappel est enregistrée, {name}. Un conseiller vous contactera le {window}.',
  'help.callback.claimed':
    'Un conseiller a pris votre demande de rappel et vous contactera bientôt.',
  'help.keepGoing': 'Vous pouvez continuer à suivre les étapes pendant l’attente.',
  'help.cancel': 'Annuler la demande d’aide',
  'help.cancelled': 'Votre demande d’aide a été annulée.',
  'help.active': 'En ligne avec {agent}, qui voit votre caméra et peut vous montrer des choses.',
  'help.activeNoName':
    'En ligne avec un conseiller, qui voit votre caméra et peut vous montrer des choses.',
  'help.overlay.with': 'Avec {agent}',
  'help.overlay.withNoName': 'Avec un conseiller',
  'help.chatShow': 'Chat ({count})',
  'help.chatHide': 'Masquer le chat',
  'help.overlay.arView': 'Le conseiller voit votre vue RA et peut y montrer des choses.',
  'help.call.idle': 'Démarrage de l’appel…',
  'help.call.connecting': 'Connexion de l’appel…',
  'help.call.connected': 'Appel connecté',
  'help.call.reconnecting': 'Connexion perdue, reconnexion…',
  'help.call.failed': 'L’appel a échoué. Continuez à écrire au conseiller ci-dessous.',
  'help.call.closed': 'Appel terminé',
  'help.audioOnly.network':
    'Votre connexion est faible : la vidéo est en pause, le conseiller vous entend toujours.',
  'help.audioOnly.ar':
    'Votre vue RA n’arrive pas encore au conseiller : il vous entend et peut quand même montrer des choses dans votre vue.',
  'help.audioOnly.camera':
    'Votre caméra n’a pas pu démarrer : le conseiller vous entend mais ne voit rien. Décrivez-lui ce que vous voyez, ou utilisez le chat.',
  'help.view.ar_view':
    'Le conseiller voit votre vue RA : l’image de votre caméra avec le guide dessus.',
  'help.view.ar_scene':
    'Le conseiller voit la vue 3D du guide mais pas l’image de votre caméra : ce navigateur ne la partage pas pendant la RA.',
  'help.view.headset_camera':
    'Le conseiller voit la caméra de votre casque, qui ne correspond pas exactement à votre vue RA : ses points peuvent tomber un peu à côté.',
  'help.camera.NotAllowedError':
    'La caméra et le micro sont bloqués. Autorisez-les dans les réglages du navigateur, ou utilisez le chat.',
  'help.camera.other':
    'Votre caméra ou votre micro n’a pas pu démarrer. Utilisez le chat pour parler au conseiller.',
  'help.closed.resolved':
    'Le conseiller a indiqué que c’est résolu. Ravi que ça fonctionne à nouveau.',
  'help.closed.unresolved':
    'Le conseiller a terminé l’appel sans solution. Vous pouvez redemander de l’aide à tout moment.',
  'help.closed.dispatch_technician':
    'Un technicien va venir chez vous. Le conseiller a tous les détails.',
  'help.dismiss': 'OK',
  'help.chatTitle': 'Chat avec le conseiller',
  'help.chatLabel': 'Message au conseiller',
  'help.chatSend': 'Envoyer',
  'help.chatYou': 'Vous',
  'help.chatAgent': 'Conseiller',
  'help.localPreview': 'Ce que voit le conseiller',
}
