import { sharedViewBench } from '../tests/bench/shared-view'
const r = await sharedViewBench()
console.log(JSON.stringify(r, null, 2))
