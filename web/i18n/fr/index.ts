import type { Messages } from '../t'
import { frAgent } from './agent'
import { frAnalytics } from './analytics'
import { frArAlign } from './ar-align'
import { frArHelp } from './ar-help'
import { frArScan } from './ar-scan'
import { frCore } from './core'
import { frHelp } from './help'
import { frLabels } from './labels'
import { frMedia } from './media'
import { frOffline } from './offline'
import { frPhotos } from './photos'
import { frSnapshot } from './snapshot'
import { frStaff } from './staff'
import { frStudio } from './studio'
import { frTokens } from './tokens'
import { frTranslations } from './translations'
import { frWebhooks } from './webhooks'

/** French, area by area as in English; `satisfies Messages` fails the build on a missing area. */
export const fr = {
  ...frCore,
  ...frAgent,
  ...frHelp,
  ...frArHelp,
  ...frArAlign,
  ...frArScan,
  ...frStudio,
  ...frTokens,
  ...frAnalytics,
  ...frLabels,
  ...frSnapshot,
  ...frPhotos,
  ...frStaff,
  ...frWebhooks,
  ...frOffline,
  ...frTranslations,
  ...frMedia,
} satisfies Messages
