import type { Translation } from '../en'
import type { enLabels } from '../en-labels'

/** The studio's label sheet, in German. */
export const deLabels: Translation<typeof enLabels> = {
  'labels.title': 'Etiketten drucken',
  'labels.heading': 'Etiketten für {name}',
  'labels.link': 'Etiketten drucken',
  'labels.back': 'Zurück zu {name}',
  'labels.loading': 'Produkt und Serveradresse werden geladen …',
  'labels.form': 'Etikettenbogen',
  'labels.paper': 'Papier',
  'labels.paper.a4': 'A4 (210 × 297 mm)',
  'labels.paper.letter': 'US Letter (8,5 × 11 in)',
  'labels.count': 'Anzahl Etiketten',
  'labels.first': 'Erste Seriennummer',
  'labels.firstHint':
    'Die Ziffern am Ende zählen hoch, führende Nullen bleiben: SN-000123, SN-000124, …',
  'labels.size': 'Seitenlänge des QR-Codes (mm)',
  'labels.sizeHint':
    'Das Modulraster ohne Ruhezone. Verwenden Sie die Größe aus der Etikettenposition des Produkts, damit die AR-Ausrichtung das echte Etikett misst.',
  'labels.sizeDeclared':
    'Seitenlänge des QR-Codes: {size} mm, aus der Etikettenposition des Produkts (Modulraster ohne Ruhezone).',
  'labels.print': 'Drucken',
  'labels.printHint':
    'In 100 % Größe drucken („Tatsächliche Größe“), ohne „An Seite anpassen“, damit die Codes ihre Größe behalten.',
  'labels.summary':
    '{count, plural, one {# Etikett} other {# Etiketten}} auf {pages, plural, one {# Seite} other {# Seiten}} ({perPage} pro Seite), {first} bis {last}',
  'labels.encodes': 'Die Codes öffnen {url}',
  'labels.preview': 'Vorschau',
  'labels.pageN': 'Seite {page} von {pages}',
  'labels.qrAlt': 'QR-Code für {url}',
  'labels.model': 'Modell {model}',
  'labels.serial': 'SN {serial}',
  'labels.smallModules':
    'Jedes Modul misst {module} mm: Unter 0,5 mm lesen Handykameras den Code schlecht. Wählen Sie eine größere Größe.',
  'labels.err.first.empty': 'Geben Sie die erste Seriennummer ein, z. B. SN-000123.',
  'labels.err.first.noDigits':
    'Die Seriennummer muss auf Ziffern enden, von denen aus gezählt wird, z. B. SN-000123.',
  'labels.err.first.characters':
    'Nur Buchstaben, Ziffern, Leerzeichen und . _ / - verwenden, beginnend mit einem Buchstaben oder einer Ziffer.',
  'labels.err.first.tooLong': 'Die Seriennummern wären länger als {max} Zeichen.',
  'labels.err.count.notWhole': 'Geben Sie eine ganze Zahl von Etiketten ein.',
  'labels.err.count.tooFew': 'Drucken Sie mindestens ein Etikett.',
  'labels.err.count.tooMany':
    'Höchstens {max} Etiketten pro Bogen; drucken Sie den Rest als weiteren Bogen.',
  'labels.err.size': 'Geben Sie eine Größe zwischen {min} und {max} mm ein.',
  'labels.err.fit':
    'Ein {size}-mm-Code mit Ruhezone und Text passt nicht auf eine {paper}-Seite; wählen Sie eine kleinere Größe.',
  'labels.noUrl.heading': 'Legen Sie vor dem Drucken die öffentliche Adresse fest',
  'labels.noUrl.body':
    'Der QR-Code eines Etiketts enthält die Adresse, die Handys von Kunden öffnen, und auf diesem Server ist keine eingerichtet. Setzen Sie PUBLIC_URL in der Serverumgebung auf die Adresse, unter der Kunden Fixpoint erreichen, und starten Sie den Server neu:',
  'labels.noUrl.example': 'PUBLIC_URL=https://repairs.your-company.com',
  'labels.refused.heading': 'Diese öffentliche Adresse kann nicht auf ein Etikett',
  'labels.refused.loopback':
    'PUBLIC_URL ist {url}, aber {host} bedeutet „dieser Computer“: Ein Handy, das das Etikett scannt, würde Fixpoint bei sich selbst suchen und scheitern. Setzen Sie PUBLIC_URL auf eine Adresse, die Handys erreichen, und starten Sie den Server neu:',
  'labels.refused.placeholder':
    'PUBLIC_URL ist {url}, aber {host} ist ein reservierter Platzhaltername, den kein Handy öffnen kann. Setzen Sie PUBLIC_URL auf Ihre echte Adresse und starten Sie den Server neu:',
  'labels.refused.path':
    'PUBLIC_URL ist {url}, aber Etiketten brauchen die Stammadresse der Website (ohne Pfad, Query oder Fragment): Fixpoint beantwortet dort /p/<product>. Setzen Sie PUBLIC_URL auf die Stammadresse und starten Sie den Server neu:',
  'labels.refused.protocol':
    'PUBLIC_URL ist {url}, keine http- oder https-Adresse. Setzen Sie PUBLIC_URL auf eine solche und starten Sie den Server neu:',
  'labels.refused.invalid':
    'PUBLIC_URL ist {url}, keine gültige Adresse. Setzen Sie sie und starten Sie den Server neu:',
  'labels.lan.offer':
    'Für einen Testdruck in der Werkstatt antwortet dieser Server auch im lokalen Netz unter {url} (er läuft mit --https). Damit gedruckte Etiketten funktionieren nur in diesem Netz, solange dieser Server läuft.',
  'labels.lan.use': '{url} für einen Testdruck verwenden',
  'labels.lan.using':
    'Testdruck: Diese Etiketten öffnen {url}, was nur in diesem Netz funktioniert, solange dieser Server mit --https läuft. Setzen Sie PUBLIC_URL für Etiketten, die auf Produkte kommen.',
  'labels.lan.stop': 'LAN-Adresse nicht mehr verwenden',
}
