import type { Translation } from '../en'
import type { enSnapshot } from '../en-snapshot'

/** Snapshots (agent and customer), in French. */
export const frSnapshot: Translation<typeof enSnapshot> = {
  'snapshot.freeze': 'Figer l’image',
  'snapshot.freezeHint':
    'Figez la vidéo du client pour dessiner sur une image fixe et la lui envoyer.',
  'snapshot.noPicture': 'Il n’y a pas encore d’image du client à figer.',
  'snapshot.frozen':
    'Image figée. Dessinez dessus, puis envoyez-la au client. Sa vidéo en direct continue en dessous.',
  'snapshot.tools': 'Outils de capture',
  'snapshot.tool': 'Dessiner avec',
  'snapshot.tool.pen': 'Stylo',
  'snapshot.tool.arrow': 'Flèche',
  'snapshot.tool.circle': 'Cercle',
  'snapshot.color': 'Couleur',
  'snapshot.color.cyan': 'Cyan',
  'snapshot.color.magenta': 'Magenta',
  'snapshot.color.yellow': 'Jaune',
  'snapshot.undo': 'Annuler',
  'snapshot.clear': 'Effacer le dessin',
  'snapshot.cancel': 'Abandonner',
  'snapshot.send': 'Envoyer au client',
  'snapshot.sending': 'Envoi…',
  'snapshot.sent': 'Capture envoyée. Le client la voit sur son écran.',
  'snapshot.cancelled': 'Capture abandonnée. Retour à la vidéo en direct.',
  'snapshot.tooLarge':
    'Cette image est trop grande pour être envoyée. Réessayez avec une vidéo plus petite.',
  'snapshot.hint':
    'Faites glisser sur l’image pour dessiner. Clavier : les flèches déplacent le curseur (Maj pour de plus grands pas), Entrée commence et termine un tracé, Échap l’abandonne, Ctrl+Z annule.',
  'snapshot.canvasLabel': 'Image figée de la vidéo du client',
  'snapshot.historyTitle': 'Captures envoyées',
  'snapshot.historyEmpty': 'Aucune capture envoyée dans cette escalade pour l’instant.',
  'snapshot.historyItem': 'Capture envoyée à {time}',
  'snapshot.historyOpen': 'Ouvrir en taille réelle la capture envoyée à {time}',
  'snapshot.customerTitle': 'Une image de {agent}',
  'snapshot.customerTitleNoName': 'Une image du conseiller',
  'snapshot.customerAlt': 'La capture de votre caméra par le conseiller, avec ses annotations',
  'snapshot.customerLoading': 'Chargement de l’image du conseiller…',
  'snapshot.customerFailed': 'L’image du conseiller n’a pas pu être chargée.',
  'snapshot.customerClose': 'Fermer l’image',
  'snapshot.arLine': 'Le conseiller a envoyé une image : elle se trouve au-dessus de cette carte.',
}
