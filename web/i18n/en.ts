/** Every string the web app shows, by key; `{name}` marks a value filled in by `t()`. */
export const en = {
  'app.name': 'Fixpoint',
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.crashed': 'Something went wrong on this page.',
  'app.crashedHint': 'Reload the page to try again. If it keeps happening, go back to the start.',
  'app.reload': 'Reload',
  'app.home': 'Back to the start',
  'app.retry': 'Try again',

  'api.network': 'Fixpoint could not be reached. Check your connection and try again.',
  'api.unexpected': 'The server answered in a way we did not expect (status {status}).',

  'home.title': 'Fix it yourself, step by step',
  'home.lead':
    'Point your phone at the product and Fixpoint shows you what to do, right on it. No app to install.',
  'home.scanSoon':
    'Scanning the label with your camera is coming soon. For now, find your product below.',
  'home.searchLabel': 'Search products',
  'home.searchHint': 'Name, brand or model number',
  'home.productsHeading': 'Products',
  'home.loadingProducts': 'Loading products…',
  'home.noProducts': 'No products are available yet.',
  'home.noMatches': 'No product matches “{query}”.',
  'home.guides': '{count} repair guides',
  'home.guide': '1 repair guide',

  'product.loading': 'Loading the product…',
  'product.notFound': 'We could not find this product.',
  'product.model': 'Model {model}',
  'product.serial': 'Serial number {serial}',
  'product.proceduresHeading': 'What is wrong?',
  'product.noProcedures': 'There are no repair guides for this product yet.',
  'product.symptom': 'Fixes',
  'product.difficulty': 'Difficulty',
  'product.time': 'Time',
  'product.minutes': '{minutes} min',
  'product.tools': 'Tools',
  'product.noTools': 'None',
  'product.start': 'Start this repair',
  'product.starting': 'Starting…',
  'difficulty.very-easy': 'Very easy',
  'difficulty.easy': 'Easy',
  'difficulty.moderate': 'Moderate',
  'difficulty.difficult': 'Difficult',

  'repair.loading': 'Loading your repair…',
  'repair.noToken':
    'This repair was started on another device or in another tab, so it cannot be opened here. Start it again from the product page.',
  'repair.currentStep': 'Current step',
  'repair.stepsHeading': 'All steps',
  'repair.version': 'Guide version {version}',
  'repair.noProcedure': 'The guide for this repair is no longer available.',

  'staff.checking': 'Checking your sign-in…',
  'staff.signedInAs': 'Signed in as {name} ({role})',
  'staff.signOut': 'Sign out',
  'studio.title': 'Studio',
  'studio.placeholder': 'Authoring products and procedures arrives here next.',
  'agent.title': 'Agent console',
  'agent.placeholder': 'The live help queue arrives here next.',

  'login.title': 'Staff sign-in',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',

  'notFound.title': 'Page not found',
  'notFound.body':
    'There is nothing at this address. It may have moved, or the link may be incomplete.',

  'xr.title': 'AR check',
  'xr.lead': 'Checks that this device can start an AR session and find a surface.',
  'xr.checking': 'Checking what this device supports…',
  'xr.unsupported':
    'This browser cannot start AR. On an iPhone or a desktop, the 3D view is used instead.',
  'xr.enter': 'Enter AR',
  'xr.starting': 'Starting AR…',
  'xr.inSession': 'In AR. Looking for a surface…',
  'xr.hit': 'Surface found at',
  'xr.failed': 'AR could not start: {message}',
  'xr.exit': 'Exit AR',
} as const

export type MessageKey = keyof typeof en
