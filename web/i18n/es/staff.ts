import type { Translation } from '../en'
import type { enStaff } from '../en-staff'

/** Sign-in, first run, links and staff management, in Spanish. */
export const esStaff: Translation<typeof enStaff> = {
  'role.admin': 'Administrador',
  'role.author': 'Autor',
  'role.agent': 'Agente',

  'login.forgot': '¿Ha olvidado su contraseña?',
  'login.or': 'o con una contraseña',
  'login.sso': 'Iniciar sesión con {name}',
  'login.setupTitle': 'Todavía no existe ninguna cuenta',
  'login.setupBody':
    'Al arrancar, el servidor mostró en su salida un enlace de configuración de un solo uso. Ábralo (en la hora siguiente al arranque) para crear el primer administrador. Si ha caducado, reinicie el servidor para obtener uno nuevo.',
  'login.setupScripted':
    'Para una instalación automatizada, defina ADMIN_EMAIL y ADMIN_PASSWORD antes del primer arranque.',
  'login.sso.failed':
    'El inicio de sesión único no se completó: no se pudo verificar la respuesta del proveedor de identidad. Vuelva a empezar.',
  'login.sso.expired':
    'El inicio de sesión único tardó demasiado o empezó en otro navegador. Vuelva a empezar.',
  'login.sso.unavailable':
    'Ahora mismo no se puede contactar con el proveedor de inicio de sesión único. Inténtelo de nuevo en un momento o inicie sesión con una contraseña.',
  'login.sso.no_role':
    'Su cuenta en el proveedor de identidad no tiene ningún rol de Fixpoint. Pida acceso a un administrador.',
  'login.sso.no_email':
    'El proveedor de identidad no facilitó un correo verificado que coincida con una cuenta de Fixpoint. Consulte a un administrador.',
  'login.sso.inactive':
    'Esta cuenta está desactivada. Consulte a un administrador si necesita acceso de nuevo.',

  'password.new': 'Contraseña nueva',
  'password.confirm': 'Repita la contraseña',
  'password.hint': 'Al menos 10 caracteres. Unas cuantas palabras sin relación forman una segura.',
  'password.tooShort': 'Use al menos 10 caracteres.',
  'password.mismatch': 'Las dos contraseñas no coinciden.',

  'setup.title': 'Configurar Fixpoint',
  'setup.lead':
    'Cree el primer administrador. Después podrá invitar a autores y agentes desde el estudio.',
  'setup.name': 'Su nombre',
  'setup.submit': 'Crear la cuenta de administrador',
  'setup.submitting': 'Creando la cuenta…',
  'setup.noToken':
    'Esta página necesita el enlace de configuración completo que mostró el servidor, incluida la parte tras «#token=». Cópielo de nuevo de la salida del servidor.',

  'link.checking': 'Comprobando el enlace…',
  'link.inviteTitle': 'Bienvenido a Fixpoint',
  'link.inviteLead': 'Elija una contraseña para {email} y termine de configurar su cuenta.',
  'link.resetTitle': 'Elija una contraseña nueva',
  'link.resetLead':
    'Elija una contraseña nueva para {email}. Se cerrarán sus sesiones en todos los demás sitios.',
  'link.name': 'Su nombre',
  'link.submit': 'Guardar la contraseña e iniciar sesión',
  'link.submitting': 'Guardando…',
  'link.noToken':
    'Esta página necesita el enlace completo del correo, incluida la parte tras «#token=». Vuelva a abrir el enlace.',
  'link.toSignIn': 'Ir al inicio de sesión',

  'forgot.title': 'Restablecer la contraseña',
  'forgot.lead': 'Introduzca su correo y le enviaremos un enlace para elegir una contraseña nueva.',
  'forgot.submit': 'Enviar el enlace',
  'forgot.submitting': 'Enviando…',
  'forgot.sent':
    'Si existe una cuenta para {email}, va de camino un enlace para elegir una contraseña nueva. Funciona una vez, durante una hora. Revise la carpeta de spam si no llega.',
  'forgot.noMail':
    'Este servidor no envía correos. Pida a un administrador un enlace para restablecer la contraseña: puede crearlo en la página Personas.',
  'forgot.back': 'Volver al inicio de sesión',

  'people.title': 'Personas',
  'people.link': 'Personas',
  'people.back': 'Volver al estudio',
  'people.adminsOnly': 'Solo los administradores pueden gestionar personas.',
  'people.loading': 'Cargando personas…',
  'people.members': 'Miembros del personal',
  'people.email': 'Correo electrónico',
  'people.name': 'Nombre (opcional)',
  'people.role': 'Rol',
  'people.status': 'Estado',
  'people.lastSeen': 'Última actividad',
  'people.actions': 'Acciones',
  'people.never': 'Nunca',
  'people.active': 'Activo',
  'people.inactive': 'Desactivado',
  'people.pending': 'Invitado, aún no se ha unido',
  'people.viaSso': 'Inicia sesión con SSO',
  'people.you': '(usted)',
  'people.roleFor': 'Rol de {email}',
  'people.saveRole': 'Guardar el rol',
  'people.saveRoleFor': 'Guardar el rol de {email}',
  'people.deactivate': 'Desactivar',
  'people.deactivateFor': 'Desactivar a {email}',
  'people.reactivate': 'Reactivar',
  'people.reactivateFor': 'Reactivar a {email}',
  'people.confirmDeactivate':
    '¿Desactivar a {email}? Se cerrarán todas sus sesiones de inmediato y no podrá iniciar sesión hasta que se reactive.',
  'people.reset': 'Enviar enlace de restablecimiento',
  'people.resetFor': 'Enviar enlace de restablecimiento a {email}',
  'people.resendInvite': 'Reenviar la invitación',
  'people.resendInviteFor': 'Reenviar la invitación a {email}',
  'people.saved': 'Guardado: {email} ahora es {what}.',
  'people.inviteHeading': 'Invitar a alguien',
  'people.invite': 'Enviar la invitación',
  'people.inviting': 'Invitando…',
  'people.mailOff':
    'Este servidor no envía correos (SMTP_URL no está definida): los enlaces de invitación y restablecimiento se muestran aquí para que usted los haga llegar.',
  'people.emailed': 'Se ha enviado un enlace a {email}. Funciona una vez, hasta el {expires}.',
  'people.passOn':
    'Haga llegar usted mismo este enlace a {email} (funciona una vez, hasta el {expires}):',
  'people.linkLabel': 'Enlace para {email}',
  'people.copy': 'Copiar el enlace',
  'people.copied': 'Copiado.',
  'people.signIns': 'Sesiones abiertas',
  'people.noSignIns': 'No hay nadie con la sesión iniciada.',
  'people.method': 'Cómo',
  'people.method.password': 'Contraseña',
  'people.method.sso': 'SSO',
  'people.signedInAt': 'Inicio de sesión',
  'people.from': 'Desde',
}
