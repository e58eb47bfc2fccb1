import type { Messages } from '../t'
import { deAgent } from './agent'
import { deAnalytics } from './analytics'
import { deArAlign } from './ar-align'
import { deArHelp } from './ar-help'
import { deArScan } from './ar-scan'
import { deCore } from './core'
import { deHelp } from './help'
import { deLabels } from './labels'
import { deMedia } from './media'
import { deOffline } from './offline'
import { dePhotos } from './photos'
import { deSnapshot } from './snapshot'
import { deStaff } from './staff'
import { deStudio } from './studio'
import { deTokens } from './tokens'
import { deTranslations } from './translations'
import { deWebhooks } from './webhooks'

/** German, area by area as in English; `satisfies Messages` fails the build on a missing area. */
export const de = {
  ...deCore,
  ...deAgent,
  ...deHelp,
  ...deArHelp,
  ...deArAlign,
  ...deArScan,
  ...deStudio,
  ...deTokens,
  ...deAnalytics,
  ...deLabels,
  ...deSnapshot,
  ...dePhotos,
  ...deStaff,
  ...deWebhooks,
  ...deOffline,
  ...deTranslations,
  ...deMedia,
} satisfies Messages
