import type { Translation } from '../en'
import type { enLabels } from '../en-labels'

/** The studio's label sheet, in French. */
export const frLabels: Translation<typeof enLabels> = {
  'labels.title': 'Imprimer des étiquettes',
  'labels.heading': 'Étiquettes pour {name}',
  'labels.link': 'Imprimer des étiquettes',
  'labels.back': 'Retour à {name}',
  'labels.loading': 'Chargement du produit et de l’adresse du serveur…',
  'labels.form': 'Planche d’étiquettes',
  'labels.paper': 'Papier',
  'labels.paper.a4': 'A4 (210 × 297 mm)',
  'labels.paper.letter': 'US Letter (8,5 × 11 in)',
  'labels.count': 'Nombre d’étiquettes',
  'labels.first': 'Premier numéro de série',
  'labels.firstHint':
    'Les chiffres de fin s’incrémentent en gardant leurs zéros : SN-000123, SN-000124, …',
  'labels.size': 'Côté du code QR (mm)',
  'labels.sizeHint':
    'La grille de modules, hors zone de silence. Utilisez la taille déclarée dans la position d’étiquette du produit, pour que l’alignement RA mesure l’étiquette réelle.',
  'labels.sizeDeclared':
    'Côté du code QR : {size} mm, d’après la position d’étiquette du produit (grille de modules, hors zone de silence).',
  'labels.print': 'Imprimer',
  'labels.printHint':
    'Imprimez à l’échelle 100 % (« Taille réelle »), sans « Ajuster à la page », pour que les codes gardent leur taille.',
  'labels.summary':
    '{count, plural, one {# étiquette} other {# étiquettes}} sur {pages, plural, one {# page} other {# pages}} ({perPage} par page), de {first} à {last}',
  'labels.encodes': 'Les codes ouvrent {url}',
  'labels.preview': 'Aperçu',
  'labels.pageN': 'Page {page} sur {pages}',
  'labels.qrAlt': 'Code QR pour {url}',
  'labels.model': 'Modèle {model}',
  'labels.serial': 'N° de série {serial}',
  'labels.smallModules':
    'Chaque module mesure {module} mm : en dessous de 0,5 mm, les caméras des téléphones lisent mal le code. Choisissez une taille plus grande.',
  'labels.err.first.empty': 'Saisissez le premier numéro de série, par ex. SN-000123.',
  'labels.err.first.noDigits':
    'Le numéro de série doit se terminer par des chiffres à incrémenter, par ex. SN-000123.',
  'labels.err.first.characters':
    'Utilisez uniquement des lettres, des chiffres, des espaces et . _ / -, en commençant par une lettre ou un chiffre.',
  'labels.err.first.tooLong': 'Les numéros de série dépasseraient {max} caractères.',
  'labels.err.count.notWhole': 'Saisissez un nombre entier d’étiquettes.',
  'labels.err.count.tooFew': 'Imprimez au moins une étiquette.',
  'labels.err.count.tooMany':
    'Au maximum {max} étiquettes par planche ; imprimez le reste sur une autre planche.',
  'labels.err.size': 'Saisissez une taille comprise entre {min} et {max} mm.',
  'labels.err.fit':
    'Un code de {size} mm avec sa zone de silence et son texte ne tient pas sur une page {paper} ; choisissez une taille plus petite.',
  'labels.noUrl.heading': 'Définissez l’adresse publique avant d’imprimer des étiquettes',
  'labels.noUrl.body':
    'Le code QR d’une étiquette contient l’adresse qu’ouvrent les téléphones des clients, et ce serveur n’en a aucune. Définissez PUBLIC_URL dans l’environnement du serveur sur l’adresse à laquelle les clients accèdent à Fixpoint, puis redémarrez le serveur :',
  'labels.noUrl.example': 'PUBLIC_URL=https://repairs.your-company.com',
  'labels.refused.heading': 'Cette adresse publique ne peut pas figurer sur une étiquette',
  'labels.refused.loopback':
    'PUBLIC_URL vaut {url}, mais {host} signifie « cet ordinateur » : un téléphone qui scanne l’étiquette chercherait Fixpoint sur lui-même et échouerait. Définissez PUBLIC_URL sur une adresse accessible aux téléphones et redémarrez le serveur :',
  'labels.refused.placeholder':
    'PUBLIC_URL vaut {url}, mais {host} est un nom d’exemple réservé qu’aucun téléphone ne peut ouvrir. Définissez PUBLIC_URL sur votre vraie adresse et redémarrez le serveur :',
  'labels.refused.path':
    'PUBLIC_URL vaut {url}, mais les étiquettes ont besoin de l’adresse racine du site (sans chemin, requête ni fragment) : c’est là que Fixpoint répond à /p/<product>. Définissez PUBLIC_URL sur la racine et redémarrez le serveur :',
  'labels.refused.protocol':
    'PUBLIC_URL vaut {url}, qui n’est pas une adresse http ou https. Définissez PUBLIC_URL sur une telle adresse et redémarrez le serveur :',
  'labels.refused.invalid':
    'PUBLIC_URL vaut {url}, qui n’est pas une adresse valide. Corrigez-la et redémarrez le serveur :',
  'labels.lan.offer':
    'Pour une impression d’essai à l’atelier, ce serveur répond aussi sur le réseau local à {url} (il tourne avec --https). Les étiquettes imprimées avec cette adresse ne fonctionnent que sur ce réseau, tant que ce serveur tourne.',
  'labels.lan.use': 'Utiliser {url} pour une impression d’essai',
  'labels.lan.using':
    'Impression d’essai : ces étiquettes ouvrent {url}, qui ne fonctionne que sur ce réseau tant que ce serveur tourne avec --https. Définissez PUBLIC_URL pour les étiquettes destinées aux produits.',
  'labels.lan.stop': 'Ne plus utiliser l’adresse LAN',
}
