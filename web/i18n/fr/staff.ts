import type { Translation } from '../en'
import type { enStaff } from '../en-staff'

/** Sign-in, first run, links and staff management, in French. */
export const frStaff: Translation<typeof enStaff> = {
  'role.admin': 'Administrateur',
  'role.author': 'Auteur',
  'role.agent': 'Conseiller',

  'login.forgot': 'Mot de passe oublié ?',
  'login.or': 'ou avec un mot de passe',
  'login.sso': 'Se connecter avec {name}',
  'login.setupTitle': 'Aucun compte n’existe encore',
  'login.setupBody':
    'Au démarrage, le serveur a affiché dans sa sortie un lien de configuration à usage unique. Ouvrez ce lien (dans l’heure qui suit le démarrage) pour créer le premier administrateur. S’il a expiré, redémarrez le serveur pour en obtenir un nouveau.',
  'login.setupScripted':
    'Pour une installation scriptée, définissez plutôt ADMIN_EMAIL et ADMIN_PASSWORD avant le premier démarrage.',
  'login.sso.failed':
    'L’authentification unique n’a pas abouti : la réponse du fournisseur d’identité n’a pas pu être vérifiée. Recommencez.',
  'login.sso.expired':
    'L’authentification unique a pris trop de temps ou a commencé dans un autre navigateur. Recommencez.',
  'login.sso.unavailable':
    'Le fournisseur d’authentification unique est injoignable pour le moment. Réessayez dans un instant, ou connectez-vous avec un mot de passe.',
  'login.sso.no_role':
    'Votre compte chez le fournisseur d’identité n’a aucun rôle Fixpoint. Demandez un accès à un administrateur.',
  'login.sso.no_email':
    'Le fournisseur d’identité n’a pas transmis d’e-mail vérifié correspondant à un compte Fixpoint. Adressez-vous à un administrateur.',
  'login.sso.inactive':
    'Ce compte est désactivé. Adressez-vous à un administrateur si vous avez de nouveau besoin d’accès.',

  'password.new': 'Nouveau mot de passe',
  'password.confirm': 'Répétez le mot de passe',
  'password.hint': 'Au moins 10 caractères. Quelques mots sans rapport en font un solide.',
  'password.tooShort': 'Utilisez au moins 10 caractères.',
  'password.mismatch': 'Les deux mots de passe ne sont pas identiques.',

  'setup.title': 'Configurer Fixpoint',
  'setup.lead':
    'Créez le premier administrateur. Vous pourrez ensuite inviter des auteurs et des conseillers depuis le studio.',
  'setup.name': 'Votre nom',
  'setup.submit': 'Créer le compte administrateur',
  'setup.submitting': 'Création du compte…',
  'setup.noToken':
    'Cette page a besoin du lien de configuration complet affiché par le serveur, y compris la partie après « #token= ». Copiez-le à nouveau depuis la sortie du serveur.',

  'link.checking': 'Vérification du lien…',
  'link.inviteTitle': 'Bienvenue dans Fixpoint',
  'link.inviteLead':
    'Choisissez un mot de passe pour {email} afin de finir de configurer votre compte.',
  'link.resetTitle': 'Choisissez un nouveau mot de passe',
  'link.resetLead':
    'Choisissez un nouveau mot de passe pour {email}. Vous serez déconnecté partout ailleurs.',
  'link.name': 'Votre nom',
  'link.submit': 'Enregistrer le mot de passe et se connecter',
  'link.submitting': 'Enregistrement…',
  'link.noToken':
    'Cette page a besoin du lien complet reçu par e-mail, y compris la partie après « #token= ». Rouvrez le lien.',
  'link.toSignIn': 'Aller à la connexion',

  'forgot.title': 'Réinitialiser votre mot de passe',
  'forgot.lead':
    'Saisissez votre e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'Envoyer le lien',
  'forgot.submitting': 'Envoi…',
  'forgot.sent':
    'Si un compte existe pour {email}, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne une fois, pendant une heure. Vérifiez vos courriers indésirables s’il n’arrive pas.',
  'forgot.noMail':
    'Ce serveur n’envoie pas d’e-mails. Demandez un lien de réinitialisation à un administrateur : il peut en créer un sur la page Personnes.',
  'forgot.back': 'Retour à la connexion',

  'people.title': 'Personnes',
  'people.link': 'Personnes',
  'people.back': 'Retour au studio',
  'people.adminsOnly': 'Seuls les administrateurs peuvent gérer les personnes.',
  'people.loading': 'Chargement des personnes…',
  'people.members': 'Membres du personnel',
  'people.email': 'E-mail',
  'people.name': 'Nom (facultatif)',
  'people.role': 'Rôle',
  'people.status': 'Statut',
  'people.lastSeen': 'Dernière activité',
  'people.actions': 'Actions',
  'people.never': 'Jamais',
  'people.active': 'Actif',
  'people.inactive': 'Désactivé',
  'people.pending': 'Invité, pas encore inscrit',
  'people.viaSso': 'Se connecte par SSO',
  'people.you': '(vous)',
  'people.roleFor': 'Rôle de {email}',
  'people.saveRole': 'Enregistrer le rôle',
  'people.saveRoleFor': 'Enregistrer le rôle de {email}',
  'people.deactivate': 'Désactiver',
  'people.deactivateFor': 'Désactiver {email}',
  'people.reactivate': 'Réactiver',
  'people.reactivateFor': 'Réactiver {email}',
  'people.confirmDeactivate':
    'Désactiver {email} ? Cette personne est aussitôt déconnectée partout et ne peut plus se connecter avant d’être réactivée.',
  'people.reset': 'Envoyer un lien de réinitialisation',
  'people.resetFor': 'Envoyer un lien de réinitialisation à {email}',
  'people.resendInvite': 'Renvoyer l’invitation',
  'people.resendInviteFor': 'Renvoyer l’invitation à {email}',
  'people.saved': 'Enregistré : {email} est désormais {what}.',
  'people.inviteHeading': 'Inviter quelqu’un',
  'people.invite': 'Envoyer l’invitation',
  'people.inviting': 'Invitation…',
  'people.mailOff':
    'Ce serveur n’envoie pas d’e-mails (SMTP_URL n’est pas défini) : les liens d’invitation et de réinitialisation s’affichent ici pour que vous les transmettiez.',
  'people.emailed': 'Un lien a été envoyé à {email}. Il fonctionne une fois, jusqu’au {expires}.',
  'people.passOn':
    'Transmettez vous-même ce lien à {email} (il fonctionne une fois, jusqu’au {expires}) :',
  'people.linkLabel': 'Lien pour {email}',
  'people.copy': 'Copier le lien',
  'people.copied': 'Copié.',
  'people.signIns': 'Sessions ouvertes',
  'people.noSignIns': 'Personne n’est connecté.',
  'people.method': 'Méthode',
  'people.method.password': 'Mot de passe',
  'people.method.sso': 'SSO',
  'people.signedInAt': 'Connexion',
  'people.from': 'Depuis',
}
