import type { Translation } from '../en'
import type { enArScan } from '../en-ar-scan'

/** Recognition inside AR, in French. */
export const frArScan: Translation<typeof enArScan> = {
  'arScan.link': 'Pointer votre téléphone vers le produit en RA',
  'arScan.linkHint':
    'La caméra reconnaît le produit grâce à son étiquette QR et affiche les étapes dessus.',
  'arScan.title': 'Trouvez votre produit en RA',
  'arScan.lead':
    'Lancez la RA, puis pointez votre caméra vers l’étiquette QR du produit. Nous trouvons le produit, vous choisissez le problème, et les étapes s’affichent directement dessus.',
  'arScan.looking': 'Pointez votre caméra vers l’étiquette QR de votre produit.',
  'arScan.lookingUp': 'Étiquette lue. Recherche en cours…',
  'arScan.found': '{name}. Que faut-il réparer ?',
  'arScan.noProcedures': 'Il n’y a pas encore de guide de réparation pour ce produit.',
  'arScan.unknown': 'Ce code n’appartient à aucun produit connu. Essayez l’étiquette du produit.',
  'arScan.failed': 'Le produit n’a pas pu être recherché : {message}',
  'arScan.starting': 'Démarrage de la réparation…',
  'arScan.startFailed': 'La réparation n’a pas pu démarrer : {message}',
  'arScan.noCamera':
    'Ce navigateur ne laisse pas la page lire la caméra en RA. Quittez la RA et scannez plutôt l’étiquette sur la page d’accueil.',
  'arScan.choose': 'Choisissez le problème',
  'arScan.continue': 'Poursuivre la réparation',
  'arScan.left': 'Vous avez quitté la RA.',
  'arScan.scanInstead': 'Scanner l’étiquette sans RA',
}
