import type { Translation } from '../en'
import type { enPhotos } from '../en-photos'

/** Photo evidence and agent alerts, in French. */
export const frPhotos: Translation<typeof enPhotos> = {
  'photos.title': 'Montrez-nous avec une photo',
  'photos.leadOutcome': 'Une photo de l’état actuel nous aide à améliorer ce guide.',
  'photos.leadHelp': 'Une photo aide le conseiller à voir ce que vous voyez.',
  'photos.show': 'Ajouter une photo',
  'photos.hide': 'Masquer les photos',
  'photos.camera': 'Prendre une photo',
  'photos.gallery': 'Choisir dans la galerie',
  'photos.uploading': 'Envoi de votre photo…',
  'photos.added': '{count, plural, one {# photo ajoutée} other {# photos ajoutées}}',
  'photos.failed': 'Cette photo n’a pas été ajoutée : {reason}',
  'photos.privacy':
    'Nous retirons des photos la position et les informations de l’appareil avant de les conserver.',
  'photos.thumbAlt': 'Votre photo {n}',
  'photos.loadFailed': 'Vos photos n’ont pas pu s’afficher.',
  'photos.agentTitle': 'Photos du client',
  'photos.agentEmpty': 'Pas encore de photo du client.',
  'photos.agentRefresh': 'Chercher de nouvelles photos',
  'photos.agentAlt': 'Photo du client prise à {stage}, étape {step}, {time}',
  'photos.stage.outcome': '« Est-ce réparé ? »',
  'photos.stage.help': '« Obtenir de l’aide »',
  'photos.analyticsCol': 'Photos',
  'photos.analyticsAlt': 'Photo du client à {step}, {time}',
  'alerts.enable': 'M’alerter des nouveaux clients',
  'alerts.enableHint':
    'Une notification sur le bureau et un court son quand un client commence à attendre alors que cet onglet est en arrière-plan.',
  'alerts.on': 'Les alertes pour les nouveaux clients sont activées.',
  'alerts.denied':
    'Les notifications sont bloquées pour ce site ; autorisez-les dans les paramètres du site du navigateur. Le titre de l’onglet compte toujours les clients en attente.',
  'alerts.unsupported': 'Ce navigateur ne peut pas afficher de notifications sur le bureau.',
  'alerts.notificationTitle': 'Un client attend',
  'alerts.notificationBody': '{product} : bloqué à l’étape {index}, {title}',
  'alerts.titleCount': '({count}) {title}',
}
