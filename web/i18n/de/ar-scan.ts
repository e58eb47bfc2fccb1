import type { Translation } from '../en'
import type { enArScan } from '../en-ar-scan'

/** Recognition inside AR, in German. */
export const deArScan: Translation<typeof enArScan> = {
  'arScan.link': 'Handy in AR auf das Produkt richten',
  'arScan.linkHint':
    'Die Kamera erkennt das Produkt am QR-Etikett und zeigt die Schritte direkt daran.',
  'arScan.title': 'Ihr Produkt in AR finden',
  'arScan.lead':
    'Starten Sie AR und richten Sie die Kamera auf das QR-Etikett am Produkt. Wir erkennen das Produkt, Sie wählen das Problem, und die Schritte erscheinen direkt daran.',
  'arScan.looking': 'Richten Sie Ihre Kamera auf das QR-Etikett an Ihrem Produkt.',
  'arScan.lookingUp': 'Etikett gelesen. Wird nachgeschlagen …',
  'arScan.found': '{name}. Was soll repariert werden?',
  'arScan.noProcedures': 'Für dieses Produkt gibt es noch keine Reparaturanleitungen.',
  'arScan.unknown':
    'Dieser Code gehört zu keinem uns bekannten Produkt. Versuchen Sie das Etikett am Produkt.',
  'arScan.failed': 'Das Produkt konnte nicht nachgeschlagen werden: {message}',
  'arScan.starting': 'Reparatur wird gestartet …',
  'arScan.startFailed': 'Die Reparatur konnte nicht starten: {message}',
  'arScan.noCamera':
    'Dieser Browser lässt die Seite in AR nicht auf die Kamera zugreifen. Beenden Sie AR und scannen Sie das Etikett stattdessen auf der Startseite.',
  'arScan.choose': 'Problem wählen',
  'arScan.continue': 'Reparatur fortsetzen',
  'arScan.left': 'Sie haben AR verlassen.',
  'arScan.scanInstead': 'Etikett ohne AR scannen',
}
