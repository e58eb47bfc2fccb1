/** Every benchmark of `npm run bench`, in the order they run. */
import { analyticsBench } from './analytics'
import { codeReadBench } from './code-read'
import { coldStartBench } from './cold-start'
import { coldStartServiceWorkerBench } from './cold-start-sw'
import { customerPathBench } from './customer-path'
import { helpLatencyBench } from './help-latency'
import { idleRssBench } from './idle-rss'
import { ingestionBench } from './ingestion'
import { labelAlignBench } from './label-align'
import { labelPoseBench } from './label-pose'
import { productReadBench } from './product-read'
import { readRateBench } from './read-rate'
import { sharedViewBench } from './shared-view'
import { stepMediaBench } from './step-media'
import { wsConnectionsBench } from './ws-connections'
import { wsFanoutBench } from './ws-fanout'
import { xrFrameBench } from './xr-frame'

export type Bench = {
  name: string
  /** How the figures were measured: what runs, what is timed, how many rounds, what the anchor is. */
  method: string
  figures: Record<string, number>
  target: string
  met: boolean
}

export const benches: (() => Promise<Bench>)[] = [
  productReadBench,
  customerPathBench,
  ingestionBench,
  analyticsBench,
  idleRssBench,
  wsConnectionsBench,
  wsFanoutBench,
  codeReadBench,
  readRateBench,
  labelPoseBench,
  coldStartBench,
  coldStartServiceWorkerBench,
  xrFrameBench,
  labelAlignBench,
  helpLatencyBench,
  sharedViewBench,
  stepMediaBench,
]
