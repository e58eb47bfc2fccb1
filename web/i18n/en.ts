import { enAgent } from './en-agent'
import { enAnalytics } from './en-analytics'
import { enArAlign } from './en-ar-align'
import { enArHelp } from './en-ar-help'
import { enArScan } from './en-ar-scan'
import { enHelp } from './en-help'
import { enLabels } from './en-labels'
import { enMedia } from './en-media'
import { enPhotos } from './en-photos'
import { enSnapshot } from './en-snapshot'
import { enStaff } from './en-staff'
import { enStudio } from './en-studio'
import { enTokens } from './en-tokens'
import { enWebhooks } from './en-webhooks'

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
  'home.searchLabel': 'Search products',
  'home.searchHint': 'Name, brand or model number',
  'home.productsHeading': 'Products',
  'home.loadingProducts': 'Loading products…',
  'home.noProducts': 'No products are available yet.',
  'home.noMatches': 'No product matches “{query}”.',
  'home.guides': '{count} repair guides',
  'home.guide': '1 repair guide',

  'scan.heading': 'Scan your product',
  'scan.intro':
    'Find the label with a square code on your product. Fixpoint uses the camera only to read that code; nothing is recorded or sent.',
  'scan.start': 'Scan the code on your product',
  'scan.starting': 'Opening the camera…',
  'scan.preview': 'Camera view',
  'scan.preparing': 'Getting the code reader ready…',
  'scan.scanning': 'Point the camera at the code on the label and hold it steady.',
  'scan.looking': 'Code read. Looking it up…',
  'scan.found': 'Found: {name} by {brand}.',
  'scan.foundLabel': 'We found your product',
  'scan.brand': 'Brand',
  'scan.model': 'Model',
  'scan.serial': 'Serial number',
  'scan.seeRepairs': 'See repairs',
  'scan.scanAgain': 'Scan another code',
  'scan.stop': 'Stop the camera',
  'scan.tryAgain': 'Try again',
  'scan.unknownTitle': 'We do not know this code',
  'scan.unknownBody':
    'The code “{code}” does not match any product we support yet. Search for your product by name or model number instead.',
  'scan.unknownStatus': 'This code does not match a product we know.',
  'scan.search': 'Search for your product',
  'scan.lookupFailed': 'The code could not be checked. {message}',
  'scan.readerFailed':
    'The code reader could not start on this device. Search for your product below instead.',
  'scan.problem.denied.title': 'Camera access is blocked',
  'scan.problem.denied':
    'To scan, allow the camera for this site: tap the lock or settings icon next to the address, set Camera to Allow, then tap Try again. You can also search for your product below.',
  'scan.problem.no-camera.title': 'No camera found',
  'scan.problem.no-camera':
    'This device has no camera we can use. Search for your product below, or open this page on your phone.',
  'scan.problem.in-use.title': 'The camera is busy',
  'scan.problem.in-use':
    'Another app is using the camera (for example a video call). Close it, then tap Try again.',
  'scan.problem.insecure.title': 'The camera needs a secure connection',
  'scan.problem.insecure':
    'Browsers only allow the camera on secure (HTTPS) pages. Open this page with an https:// address, or search for your product below.',
  'scan.problem.unsupported.title': 'This browser cannot use the camera',
  'scan.problem.unsupported':
    'Search for your product below, or open this page in an up-to-date browser on your phone.',
  'scan.problem.failed.title': 'The camera could not start',
  'scan.problem.failed': 'Tap Try again, or search for your product below.',

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
  'product.parts': 'Parts needed',
  'product.steps': 'Steps',
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
  'repair.loadingGuide': 'Opening the guide…',

  'guide.position': 'Step {index} of {total}',
  'guide.back': 'Back',
  'guide.next': 'Next',
  'guide.finish': 'Finish',
  'guide.help': 'Get help',
  'guide.helpSoon':
    'This is a preview: the request is noted, but no support agent is called from here.',
  'guide.chooseAnswer': 'Choose an answer to continue.',
  'guide.bullet.info': 'Tip',
  'guide.bullet.note': 'Note',
  'guide.bullet.caution': 'Caution',
  'guide.bullet.warning': 'Warning',
  'guide.offline': 'Offline — your progress is saved and will be sent when you are back online.',
  'guide.syncing': 'Saving your progress…',
  'guide.view3d': '3D view of the product, showing the part for this step',
  'guide.loadingModel': 'Loading the 3D model…',
  'guide.showPart': 'Show the part',
  'guide.modelFailed': 'The 3D model could not be shown. The steps below still work.',
  'guide.quickLook': 'View in your room (AR Quick Look)',
  'guide.preparingQuickLook': 'Preparing AR Quick Look…',
  'guide.safetyHeading': 'Before you start',
  'guide.resetView': 'Re-centre the view',
  'outcome.question': 'Is it fixed?',
  'outcome.lead': 'Your answer tells us whether this guide works, so we can make it better.',
  'outcome.yes': 'Yes, it works now',
  'outcome.no': 'No, still not working',
  'outcome.saving': 'Saving your answer…',
  'outcome.back': 'Back to the last step',
  'outcome.fixedTitle': 'Great — well done!',
  'outcome.fixedBody': 'Thanks for letting us know. You can close this page.',
  'outcome.notFixedTitle': 'Sorry it is not fixed yet',
  'outcome.notFixedBody':
    'Thank you for trying. A support agent can look at it with you, or another guide for this product may help.',
  'outcome.askAgent': 'Talk to a support agent',
  'outcome.otherGuides': 'See other guides for this product',
  'outcome.offline':
    'You are offline. Your answer will be saved once you are back online; try again then.',

  'staff.checking': 'Checking your sign-in…',
  'staff.signedInAs': 'Signed in as {name} ({role})',
  'staff.signOut': 'Sign out',
  'studio.title': 'Studio',
  'agent.title': 'Agent console',

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

  'ar.title': 'Follow the steps in AR',
  'ar.lead':
    'Your camera shows the room. Put the 3D copy of your product on the real one, then follow the steps right on it.',
  'ar.start': 'Start AR',
  'ar.starting': 'Starting AR…',
  'ar.failed': 'AR could not start: {message}. You can follow the same steps in the 3D view.',
  'ar.use3d': 'Use the 3D view instead',
  'ar.left': 'You left AR. Your progress is kept.',
  'ar.resume': 'Back to AR',
  'ar.continue3d': 'Continue in the 3D view',
  'ar.exit': 'Exit AR',
  'ar.gestures':
    'Camera view: tap to place the product, drag to move it, twist with two fingers to turn it',
  'ar.searchingFallback':
    'This device cannot find surfaces. Tap to put the product 1 m in front of you.',
  'ar.tapToPlace': 'Tap to put the 3D product on the surface next to your real one.',
  'ar.pointToPlace':
    'Point the controller at the surface next to your product and pull the trigger to put the 3D copy there.',
  'ar.align':
    'Line it up with your product: drag to move it, twist with two fingers to turn it. Then lock it.',
  'ar.alignHeadset':
    'Line it up with your product: hold the trigger and point to move it, push the thumbstick to turn it. Then lock it.',
  'ar.lock': 'Lock',
  'ar.placeAgain': 'Place again',
  ...enAgent,
  ...enHelp,
  ...enArHelp,
  ...enArAlign,
  ...enArScan,
  ...enStudio,
  ...enTokens,
  ...enAnalytics,
  ...enLabels,
  ...enSnapshot,
  ...enPhotos,
  ...enStaff,
  ...enWebhooks,
  ...enMedia,
} as const

export type MessageKey = keyof typeof en
