import type { Translation } from '../en'
import type { enArAlign } from '../en-ar-align'

/** Label alignment in AR, in French. */
export const frArAlign: Translation<typeof enArAlign> = {
  'align.looking': 'Pointez votre caméra vers l’étiquette QR du produit.',
  'align.holdStill': 'Étiquette trouvée. Ne bougez plus un instant…',
  'align.moveALittle':
    'Bien. Déplacez-vous maintenant un peu sur le côté en gardant l’étiquette en vue, pour vérifier la position.',
  'align.aligned': 'Aligné sur votre produit.',
  'align.error': 'Précision d’environ {mm} mm.',
  'align.onProduct': 'Sur votre produit (environ {mm} mm)',
  'align.byHand': 'Le placer plutôt à la main',
  'align.backToLabel': 'Réaligner sur l’étiquette',
  'align.adjust': 'Ajuster à la main',
  'align.cannot':
    'L’étiquette n’est pas assez lisible ici. Essayez avec plus de lumière ou approchez-vous, ou placez-le à la main.',
  'align.tapLabel': 'Touchez l’étiquette',
  'align.tapLabelHint':
    'Visez le centre de l’étiquette QR de votre produit avec le point, puis touchez. Tournez-le ensuite pour l’aligner.',
  'align.tapLabelHeadset':
    'Pointez la manette vers le centre de l’étiquette QR de votre produit et appuyez sur la gâchette.',
  'align.noSurfaceForTap':
    'Pas encore de surface sous le point : approchez-vous un peu de l’étiquette.',
}
