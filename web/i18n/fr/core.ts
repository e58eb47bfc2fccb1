import type { Translation } from '../en'
import type { enCore } from '../en-core'

/** App shell and customer pages in French (“vous”). */
export const frCore: Translation<typeof enCore> = {
  'app.name': 'Fixpoint',
  'app.skipToContent': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.crashed': 'Un problème est survenu sur cette page.',
  'app.crashedHint': 'Rechargez la page pour réessayer. Si le problème persiste, revenez au début.',
  'app.reload': 'Recharger',
  'app.home': 'Revenir au début',
  'app.retry': 'Réessayer',
  'app.language': 'Langue',

  'api.network': 'Impossible de joindre Fixpoint. Vérifiez votre connexion et réessayez.',
  'api.unexpected': 'Le serveur a répondu de façon inattendue (statut {status}).',

  'home.title': 'Réparez vous-même, étape par étape',
  'home.lead':
    'Pointez votre téléphone vers le produit : Fixpoint vous montre quoi faire, directement dessus. Aucune application à installer.',
  'home.searchLabel': 'Rechercher des produits',
  'home.searchHint': 'Nom, marque ou référence',
  'home.productsHeading': 'Produits',
  'home.loadingProducts': 'Chargement des produits…',
  'home.noProducts': 'Aucun produit n’est encore disponible.',
  'home.noMatches': 'Aucun produit ne correspond à « {query} ».',
  'home.guides': '{count, plural, one {# guide de réparation} other {# guides de réparation}}',

  'scan.heading': 'Scannez votre produit',
  'scan.intro':
    'Repérez sur votre produit l’étiquette portant un code carré. Fixpoint n’utilise la caméra que pour lire ce code ; rien n’est enregistré ni envoyé.',
  'scan.start': 'Scanner le code du produit',
  'scan.starting': 'Ouverture de la caméra…',
  'scan.preview': 'Image de la caméra',
  'scan.preparing': 'Préparation du lecteur de code…',
  'scan.scanning': 'Pointez la caméra vers le code de l’étiquette et tenez-la immobile.',
  'scan.looking': 'Code lu. Recherche en cours…',
  'scan.found': 'Trouvé : {name} de {brand}.',
  'scan.foundLabel': 'Nous avons trouvé votre produit',
  'scan.brand': 'Marque',
  'scan.model': 'Modèle',
  'scan.serial': 'Numéro de série',
  'scan.seeRepairs': 'Voir les réparations',
  'scan.scanAgain': 'Scanner un autre code',
  'scan.stop': 'Arrêter la caméra',
  'scan.tryAgain': 'Réessayer',
  'scan.unknownTitle': 'Nous ne connaissons pas ce code',
  'scan.unknownBody':
    'Le code « {code} » ne correspond à aucun produit pris en charge pour l’instant. Recherchez plutôt votre produit par nom ou par référence.',
  'scan.unknownStatus': 'Ce code ne correspond à aucun produit connu.',
  'scan.search': 'Rechercher votre produit',
  'scan.lookupFailed': 'Le code n’a pas pu être vérifié. {message}',
  'scan.readerFailed':
    'Le lecteur de code ne peut pas démarrer sur cet appareil. Recherchez plutôt votre produit ci-dessous.',
  'scan.problem.denied.title': 'L’accès à la caméra est bloqué',
  'scan.problem.denied':
    'Pour scanner, autorisez la caméra pour ce site : touchez le cadenas ou l’icône des réglages à côté de l’adresse, réglez Caméra sur Autoriser, puis touchez Réessayer. Vous pouvez aussi rechercher votre produit ci-dessous.',
  'scan.problem.no-camera.title': 'Aucune caméra trouvée',
  'scan.problem.no-camera':
    'Cet appareil n’a pas de caméra utilisable. Recherchez votre produit ci-dessous ou ouvrez cette page sur votre téléphone.',
  'scan.problem.in-use.title': 'La caméra est occupée',
  'scan.problem.in-use':
    'Une autre application utilise la caméra (un appel vidéo, par exemple). Fermez-la, puis touchez Réessayer.',
  'scan.problem.insecure.title': 'La caméra nécessite une connexion sécurisée',
  'scan.problem.insecure':
    'Les navigateurs n’autorisent la caméra que sur les pages sécurisées (HTTPS). Ouvrez cette page avec une adresse https:// ou recherchez votre produit ci-dessous.',
  'scan.problem.unsupported.title': 'Ce navigateur ne peut pas utiliser la caméra',
  'scan.problem.unsupported':
    'Recherchez votre produit ci-dessous ou ouvrez cette page dans un navigateur à jour sur votre téléphone.',
  'scan.problem.failed.title': 'La caméra n’a pas pu démarrer',
  'scan.problem.failed': 'Touchez Réessayer ou recherchez votre produit ci-dessous.',

  'product.loading': 'Chargement du produit…',
  'product.notFound': 'Nous n’avons pas trouvé ce produit.',
  'product.model': 'Modèle {model}',
  'product.serial': 'Numéro de série {serial}',
  'product.proceduresHeading': 'Quel est le problème ?',
  'product.noProcedures': 'Il n’y a pas encore de guide de réparation pour ce produit.',
  'product.symptom': 'Résout',
  'product.difficulty': 'Difficulté',
  'product.time': 'Durée',
  'product.minutes': '{minutes} min',
  'product.tools': 'Outils',
  'product.noTools': 'Aucun',
  'product.parts': 'Pièces nécessaires',
  'product.steps': 'Étapes',
  'product.start': 'Commencer cette réparation',
  'product.starting': 'Démarrage…',
  'difficulty.very-easy': 'Très facile',
  'difficulty.easy': 'Facile',
  'difficulty.moderate': 'Moyenne',
  'difficulty.difficult': 'Difficile',

  'repair.loading': 'Chargement de votre réparation…',
  'repair.noToken':
    'Cette réparation a été commencée sur un autre appareil ou dans un autre onglet : elle ne peut pas s’ouvrir ici. Recommencez-la depuis la page du produit.',
  'repair.currentStep': 'Étape en cours',
  'repair.stepsHeading': 'Toutes les étapes',
  'repair.version': 'Version du guide {version}',
  'repair.noProcedure': 'Le guide de cette réparation n’est plus disponible.',
  'repair.loadingGuide': 'Ouverture du guide…',

  'guide.position': 'Étape {index} sur {total}',
  'guide.back': 'Retour',
  'guide.next': 'Suivant',
  'guide.finish': 'Terminer',
  'guide.help': 'Obtenir de l’aide',
  'guide.helpSoon':
    'Ceci est un aperçu : la demande est notée, mais aucun conseiller n’est appelé depuis cette page.',
  'guide.chooseAnswer': 'Choisissez une réponse pour continuer.',
  'guide.bullet.info': 'Astuce',
  'guide.bullet.note': 'Remarque',
  'guide.bullet.caution': 'Attention',
  'guide.bullet.warning': 'Avertissement',
  'guide.syncing': 'Enregistrement de votre progression…',
  'guide.view3d': 'Vue 3D du produit montrant la pièce de cette étape',
  'guide.loadingModel': 'Chargement du modèle 3D…',
  'guide.showPart': 'Montrer la pièce',
  'guide.modelFailed':
    'Le modèle 3D n’a pas pu s’afficher. Les étapes ci-dessous fonctionnent toujours.',
  'guide.quickLook': 'Voir dans votre pièce (AR Quick Look)',
  'guide.preparingQuickLook': 'Préparation d’AR Quick Look…',
  'guide.safetyHeading': 'Avant de commencer',
  'guide.resetView': 'Recentrer la vue',
  'outcome.question': 'Est-ce réparé ?',
  'outcome.lead':
    'Votre réponse nous indique si ce guide fonctionne, pour que nous puissions l’améliorer.',
  'outcome.yes': 'Oui, ça fonctionne',
  'outcome.no': 'Non, ça ne fonctionne toujours pas',
  'outcome.saving': 'Enregistrement de votre réponse…',
  'outcome.back': 'Revenir à la dernière étape',
  'outcome.fixedTitle': 'Bravo, bien joué !',
  'outcome.fixedBody': 'Merci de nous l’avoir dit. Vous pouvez fermer cette page.',
  'outcome.notFixedTitle': 'Désolé, ce n’est pas encore réparé',
  'outcome.notFixedBody':
    'Merci d’avoir essayé. Un conseiller peut regarder avec vous, ou un autre guide pour ce produit peut vous aider.',
  'outcome.askAgent': 'Parler à un conseiller',
  'outcome.otherGuides': 'Voir les autres guides pour ce produit',
  'outcome.offline':
    'Vous êtes hors ligne. Votre réponse sera enregistrée une fois de retour en ligne ; réessayez à ce moment-là.',

  'staff.checking': 'Vérification de votre connexion…',
  'staff.signingOut': 'Déconnexion en cours…',
  'staff.signedInAs': 'Connecté en tant que {name} ({role})',
  'staff.signOut': 'Se déconnecter',
  'studio.title': 'Studio',
  'agent.title': 'Console des conseillers',

  'login.title': 'Connexion du personnel',
  'login.email': 'E-mail',
  'login.password': 'Mot de passe',
  'login.submit': 'Se connecter',
  'login.submitting': 'Connexion…',

  'notFound.title': 'Page introuvable',
  'notFound.body':
    'Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est incomplet.',

  'xr.title': 'Test RA',
  'xr.lead': 'Vérifie que cet appareil peut lancer une session de RA et détecter une surface.',
  'xr.checking': 'Vérification des capacités de cet appareil…',
  'xr.unsupported':
    'Ce navigateur ne peut pas lancer la RA. Sur iPhone ou sur ordinateur, la vue 3D est utilisée à la place.',
  'xr.enter': 'Lancer la RA',
  'xr.starting': 'Démarrage de la RA…',
  'xr.inSession': 'En RA. Recherche d’une surface…',
  'xr.hit': 'Surface trouvée à',
  'xr.failed': 'La RA n’a pas pu démarrer : {message}',
  'xr.exit': 'Quitter la RA',

  'ar.title': 'Suivez les étapes en RA',
  'ar.lead':
    'Votre caméra montre la pièce. Posez la copie 3D de votre produit sur le vrai, puis suivez les étapes directement dessus.',
  'ar.start': 'Lancer la RA',
  'ar.starting': 'Démarrage de la RA…',
  'ar.failed':
    'La RA n’a pas pu démarrer : {message}. Vous pouvez suivre les mêmes étapes dans la vue 3D.',
  'ar.use3d': 'Utiliser plutôt la vue 3D',
  'ar.left': 'Vous avez quitté la RA. Votre progression est conservée.',
  'ar.resume': 'Revenir à la RA',
  'ar.continue3d': 'Continuer dans la vue 3D',
  'ar.exit': 'Quitter la RA',
  'ar.gestures':
    'Vue caméra : touchez pour placer le produit, faites glisser pour le déplacer, tournez avec deux doigts pour le faire pivoter',
  'ar.searchingFallback':
    'Cet appareil ne détecte pas les surfaces. Touchez pour placer le produit à 1 m devant vous.',
  'ar.tapToPlace': 'Touchez pour poser le produit 3D sur la surface à côté du vrai.',
  'ar.pointToPlace':
    'Pointez la manette vers la surface à côté de votre produit et appuyez sur la gâchette pour y poser la copie 3D.',
  'ar.align':
    'Alignez-le sur votre produit : faites glisser pour le déplacer, tournez avec deux doigts pour le faire pivoter. Puis verrouillez.',
  'ar.alignHeadset':
    'Alignez-le sur votre produit : maintenez la gâchette et pointez pour le déplacer, poussez le joystick pour le faire pivoter. Puis verrouillez.',
  'ar.lock': 'Verrouiller',
  'ar.placeAgain': 'Replacer',
}
