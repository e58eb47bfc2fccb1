import type { Translation } from '../en'
import type { enAnalytics } from '../en-analytics'

/** Studio analytics in German. */
export const deAnalytics: Translation<typeof enAnalytics> = {
  'analytics.title': 'Auswertung',
  'analytics.heading': 'Auswertung: {title}',
  'analytics.loading': 'Zahlen werden geladen …',
  'analytics.loadingProcedure': 'Anleitung wird geladen …',
  'analytics.filters': 'Anzeige',
  'analytics.version': 'Version',
  'analytics.compareWith': 'Vergleichen mit',
  'analytics.allVersions': 'Alle Versionen',
  'analytics.versionN': 'Version {version}',
  'analytics.noCompare': 'Kein Vergleich',
  'analytics.from': 'Von',
  'analytics.to': 'Bis',
  'analytics.rangeHint':
    'Einschließlich beider Tage, in UTC. Leer lassen für den gesamten Zeitraum.',
  'analytics.rangeBackwards': 'Das Startdatum liegt nach dem Enddatum.',
  'analytics.empty': 'Noch keine Sitzungen',
  'analytics.emptyHint':
    'Zahlen erscheinen hier, sobald Kunden diese Anleitung starten. Versuchen Sie alle Versionen oder einen größeren Zeitraum.',
  'analytics.csv': 'CSV herunterladen ({label})',
  'analytics.exportHeading': 'Daten für BI exportieren',
  'analytics.exportHint':
    'Alle Sitzungen, Ereignisse und Eskalationen dieser Anleitung an den gewählten Tagen, eine Tabelle pro Datei. Integrationen erhalten dasselbe mit einem API-Token mit dem Scope read:analytics.',
  'analytics.exportFormat': 'Format',
  'analytics.export.sessions': 'Sitzungen ({format})',
  'analytics.export.events': 'Ereignisse ({format})',
  'analytics.export.escalations': 'Eskalationen ({format})',
  'analytics.sessions': 'Sitzungen',
  'analytics.successRate': 'Erfolgsquote',
  'analytics.successHint': 'repariert ÷ (repariert + nicht repariert)',
  'analytics.abandonment': 'Abbruchquote',
  'analytics.escalationRate': 'Eskalationsquote',
  'analytics.medianTime': 'Mediandauer',
  'analytics.outcomes':
    '{fixed} repariert, {notFixed} nicht repariert, {abandoned} abgebrochen, {escalated} mit Agent',
  'analytics.none': '—',
  'analytics.minutes': '{minutes} Min.',
  'analytics.seconds': '{seconds} s',
  'analytics.minutesSeconds': '{minutes} Min. {seconds} s',
  'analytics.funnel': 'Schritt-Trichter',
  'analytics.funnelCaption': 'Schritt-Trichter, {label}',
  'analytics.chartLabel':
    'Diagramm der Sitzungen, die jeden Schritt erreichen, der Hilfeanfragen und der dort endenden Sitzungen; die Tabelle darunter enthält dieselben Zahlen.',
  'analytics.col.step': 'Schritt',
  'analytics.col.reached': 'Erreicht',
  'analytics.col.dwell': 'Mediane Verweildauer',
  'analytics.col.backs': 'Zurück-Navigationen',
  'analytics.col.help': 'Hilfeanfragen',
  'analytics.col.ended': 'Hier beendet',
  'analytics.stepN': '{index}. {title}',
  'analytics.removedStep': '{id} (nicht in dieser Version)',
  'analytics.reachedShare': '{count} ({share})',
}
