import type { Translation } from '../en'
import type { enHelp } from '../en-help'

/** The customer's help and call, in German. */
export const deHelp: Translation<typeof enHelp> = {
  'help.ask': 'Um Hilfe bitten',
  'help.nudge.dwell':
    'Dieser Schritt dauert etwas länger. Ein Support-Mitarbeiter kann es sich mit Ihnen ansehen.',
  'help.nudge.back_and_forth': 'Hier hin und her? Ein Support-Mitarbeiter kann helfen.',
  'help.notNow': 'Nicht jetzt',
  'help.asking': 'Support-Mitarbeiter wird angefragt …',
  'help.waiting': 'Sie sind Nummer {position} in der Warteschlange. Etwa {minutes} Min.',
  'help.waitingNoAgent':
    'Sie sind Nummer {position} in der Warteschlange. Gerade ist kein Mitarbeiter verfügbar.',
  'help.available': 'Hilfe ist jetzt verfügbar: Ein Support-Mitarbeiter kann dazukommen.',
  'help.unavailable': 'Gerade ist kein Mitarbeiter verfügbar.',
  'help.callbackOffer': 'Rückruf anfordern',
  'help.callbackInstead': 'Stattdessen Rückruf anfordern',
  'help.callback.title': 'Rückruf anfordern',
  'help.callback.lead':
    'Hinterlassen Sie Ihre Kontaktdaten und eine passende Zeit. Ein Mitarbeiter ruft Sie an oder schreibt Ihnen und weiß schon, wo Sie nicht weiterkamen.',
  'help.callback.leavesQueue': 'Sie verlassen die Warteschlange: Der Rückruf ersetzt das Warten.',
  'help.callback.name': 'Ihr Name',
  'help.callback.phone': 'Telefonnummer',
  'help.callback.email': 'E-Mail-Adresse',
  'help.callback.contactHint': 'Eine Telefonnummer, eine E-Mail-Adresse oder beides.',
  'help.callback.window': 'Wann dürfen wir anrufen?',
  'help.callback.soon': 'In den nächsten zwei Stunden',
  'help.callback.day0': 'Heute',
  'help.callback.day1': 'Morgen',
  'help.callback.day2': '{weekday}',
  'help.callback.part': '{day}, {from}–{to}',
  'help.callback.consent':
    'Ich bin einverstanden, dass Fixpoint diese Angaben zu meiner Reparatur speichert und dass mich ein Mitarbeiter dazu anruft oder mir schreibt.',
  'help.callback.send': 'Anfrage senden',
  'help.callback.sending': 'Wird gesendet …',
  'help.callback.cancel': 'Nicht jetzt',
  'help.callback.fix': 'Prüfen Sie die unten markierten Felder.',
  'help.callback.sent':
    'Ihr Rückrufwunsch ist eingegangen, {name}. Ein Mitarbeiter meldet sich am {window}.',
  'help.callback.claimed':
    'Ein Mitarbeiter hat Ihren Rückrufwunsch übernommen und meldet sich bald.',
  'help.keepGoing': 'Sie können den Schritten weiter folgen, während Sie warten.',
  'help.cancel': 'Hilfeanfrage abbrechen',
  'help.cancelled': 'Ihre Hilfeanfrage wurde abgebrochen.',
  'help.active':
    'Verbunden mit {agent}. Ihr Gegenüber sieht Ihre Kamera und kann Ihnen Dinge zeigen.',
  'help.activeNoName':
    'Verbunden mit dem Support. Ihr Gegenüber sieht Ihre Kamera und kann Ihnen Dinge zeigen.',
  'help.overlay.with': 'Mit {agent}',
  'help.overlay.withNoName': 'Mit einem Support-Mitarbeiter',
  'help.chatShow': 'Chat ({count})',
  'help.chatHide': 'Chat ausblenden',
  'help.overlay.arView': 'Der Mitarbeiter sieht Ihre AR-Ansicht und kann darin auf Dinge zeigen.',
  'help.call.idle': 'Anruf wird gestartet …',
  'help.call.connecting': 'Anruf wird verbunden …',
  'help.call.connected': 'Anruf verbunden',
  'help.call.reconnecting': 'Verbindung unterbrochen, wird neu verbunden …',
  'help.call.failed':
    'Der Anruf ist fehlgeschlagen. Schreiben Sie unten weiter mit dem Mitarbeiter.',
  'help.call.closed': 'Anruf beendet',
  'help.audioOnly.network':
    'Ihre Verbindung ist schwach: Das Video ist pausiert, der Mitarbeiter hört Sie weiterhin.',
  'help.audioOnly.ar':
    'Ihre AR-Ansicht erreicht den Mitarbeiter noch nicht: Er hört Sie und kann trotzdem auf Dinge in Ihrer Ansicht zeigen.',
  'help.audioOnly.camera':
    'Ihre Kamera konnte nicht starten: Der Mitarbeiter hört Sie, sieht aber nichts. Beschreiben Sie, was Sie sehen, oder nutzen Sie den Chat.',
  'help.view.ar_view':
    'Der Mitarbeiter sieht Ihre AR-Ansicht: Ihr Kamerabild mit der Anleitung darauf.',
  'help.view.ar_scene':
    'Der Mitarbeiter sieht die 3D-Ansicht der Anleitung, aber nicht Ihr Kamerabild: Dieser Browser teilt es während AR nicht.',
  'help.view.headset_camera':
    'Der Mitarbeiter sieht die Kamera Ihres Headsets, die nicht genau Ihrer AR-Ansicht entspricht: Seine Punkte können etwas danebenliegen.',
  'help.camera.NotAllowedError':
    'Kamera und Mikrofon sind blockiert. Erlauben Sie sie in den Browsereinstellungen oder nutzen Sie den Chat.',
  'help.camera.other':
    'Ihre Kamera oder Ihr Mikrofon konnte nicht starten. Schreiben Sie dem Mitarbeiter im Chat.',
  'help.closed.resolved':
    'Der Mitarbeiter hat dies als gelöst markiert. Schön, dass es wieder funktioniert.',
  'help.closed.unresolved':
    'Der Mitarbeiter hat das Gespräch ohne Lösung beendet. Sie können jederzeit erneut fragen.',
  'help.closed.dispatch_technician':
    'Ein Techniker kommt zu Ihnen. Der Mitarbeiter hat alle Details.',
  'help.dismiss': 'OK',
  'help.chatTitle': 'Chat mit dem Mitarbeiter',
  'help.chatLabel': 'Nachricht an den Mitarbeiter',
  'help.chatSend': 'Senden',
  'help.chatYou': 'Sie',
  'help.chatAgent': 'Mitarbeiter',
  'help.localPreview': 'Was der Mitarbeiter sieht',
}
