/** Recognition inside AR from `/`: point at the product, choose the problem, the guide on it. */
export const enArScan = {
  'arScan.link': 'Point your phone at the product in AR',
  'arScan.linkHint': 'The camera finds the product from its QR label and shows the steps on it.',
  'arScan.title': 'Find your product in AR',
  'arScan.lead':
    'Start AR, then point your camera at the QR label on the product. We find the product, you choose the problem, and the steps appear right on it.',
  'arScan.looking': 'Point your camera at the QR label on your product.',
  'arScan.lookingUp': 'Label read. Looking it up…',
  'arScan.found': '{name}. What needs fixing?',
  'arScan.noProcedures': 'There are no repair guides for this product yet.',
  'arScan.unknown': 'This code does not belong to a product we know. Try the label on the product.',
  'arScan.failed': 'The product could not be looked up: {message}',
  'arScan.starting': 'Starting the repair…',
  'arScan.startFailed': 'The repair could not start: {message}',
  'arScan.noCamera':
    'This browser does not let the page read the camera inside AR. Exit AR and scan the label on the home page instead.',
  'arScan.choose': 'Choose the problem',
  'arScan.continue': 'Continue the repair',
  'arScan.left': 'You left AR.',
  'arScan.scanInstead': 'Scan the label without AR',
} as const
