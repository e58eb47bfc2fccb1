import type { Messages } from '../t'
import { esAgent } from './agent'
import { esAnalytics } from './analytics'
import { esArAlign } from './ar-align'
import { esArHelp } from './ar-help'
import { esArScan } from './ar-scan'
import { esCore } from './core'
import { esHelp } from './help'
import { esLabels } from './labels'
import { esMedia } from './media'
import { esOffline } from './offline'
import { esPhotos } from './photos'
import { esSnapshot } from './snapshot'
import { esStaff } from './staff'
import { esStudio } from './studio'
import { esTokens } from './tokens'
import { esTranslations } from './translations'
import { esWebhooks } from './webhooks'

/** Spanish, area by area as in English; `satisfies Messages` fails the build on a missing area. */
export const es = {
  ...esCore,
  ...esAgent,
  ...esHelp,
  ...esArHelp,
  ...esArAlign,
  ...esArScan,
  ...esStudio,
  ...esTokens,
  ...esAnalytics,
  ...esLabels,
  ...esSnapshot,
  ...esPhotos,
  ...esStaff,
  ...esWebhooks,
  ...esOffline,
  ...esTranslations,
  ...esMedia,
} satisfies Messages
