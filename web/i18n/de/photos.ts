import type { Translation } from '../en'
import type { enPhotos } from '../en-photos'

/** Photo evidence and agent alerts, in German. */
export const dePhotos: Translation<typeof enPhotos> = {
  'photos.title': 'Zeigen Sie es uns mit einem Foto',
  'photos.leadOutcome': 'Ein Foto vom aktuellen Zustand hilft uns, diese Anleitung zu verbessern.',
  'photos.leadHelp': 'Ein Foto hilft dem Mitarbeiter zu sehen, was Sie sehen.',
  'photos.show': 'Foto hinzufügen',
  'photos.hide': 'Fotos ausblenden',
  'photos.camera': 'Foto aufnehmen',
  'photos.gallery': 'Aus der Galerie wählen',
  'photos.uploading': 'Ihr Foto wird gesendet …',
  'photos.added': '{count, plural, one {# Foto hinzugefügt} other {# Fotos hinzugefügt}}',
  'photos.failed': 'Dieses Foto wurde nicht hinzugefügt: {reason}',
  'photos.privacy': 'Wir entfernen Standort- und Kameradaten aus Fotos, bevor wir sie speichern.',
  'photos.thumbAlt': 'Ihr Foto {n}',
  'photos.loadFailed': 'Ihre Fotos konnten nicht angezeigt werden.',
  'photos.agentTitle': 'Fotos des Kunden',
  'photos.agentEmpty': 'Noch keine Fotos vom Kunden.',
  'photos.agentRefresh': 'Nach neuen Fotos sehen',
  'photos.agentAlt': 'Kundenfoto bei {stage} in Schritt {step}, {time}',
  'photos.stage.outcome': '„Ist es repariert?“',
  'photos.stage.help': '„Hilfe holen“',
  'photos.analyticsCol': 'Fotos',
  'photos.analyticsAlt': 'Kundenfoto bei {step}, {time}',
  'alerts.enable': 'Bei neuen Kunden benachrichtigen',
  'alerts.enableHint':
    'Eine Desktop-Benachrichtigung und ein kurzer Ton, wenn ein Kunde zu warten beginnt, während dieser Tab im Hintergrund ist.',
  'alerts.on': 'Benachrichtigungen für neue Kunden sind an.',
  'alerts.denied':
    'Desktop-Benachrichtigungen sind für diese Website blockiert; erlauben Sie sie in den Website-Einstellungen des Browsers. Der Tab-Titel zählt wartende Kunden trotzdem.',
  'alerts.unsupported': 'Dieser Browser kann keine Desktop-Benachrichtigungen anzeigen.',
  'alerts.notificationTitle': 'Ein Kunde wartet',
  'alerts.notificationBody': '{product}: hängt bei Schritt {index}, {title}',
  'alerts.titleCount': '({count}) {title}',
}
