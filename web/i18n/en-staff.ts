/** Sign-in, first run, links and staff management (merged into `en`). */
export const enStaff = {
  'role.admin': 'Administrator',
  'role.author': 'Author',
  'role.agent': 'Agent',

  'login.forgot': 'Forgot your password?',
  'login.or': 'or with a password',
  'login.sso': 'Sign in with {name}',
  'login.setupTitle': 'No account exists yet',
  'login.setupBody':
    'When the server started, it printed a one-time setup link in its output. Open that link (within an hour of the start) to create the first administrator. If it has expired, restart the server for a new one.',
  'login.setupScripted':
    'For a scripted install, set ADMIN_EMAIL and ADMIN_PASSWORD before the first start instead.',
  'login.sso.failed':
    'Single sign-on did not complete: the answer from the sign-in provider could not be verified. Start again.',
  'login.sso.expired':
    'The single sign-on took too long or started in another browser. Start again.',
  'login.sso.unavailable':
    'The single sign-on provider cannot be reached right now. Try again in a moment, or sign in with a password.',
  'login.sso.no_role':
    'Your account at the sign-in provider has no Fixpoint role. Ask an administrator to give you access.',
  'login.sso.no_email':
    'The sign-in provider did not give a verified email that matches a Fixpoint account. Ask an administrator.',
  'login.sso.inactive':
    'This account is deactivated. Ask an administrator if you need access again.',

  'password.new': 'New password',
  'password.confirm': 'Repeat the password',
  'password.hint': 'At least 10 characters. A few unrelated words make a strong one.',
  'password.tooShort': 'Use at least 10 characters.',
  'password.mismatch': 'The two passwords are not the same.',

  'setup.title': 'Set up Fixpoint',
  'setup.lead':
    'Create the first administrator. You can invite authors and agents from the studio afterwards.',
  'setup.name': 'Your name',
  'setup.submit': 'Create the administrator account',
  'setup.submitting': 'Creating the account…',
  'setup.noToken':
    'This page needs the whole setup link the server printed, including the part after “#token=”. Copy it again from the server’s output.',

  'link.checking': 'Checking the link…',
  'link.inviteTitle': 'Welcome to Fixpoint',
  'link.inviteLead': 'Choose a password for {email} to finish setting up your account.',
  'link.resetTitle': 'Choose a new password',
  'link.resetLead': 'Choose a new password for {email}. You will be signed out everywhere else.',
  'link.name': 'Your name',
  'link.submit': 'Save the password and sign in',
  'link.submitting': 'Saving…',
  'link.noToken':
    'This page needs the whole link from the email, including the part after “#token=”. Open the link again.',
  'link.toSignIn': 'Go to sign-in',

  'forgot.title': 'Reset your password',
  'forgot.lead': 'Enter your email and we will send you a link to choose a new password.',
  'forgot.submit': 'Send the link',
  'forgot.submitting': 'Sending…',
  'forgot.sent':
    'If an account exists for {email}, a link to choose a new password is on its way. It works once, for one hour. Check your spam folder if it does not arrive.',
  'forgot.noMail':
    'This server does not send email. Ask an administrator for a password reset link: they can make one on the People page.',
  'forgot.back': 'Back to sign-in',

  'people.title': 'People',
  'people.link': 'People',
  'people.back': 'Back to the studio',
  'people.adminsOnly': 'Only administrators can manage people.',
  'people.loading': 'Loading people…',
  'people.members': 'Staff members',
  'people.email': 'Email',
  'people.name': 'Name (optional)',
  'people.role': 'Role',
  'people.status': 'Status',
  'people.lastSeen': 'Last seen',
  'people.actions': 'Actions',
  'people.never': 'Never',
  'people.active': 'Active',
  'people.inactive': 'Deactivated',
  'people.pending': 'Invited, not yet joined',
  'people.viaSso': 'Signs in with SSO',
  'people.you': '(you)',
  'people.roleFor': 'Role of {email}',
  'people.saveRole': 'Save role',
  'people.saveRoleFor': 'Save role of {email}',
  'people.deactivate': 'Deactivate',
  'people.deactivateFor': 'Deactivate {email}',
  'people.reactivate': 'Reactivate',
  'people.reactivateFor': 'Reactivate {email}',
  'people.confirmDeactivate':
    'Deactivate {email}? They are signed out everywhere at once and cannot sign in until reactivated.',
  'people.reset': 'Send reset link',
  'people.resetFor': 'Send reset link to {email}',
  'people.resendInvite': 'Send the invitation again',
  'people.resendInviteFor': 'Send the invitation again to {email}',
  'people.saved': 'Saved: {email} is now {what}.',
  'people.inviteHeading': 'Invite someone',
  'people.invite': 'Send the invitation',
  'people.inviting': 'Inviting…',
  'people.mailOff':
    'This server sends no email (SMTP_URL is not set): invitation and reset links are shown here for you to pass on.',
  'people.emailed': 'A link was emailed to {email}. It works once, until {expires}.',
  'people.passOn': 'Pass this link on to {email} yourself (it works once, until {expires}):',
  'people.linkLabel': 'Link for {email}',
  'people.copy': 'Copy the link',
  'people.copied': 'Copied.',
  'people.signIns': 'Open sign-ins',
  'people.noSignIns': 'Nobody is signed in.',
  'people.method': 'How',
  'people.method.password': 'Password',
  'people.method.sso': 'SSO',
  'people.signedInAt': 'Signed in',
  'people.from': 'From',
} as const
