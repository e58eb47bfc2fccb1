/** Every benchmark of `npm run bench`, in the order they run. */
import { analyticsBench } from './analytics'
import { codeReadBench } from './code-read'
import { coldStartBench } from './cold-start'
import { helpLatencyBench } from './help-latency'
import { ingestionBench } from './ingestion'
import { labelAlignBench } from './label-align'
import { labelPoseBench } from './label-pose'
import { procedureFetchBench } from './procedure-fetch'
import { readRateBench } from './read-rate'
import { sharedViewBench } from './shared-view'
import { wsConnectionsBench } from './ws-connections'
import { xrFrameBench } from './xr-frame'

export type Bench = { name: string; figures: Record<string, number>; target: string; met: boolean }

export const benches: (() => Promise<Bench>)[] = [
  procedureFetchBench,
  ingestionBench,
  analyticsBench,
  wsConnectionsBench,
  codeReadBench,
  readRateBench,
  labelPoseBench,
  coldStartBench,
  xrFrameBench,
  labelAlignBench,
  helpLatencyBench,
  sharedViewBench,
]
