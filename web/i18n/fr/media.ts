import type { Translation } from '../en'
import type { enMedia } from '../en-media'

/** Step photos and videos, in French. */
export const frMedia: Translation<typeof enMedia> = {
  'media.show': 'Photos ({count})',
  'media.hide': 'Masquer les photos',
  'media.listLabel': 'Photos et vidéos de cette étape',
  'media.openPhoto': 'Ouvrir la photo : {name}',
  'media.openVideo': 'Lire la vidéo : {name}',
  'media.photo': 'Photo',
  'media.video': 'Vidéo',
  'media.viewer': 'Photo ou vidéo',
  'media.close': 'Fermer',
  'media.nextPhoto': 'Photo {n} sur {count}',
  'media.closePhotos': 'Fermer les photos',
  'media.heading': 'Photos et vidéos',
  'media.add': 'Ajouter des photos ou des vidéos',
  'media.addHint':
    'Photos (JPEG, PNG, WebP, AVIF) et courtes vidéos (MP4, WebM), plusieurs à la fois. Chaque photo doit avoir une description avant la publication.',
  'media.uploading': 'Envoi de {name} : {percent} %',
  'media.processing': 'Traitement de {name}…',
  'media.failed': '{name} n’a pas été ajouté : {reason}',
  'media.dismiss': 'Fermer',
  'media.alt': 'Photo {n} : ce qu’elle montre (texte alternatif)',
  'media.altHint':
    'Lu à voix haute aux personnes qui ne peuvent pas voir la photo. Obligatoire pour publier.',
  'media.caption': 'Vidéo {n} : légende',
  'media.remove': 'Retirer le média {n}',
  'media.region': 'Faites glisser sur la photo pour marquer la pièce à regarder.',
  'media.regionSet': 'Marqué : {w} % × {h} % à {x} %, {y} % depuis le coin supérieur gauche.',
  'media.regionClear': 'Effacer la marque de la photo {n}',
  'media.regionCanvas': 'Photo {n} : faites glisser pour marquer une zone',
  'media.regionNumbers': 'Photo {n} : marquer par des valeurs',
  'media.region.x': 'Gauche (%)',
  'media.region.y': 'Haut (%)',
  'media.region.w': 'Largeur (%)',
  'media.region.h': 'Hauteur (%)',
  'media.posterFailed':
    'Aucune image d’aperçu n’a pu être tirée de cette vidéo ; elle sera lue sans.',
}
