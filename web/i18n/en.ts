import { enAgent } from './en-agent'
import { enAnalytics } from './en-analytics'
import { enArAlign } from './en-ar-align'
import { enArHelp } from './en-ar-help'
import { enArScan } from './en-ar-scan'
import { enCore } from './en-core'
import { enHelp } from './en-help'
import { enLabels } from './en-labels'
import { enMedia } from './en-media'
import { enOffline } from './en-offline'
import { enPhotos } from './en-photos'
import { enSnapshot } from './en-snapshot'
import { enStaff } from './en-staff'
import { enStudio } from './en-studio'
import { enTokens } from './en-tokens'
import { enTranslations } from './en-translations'
import { enWebhooks } from './en-webhooks'

/**
 * Every string the web app shows, by key, in ICU MessageFormat: `{name}` is a value filled in by
 * `t()`, `{count, plural, one {…} other {…}}` a plural. Each area is a file of its own; the other
 * languages mirror them file for file (web/i18n/de/, es/, fr/; see README.md there).
 */
export const en = {
  ...enCore,
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
  ...enOffline,
  ...enTranslations,
  ...enMedia,
} as const

export type MessageKey = keyof typeof en

/** A translation of one English area: exactly its keys, each an ICU message. */
export type Translation<Area> = { readonly [K in keyof Area]: string }
