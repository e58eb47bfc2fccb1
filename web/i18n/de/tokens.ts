import type { Translation } from '../en'
import type { enTokens } from '../en-tokens'

/** The studio's API tokens page, in German. */
export const deTokens: Translation<typeof enTokens> = {
  'studio.adminNav': 'Verwaltung',
  'tokens.title': 'API-Tokens',
  'tokens.link': 'API-Tokens',
  'tokens.back': 'Zurück zum Studio',
  'tokens.lead':
    'Integrationen (BI-Tools, CRMs, Skripte) rufen die API mit einem Token auf: Senden Sie es als „Authorization: Bearer …“. Jedes Token kann nur, was seine Scopes erlauben.',
  'tokens.docs': 'API-Referenz',
  'tokens.adminsOnly': 'Nur Administratoren können API-Tokens verwalten.',
  'tokens.loading': 'API-Tokens werden geladen …',
  'tokens.none': 'Noch keine API-Tokens.',
  'tokens.listHeading': 'Tokens',
  'tokens.name': 'Name',
  'tokens.scopes': 'Scopes',
  'tokens.created': 'Erstellt',
  'tokens.lastUsed': 'Zuletzt verwendet',
  'tokens.status': 'Status',
  'tokens.actions': 'Aktionen',
  'tokens.never': 'Nie',
  'tokens.active': 'Aktiv',
  'tokens.revokedAt': 'Widerrufen am {when}',
  'tokens.revoke': 'Widerrufen',
  'tokens.revokeFor': 'Token „{name}“ widerrufen',
  'tokens.confirmRevoke':
    'Token „{name}“ widerrufen? Alles, was es nutzt, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen.',
  'tokens.revoked': 'Das Token „{name}“ ist widerrufen.',
  'tokens.by': 'von {email}',
  'tokens.createHeading': 'Token erstellen',
  'tokens.nameHint': 'Wofür es genutzt wird, z. B. „Power-BI-Export“.',
  'tokens.scopesLegend': 'Was es darf',
  'tokens.create': 'Token erstellen',
  'tokens.creating': 'Wird erstellt …',
  'tokens.secretHeading': 'Kopieren Sie das Token „{name}“ jetzt',
  'tokens.secretHint':
    'Es wird nur dieses eine Mal angezeigt. Bewahren Sie es im Geheimnisspeicher Ihrer Integration auf; geht es verloren, widerrufen Sie es und erstellen Sie ein neues.',
  'tokens.secretLabel': 'Token „{name}“',
  'tokens.copy': 'Token kopieren',
  'tokens.copied': 'Kopiert.',
  'tokens.done': 'Ich habe es gespeichert',
}
