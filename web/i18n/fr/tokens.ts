import type { Translation } from '../en'
import type { enTokens } from '../en-tokens'

/** The studio's API tokens page, in French. */
export const frTokens: Translation<typeof enTokens> = {
  'studio.adminNav': 'Administration',
  'tokens.title': 'Jetons d’API',
  'tokens.link': 'Jetons d’API',
  'tokens.back': 'Retour au studio',
  'tokens.lead':
    'Les intégrations (outils de BI, CRM, scripts) appellent l’API avec un jeton : envoyez-le sous la forme « Authorization: Bearer … ». Chaque jeton ne peut faire que ce que ses portées autorisent.',
  'tokens.docs': 'Référence de l’API',
  'tokens.adminsOnly': 'Seuls les administrateurs peuvent gérer les jetons d’API.',
  'tokens.loading': 'Chargement des jetons d’API…',
  'tokens.none': 'Aucun jeton d’API pour l’instant.',
  'tokens.listHeading': 'Jetons',
  'tokens.name': 'Nom',
  'tokens.scopes': 'Portées',
  'tokens.created': 'Créé',
  'tokens.lastUsed': 'Dernière utilisation',
  'tokens.status': 'Statut',
  'tokens.actions': 'Actions',
  'tokens.never': 'Jamais',
  'tokens.active': 'Actif',
  'tokens.revokedAt': 'Révoqué le {when}',
  'tokens.revoke': 'Révoquer',
  'tokens.revokeFor': 'Révoquer le jeton « {name} »',
  'tokens.confirmRevoke':
    'Révoquer le jeton « {name} » ? Tout ce qui l’utilise cesse de fonctionner immédiatement. Cette action est irréversible.',
  'tokens.revoked': 'Le jeton « {name} » est révoqué.',
  'tokens.by': 'par {email}',
  'tokens.createHeading': 'Créer un jeton',
  'tokens.nameHint': 'Ce qui l’utilise, par ex. « Export Power BI ».',
  'tokens.scopesLegend': 'Ce qu’il peut faire',
  'tokens.create': 'Créer le jeton',
  'tokens.creating': 'Création…',
  'tokens.secretHeading': 'Copiez maintenant le jeton « {name} »',
  'tokens.secretHint':
    'C’est la seule fois où il s’affiche. Conservez-le dans le coffre à secrets de votre intégration ; s’il est perdu, révoquez-le et créez-en un autre.',
  'tokens.secretLabel': 'Jeton « {name} »',
  'tokens.copy': 'Copier le jeton',
  'tokens.copied': 'Copié.',
  'tokens.done': 'Je l’ai conservé',
}
