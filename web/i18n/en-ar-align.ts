/** Label alignment in AR: the twin finding the real product by itself, and the ways to help it. */
export const enArAlign = {
  'align.looking': 'Point your camera at the QR label on the product.',
  'align.holdStill': 'Label found. Hold still for a moment…',
  'align.moveALittle':
    'Good. Now move a little to one side, keeping the label in view, so the position can be checked.',
  'align.aligned': 'Aligned on your product.',
  'align.error': 'Accurate to about {mm} mm.',
  'align.onProduct': 'On your product (about {mm} mm)',
  'align.byHand': 'Place it by hand instead',
  'align.backToLabel': 'Align on the label again',
  'align.adjust': 'Adjust by hand',
  'align.cannot':
    'The label cannot be read well enough here. Try more light or come closer, or place it by hand.',
  'align.tapLabel': 'Tap the label',
  'align.tapLabelHint':
    'Aim the dot at the centre of the QR label on your product, then tap. Then turn it to line it up.',
  'align.tapLabelHeadset':
    'Point the controller at the centre of the QR label on your product and pull the trigger.',
  'align.noSurfaceForTap': 'No surface under the dot yet: move a little closer to the label.',
} as const
