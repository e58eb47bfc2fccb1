import type { Translation } from '../en'
import type { enCore } from '../en-core'

/** App shell and customer pages in German (formal “Sie”). */
export const deCore: Translation<typeof enCore> = {
  'app.name': 'Fixpoint',
  'app.skipToContent': 'Zum Inhalt springen',
  'app.loading': 'Wird geladen …',
  'app.crashed': 'Auf dieser Seite ist etwas schiefgelaufen.',
  'app.crashedHint':
    'Laden Sie die Seite neu, um es noch einmal zu versuchen. Wenn es wieder passiert, gehen Sie zurück zum Anfang.',
  'app.reload': 'Neu laden',
  'app.home': 'Zurück zum Anfang',
  'app.retry': 'Erneut versuchen',
  'app.language': 'Sprache',

  'api.network':
    'Fixpoint ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'api.unexpected': 'Der Server hat unerwartet geantwortet (Status {status}).',

  'home.title': 'Selbst reparieren, Schritt für Schritt',
  'home.lead':
    'Richten Sie Ihr Handy auf das Produkt, und Fixpoint zeigt Ihnen direkt daran, was zu tun ist. Keine App nötig.',
  'home.searchLabel': 'Produkte suchen',
  'home.searchHint': 'Name, Marke oder Modellnummer',
  'home.productsHeading': 'Produkte',
  'home.loadingProducts': 'Produkte werden geladen …',
  'home.noProducts': 'Noch keine Produkte verfügbar.',
  'home.noMatches': 'Kein Produkt passt zu „{query}“.',
  'home.guides': '{count, plural, one {# Reparaturanleitung} other {# Reparaturanleitungen}}',

  'scan.heading': 'Produkt scannen',
  'scan.intro':
    'Suchen Sie auf Ihrem Produkt das Etikett mit einem quadratischen Code. Fixpoint nutzt die Kamera nur, um diesen Code zu lesen; nichts wird aufgezeichnet oder gesendet.',
  'scan.start': 'Code auf dem Produkt scannen',
  'scan.starting': 'Kamera wird geöffnet …',
  'scan.preview': 'Kamerabild',
  'scan.preparing': 'Codeleser wird vorbereitet …',
  'scan.scanning': 'Richten Sie die Kamera auf den Code auf dem Etikett und halten Sie sie ruhig.',
  'scan.looking': 'Code gelesen. Wird nachgeschlagen …',
  'scan.found': 'Gefunden: {name} von {brand}.',
  'scan.foundLabel': 'Wir haben Ihr Produkt gefunden',
  'scan.brand': 'Marke',
  'scan.model': 'Modell',
  'scan.serial': 'Seriennummer',
  'scan.seeRepairs': 'Reparaturen ansehen',
  'scan.scanAgain': 'Anderen Code scannen',
  'scan.stop': 'Kamera ausschalten',
  'scan.tryAgain': 'Erneut versuchen',
  'scan.unknownTitle': 'Diesen Code kennen wir nicht',
  'scan.unknownBody':
    'Der Code „{code}“ gehört zu keinem Produkt, das wir bisher unterstützen. Suchen Sie Ihr Produkt stattdessen nach Name oder Modellnummer.',
  'scan.unknownStatus': 'Dieser Code gehört zu keinem uns bekannten Produkt.',
  'scan.search': 'Produkt suchen',
  'scan.lookupFailed': 'Der Code konnte nicht geprüft werden. {message}',
  'scan.readerFailed':
    'Der Codeleser kann auf diesem Gerät nicht starten. Suchen Sie Ihr Produkt stattdessen unten.',
  'scan.problem.denied.title': 'Der Kamerazugriff ist blockiert',
  'scan.problem.denied':
    'Erlauben Sie zum Scannen die Kamera für diese Website: Tippen Sie auf das Schloss- oder Einstellungssymbol neben der Adresse, setzen Sie „Kamera“ auf „Zulassen“ und tippen Sie dann auf „Erneut versuchen“. Sie können Ihr Produkt auch unten suchen.',
  'scan.problem.no-camera.title': 'Keine Kamera gefunden',
  'scan.problem.no-camera':
    'Dieses Gerät hat keine nutzbare Kamera. Suchen Sie Ihr Produkt unten oder öffnen Sie diese Seite auf Ihrem Handy.',
  'scan.problem.in-use.title': 'Die Kamera ist belegt',
  'scan.problem.in-use':
    'Eine andere App nutzt die Kamera (zum Beispiel ein Videoanruf). Schließen Sie sie und tippen Sie dann auf „Erneut versuchen“.',
  'scan.problem.insecure.title': 'Die Kamera braucht eine sichere Verbindung',
  'scan.problem.insecure':
    'Browser erlauben die Kamera nur auf sicheren (HTTPS-)Seiten. Öffnen Sie diese Seite mit einer https://-Adresse oder suchen Sie Ihr Produkt unten.',
  'scan.problem.unsupported.title': 'Dieser Browser kann die Kamera nicht nutzen',
  'scan.problem.unsupported':
    'Suchen Sie Ihr Produkt unten oder öffnen Sie diese Seite in einem aktuellen Browser auf Ihrem Handy.',
  'scan.problem.failed.title': 'Die Kamera konnte nicht starten',
  'scan.problem.failed': 'Tippen Sie auf „Erneut versuchen“ oder suchen Sie Ihr Produkt unten.',

  'product.loading': 'Produkt wird geladen …',
  'product.notFound': 'Wir konnten dieses Produkt nicht finden.',
  'product.model': 'Modell {model}',
  'product.serial': 'Seriennummer {serial}',
  'product.proceduresHeading': 'Was funktioniert nicht?',
  'product.noProcedures': 'Für dieses Produkt gibt es noch keine Reparaturanleitungen.',
  'product.symptom': 'Behebt',
  'product.difficulty': 'Schwierigkeit',
  'product.time': 'Dauer',
  'product.minutes': '{minutes} Min.',
  'product.tools': 'Werkzeug',
  'product.noTools': 'Keines',
  'product.parts': 'Benötigte Teile',
  'product.steps': 'Schritte',
  'product.start': 'Reparatur starten',
  'product.starting': 'Wird gestartet …',
  'difficulty.very-easy': 'Sehr leicht',
  'difficulty.easy': 'Leicht',
  'difficulty.moderate': 'Mittel',
  'difficulty.difficult': 'Schwierig',

  'repair.loading': 'Ihre Reparatur wird geladen …',
  'repair.noToken':
    'Diese Reparatur wurde auf einem anderen Gerät oder in einem anderen Tab gestartet und kann hier nicht geöffnet werden. Starten Sie sie auf der Produktseite neu.',
  'repair.currentStep': 'Aktueller Schritt',
  'repair.stepsHeading': 'Alle Schritte',
  'repair.version': 'Anleitungsversion {version}',
  'repair.noProcedure': 'Die Anleitung für diese Reparatur ist nicht mehr verfügbar.',
  'repair.loadingGuide': 'Anleitung wird geöffnet …',

  'guide.position': 'Schritt {index} von {total}',
  'guide.back': 'Zurück',
  'guide.next': 'Weiter',
  'guide.finish': 'Fertig',
  'guide.help': 'Hilfe holen',
  'guide.helpSoon':
    'Dies ist eine Vorschau: Die Anfrage wird notiert, aber von hier aus wird kein Support-Mitarbeiter gerufen.',
  'guide.chooseAnswer': 'Wählen Sie eine Antwort, um fortzufahren.',
  'guide.bullet.info': 'Tipp',
  'guide.bullet.note': 'Hinweis',
  'guide.bullet.caution': 'Vorsicht',
  'guide.bullet.warning': 'Warnung',
  'guide.syncing': 'Ihr Fortschritt wird gespeichert …',
  'guide.view3d': '3D-Ansicht des Produkts mit dem Teil für diesen Schritt',
  'guide.loadingModel': '3D-Modell wird geladen …',
  'guide.showPart': 'Teil zeigen',
  'guide.modelFailed':
    'Das 3D-Modell konnte nicht angezeigt werden. Die Schritte unten funktionieren trotzdem.',
  'guide.quickLook': 'In Ihrem Raum ansehen (AR Quick Look)',
  'guide.preparingQuickLook': 'AR Quick Look wird vorbereitet …',
  'guide.safetyHeading': 'Bevor Sie beginnen',
  'guide.resetView': 'Ansicht zentrieren',
  'outcome.question': 'Ist es repariert?',
  'outcome.lead':
    'Ihre Antwort zeigt uns, ob diese Anleitung funktioniert, damit wir sie verbessern können.',
  'outcome.yes': 'Ja, es funktioniert wieder',
  'outcome.no': 'Nein, es geht immer noch nicht',
  'outcome.saving': 'Ihre Antwort wird gespeichert …',
  'outcome.back': 'Zurück zum letzten Schritt',
  'outcome.fixedTitle': 'Super – gut gemacht!',
  'outcome.fixedBody': 'Danke für Ihre Rückmeldung. Sie können diese Seite jetzt schließen.',
  'outcome.notFixedTitle': 'Schade, es ist noch nicht repariert',
  'outcome.notFixedBody':
    'Danke, dass Sie es versucht haben. Ein Support-Mitarbeiter kann es sich mit Ihnen ansehen, oder eine andere Anleitung für dieses Produkt hilft weiter.',
  'outcome.askAgent': 'Mit dem Support sprechen',
  'outcome.otherGuides': 'Andere Anleitungen für dieses Produkt',
  'outcome.offline':
    'Sie sind offline. Ihre Antwort wird gespeichert, sobald Sie wieder online sind; versuchen Sie es dann erneut.',

  'staff.checking': 'Anmeldung wird geprüft …',
  'staff.signingOut': 'Abmeldung läuft …',
  'staff.signedInAs': 'Angemeldet als {name} ({role})',
  'staff.signOut': 'Abmelden',
  'studio.title': 'Studio',
  'agent.title': 'Support-Konsole',

  'login.title': 'Anmeldung für Mitarbeitende',
  'login.email': 'E-Mail',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.submitting': 'Anmeldung läuft …',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.body':
    'Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist unvollständig.',

  'xr.title': 'AR-Test',
  'xr.lead': 'Prüft, ob dieses Gerät eine AR-Sitzung starten und eine Fläche finden kann.',
  'xr.checking': 'Es wird geprüft, was dieses Gerät unterstützt …',
  'xr.unsupported':
    'Dieser Browser kann kein AR starten. Auf einem iPhone oder Computer wird stattdessen die 3D-Ansicht verwendet.',
  'xr.enter': 'AR starten',
  'xr.starting': 'AR wird gestartet …',
  'xr.inSession': 'In AR. Suche nach einer Fläche …',
  'xr.hit': 'Fläche gefunden bei',
  'xr.failed': 'AR konnte nicht starten: {message}',
  'xr.exit': 'AR beenden',

  'ar.title': 'Schritte in AR folgen',
  'ar.lead':
    'Ihre Kamera zeigt den Raum. Legen Sie die 3D-Kopie Ihres Produkts auf das echte und folgen Sie dann den Schritten direkt daran.',
  'ar.start': 'AR starten',
  'ar.starting': 'AR wird gestartet …',
  'ar.failed':
    'AR konnte nicht starten: {message}. Sie können denselben Schritten in der 3D-Ansicht folgen.',
  'ar.use3d': 'Stattdessen die 3D-Ansicht nutzen',
  'ar.left': 'Sie haben AR verlassen. Ihr Fortschritt bleibt erhalten.',
  'ar.resume': 'Zurück zu AR',
  'ar.continue3d': 'In der 3D-Ansicht weitermachen',
  'ar.exit': 'AR beenden',
  'ar.gestures':
    'Kamerabild: Tippen, um das Produkt zu platzieren, ziehen, um es zu verschieben, mit zwei Fingern drehen, um es zu drehen',
  'ar.searchingFallback':
    'Dieses Gerät kann keine Flächen erkennen. Tippen Sie, um das Produkt 1 m vor Ihnen abzulegen.',
  'ar.tapToPlace':
    'Tippen Sie, um das 3D-Produkt auf die Fläche neben Ihrem echten Produkt zu setzen.',
  'ar.pointToPlace':
    'Zeigen Sie mit dem Controller auf die Fläche neben Ihrem Produkt und drücken Sie den Auslöser, um die 3D-Kopie dort abzulegen.',
  'ar.align':
    'Richten Sie es an Ihrem Produkt aus: Ziehen zum Verschieben, mit zwei Fingern drehen zum Drehen. Dann fixieren.',
  'ar.alignHeadset':
    'Richten Sie es an Ihrem Produkt aus: Auslöser halten und zeigen zum Verschieben, Thumbstick drücken zum Drehen. Dann fixieren.',
  'ar.lock': 'Fixieren',
  'ar.placeAgain': 'Neu platzieren',
}
