import type { Translation } from '../en'
import type { enArAlign } from '../en-ar-align'

/** Label alignment in AR, in German. */
export const deArAlign: Translation<typeof enArAlign> = {
  'align.looking': 'Richten Sie Ihre Kamera auf das QR-Etikett am Produkt.',
  'align.holdStill': 'Etikett gefunden. Bitte einen Moment still halten …',
  'align.moveALittle':
    'Gut. Gehen Sie jetzt ein wenig zur Seite und behalten Sie das Etikett im Bild, damit die Position geprüft werden kann.',
  'align.aligned': 'An Ihrem Produkt ausgerichtet.',
  'align.error': 'Genau auf etwa {mm} mm.',
  'align.onProduct': 'An Ihrem Produkt (etwa {mm} mm)',
  'align.byHand': 'Stattdessen von Hand platzieren',
  'align.backToLabel': 'Erneut am Etikett ausrichten',
  'align.adjust': 'Von Hand anpassen',
  'align.cannot':
    'Das Etikett ist hier nicht gut genug lesbar. Versuchen Sie mehr Licht oder gehen Sie näher heran, oder platzieren Sie es von Hand.',
  'align.tapLabel': 'Auf das Etikett tippen',
  'align.tapLabelHint':
    'Richten Sie den Punkt auf die Mitte des QR-Etiketts an Ihrem Produkt und tippen Sie. Drehen Sie es dann passend.',
  'align.tapLabelHeadset':
    'Zeigen Sie mit dem Controller auf die Mitte des QR-Etiketts an Ihrem Produkt und drücken Sie den Auslöser.',
  'align.noSurfaceForTap':
    'Noch keine Fläche unter dem Punkt: Gehen Sie etwas näher an das Etikett heran.',
}
