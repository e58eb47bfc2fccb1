import type { Translation } from '../en'
import type { enStaff } from '../en-staff'

/** Sign-in, first run, links and staff management, in German. */
export const deStaff: Translation<typeof enStaff> = {
  'role.admin': 'Administrator',
  'role.author': 'Autor',
  'role.agent': 'Agent',

  'login.forgot': 'Passwort vergessen?',
  'login.or': 'oder mit Passwort',
  'login.sso': 'Mit {name} anmelden',
  'login.setupTitle': 'Es gibt noch kein Konto',
  'login.setupBody':
    'Beim Start hat der Server einen einmaligen Einrichtungslink ausgegeben. Öffnen Sie diesen Link (innerhalb einer Stunde nach dem Start), um den ersten Administrator anzulegen. Ist er abgelaufen, starten Sie den Server für einen neuen Link neu.',
  'login.setupScripted':
    'Für eine skriptgesteuerte Installation setzen Sie stattdessen vor dem ersten Start ADMIN_EMAIL und ADMIN_PASSWORD.',
  'login.sso.failed':
    'Die einmalige Anmeldung wurde nicht abgeschlossen: Die Antwort des Anmeldedienstes konnte nicht überprüft werden. Beginnen Sie erneut.',
  'login.sso.expired':
    'Die einmalige Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser begonnen. Beginnen Sie erneut.',
  'login.sso.unavailable':
    'Der Anmeldedienst ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal oder melden Sie sich mit Passwort an.',
  'login.sso.no_role':
    'Ihr Konto beim Anmeldedienst hat keine Fixpoint-Rolle. Bitten Sie einen Administrator um Zugang.',
  'login.sso.no_email':
    'Der Anmeldedienst hat keine bestätigte E-Mail-Adresse geliefert, die zu einem Fixpoint-Konto passt. Wenden Sie sich an einen Administrator.',
  'login.sso.inactive':
    'Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator, wenn Sie wieder Zugang brauchen.',

  'password.new': 'Neues Passwort',
  'password.confirm': 'Passwort wiederholen',
  'password.hint': 'Mindestens 10 Zeichen. Ein paar unzusammenhängende Wörter ergeben ein starkes.',
  'password.tooShort': 'Verwenden Sie mindestens 10 Zeichen.',
  'password.mismatch': 'Die beiden Passwörter stimmen nicht überein.',

  'setup.title': 'Fixpoint einrichten',
  'setup.lead':
    'Legen Sie den ersten Administrator an. Autoren und Agenten können Sie danach im Studio einladen.',
  'setup.name': 'Ihr Name',
  'setup.submit': 'Administratorkonto anlegen',
  'setup.submitting': 'Konto wird angelegt …',
  'setup.noToken':
    'Diese Seite braucht den vollständigen Einrichtungslink, den der Server ausgegeben hat, einschließlich des Teils nach „#token=“. Kopieren Sie ihn erneut aus der Serverausgabe.',

  'link.checking': 'Link wird geprüft …',
  'link.inviteTitle': 'Willkommen bei Fixpoint',
  'link.inviteLead': 'Wählen Sie ein Passwort für {email}, um Ihr Konto fertig einzurichten.',
  'link.resetTitle': 'Neues Passwort wählen',
  'link.resetLead':
    'Wählen Sie ein neues Passwort für {email}. Überall sonst werden Sie abgemeldet.',
  'link.name': 'Ihr Name',
  'link.submit': 'Passwort speichern und anmelden',
  'link.submitting': 'Wird gespeichert …',
  'link.noToken':
    'Diese Seite braucht den vollständigen Link aus der E-Mail, einschließlich des Teils nach „#token=“. Öffnen Sie den Link erneut.',
  'link.toSignIn': 'Zur Anmeldung',

  'forgot.title': 'Passwort zurücksetzen',
  'forgot.lead':
    'Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link, um ein neues Passwort zu wählen.',
  'forgot.submit': 'Link senden',
  'forgot.submitting': 'Wird gesendet …',
  'forgot.sent':
    'Falls es ein Konto für {email} gibt, ist ein Link für ein neues Passwort unterwegs. Er funktioniert einmal, eine Stunde lang. Sehen Sie im Spam-Ordner nach, falls er nicht ankommt.',
  'forgot.noMail':
    'Dieser Server versendet keine E-Mails. Bitten Sie einen Administrator um einen Link zum Zurücksetzen: Er kann ihn auf der Seite „Personen“ erstellen.',
  'forgot.back': 'Zurück zur Anmeldung',

  'people.title': 'Personen',
  'people.link': 'Personen',
  'people.back': 'Zurück zum Studio',
  'people.adminsOnly': 'Nur Administratoren können Personen verwalten.',
  'people.loading': 'Personen werden geladen …',
  'people.members': 'Mitarbeitende',
  'people.email': 'E-Mail',
  'people.name': 'Name (optional)',
  'people.role': 'Rolle',
  'people.status': 'Status',
  'people.lastSeen': 'Zuletzt gesehen',
  'people.actions': 'Aktionen',
  'people.never': 'Nie',
  'people.active': 'Aktiv',
  'people.inactive': 'Deaktiviert',
  'people.pending': 'Eingeladen, noch nicht beigetreten',
  'people.viaSso': 'Meldet sich per SSO an',
  'people.you': '(Sie)',
  'people.roleFor': 'Rolle von {email}',
  'people.saveRole': 'Rolle speichern',
  'people.saveRoleFor': 'Rolle von {email} speichern',
  'people.deactivate': 'Deaktivieren',
  'people.deactivateFor': '{email} deaktivieren',
  'people.reactivate': 'Reaktivieren',
  'people.reactivateFor': '{email} reaktivieren',
  'people.confirmDeactivate':
    '{email} deaktivieren? Die Person wird sofort überall abgemeldet und kann sich erst nach der Reaktivierung wieder anmelden.',
  'people.reset': 'Link zum Zurücksetzen senden',
  'people.resetFor': 'Link zum Zurücksetzen an {email} senden',
  'people.resendInvite': 'Einladung erneut senden',
  'people.resendInviteFor': 'Einladung erneut an {email} senden',
  'people.saved': 'Gespeichert: {email} ist jetzt {what}.',
  'people.inviteHeading': 'Jemanden einladen',
  'people.invite': 'Einladung senden',
  'people.inviting': 'Wird eingeladen …',
  'people.mailOff':
    'Dieser Server versendet keine E-Mails (SMTP_URL ist nicht gesetzt): Einladungs- und Rücksetzlinks werden hier angezeigt, damit Sie sie weitergeben.',
  'people.emailed': 'Ein Link wurde an {email} gesendet. Er funktioniert einmal, bis {expires}.',
  'people.passOn':
    'Geben Sie diesen Link selbst an {email} weiter (er funktioniert einmal, bis {expires}):',
  'people.linkLabel': 'Link für {email}',
  'people.copy': 'Link kopieren',
  'people.copied': 'Kopiert.',
  'people.signIns': 'Aktive Anmeldungen',
  'people.noSignIns': 'Niemand ist angemeldet.',
  'people.method': 'Wie',
  'people.method.password': 'Passwort',
  'people.method.sso': 'SSO',
  'people.signedInAt': 'Angemeldet',
  'people.from': 'Von',
}
