import type { Translation } from '../en'
import type { enTokens } from '../en-tokens'

/** The studio's API tokens page, in Spanish. */
export const esTokens: Translation<typeof enTokens> = {
  'studio.adminNav': 'Administración',
  'tokens.title': 'Tokens de API',
  'tokens.link': 'Tokens de API',
  'tokens.back': 'Volver al estudio',
  'tokens.lead':
    'Las integraciones (herramientas de BI, CRM, scripts) llaman a la API con un token: envíelo como «Authorization: Bearer …». Cada token solo puede hacer lo que permiten sus ámbitos.',
  'tokens.docs': 'Referencia de la API',
  'tokens.adminsOnly': 'Solo los administradores pueden gestionar los tokens de API.',
  'tokens.loading': 'Cargando los tokens de API…',
  'tokens.none': 'Todavía no hay tokens de API.',
  'tokens.listHeading': 'Tokens',
  'tokens.name': 'Nombre',
  'tokens.scopes': 'Ámbitos',
  'tokens.created': 'Creado',
  'tokens.lastUsed': 'Último uso',
  'tokens.status': 'Estado',
  'tokens.actions': 'Acciones',
  'tokens.never': 'Nunca',
  'tokens.active': 'Activo',
  'tokens.revokedAt': 'Revocado el {when}',
  'tokens.revoke': 'Revocar',
  'tokens.revokeFor': 'Revocar el token «{name}»',
  'tokens.confirmRevoke':
    '¿Revocar el token «{name}»? Todo lo que lo use dejará de funcionar de inmediato. No se puede deshacer.',
  'tokens.revoked': 'El token «{name}» está revocado.',
  'tokens.by': 'por {email}',
  'tokens.createHeading': 'Crear un token',
  'tokens.nameHint': 'Qué lo usa, p. ej., «Exportación a Power BI».',
  'tokens.scopesLegend': 'Qué puede hacer',
  'tokens.create': 'Crear el token',
  'tokens.creating': 'Creando…',
  'tokens.secretHeading': 'Copie ahora el token «{name}»',
  'tokens.secretHint':
    'Es la única vez que se muestra. Guárdelo en el almacén de secretos de su integración; si se pierde, revóquelo y cree otro.',
  'tokens.secretLabel': 'Token «{name}»',
  'tokens.copy': 'Copiar el token',
  'tokens.copied': 'Copiado.',
  'tokens.done': 'Ya lo he guardado',
}
