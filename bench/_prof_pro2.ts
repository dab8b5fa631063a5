import * as M from '../packages/runtime/src/epoch/math.js';
import * as X from '../packages/runtime/src/epoch/epochExact.js';
import { I64F64 } from '@tensorium/primitives';
import * as TI from '../packages/runtime/src/epoch/testInputs.js';
const inp = TI.benchEpochInputs(4096, 256, false);
function time(name: string, f: () => unknown) { for (let w = 0; w < 5; w++) f(); const t = performance.now(); for (let w = 0; w < 20; w++) f(); console.log(name, ((performance.now() - t) / 20).toFixed(2), 'ms'); }
const tw = M.taoWeightFixed64(inp.taoWeight);
let totals: bigint[] = [];
time('totals', () => { totals = inp.alphaStake.map((a, i) => I64F64.saturatingAdd(I64F64.fromInt(a), I64F64.mul(I64F64.fromInt(inp.taoStake[i]), tw))); });
let st: bigint[] = [];
time('normalize64+conv', () => { st = M.normalize64(totals).map(M.fixed64ToFixed32); });
time('topk', () => M.isTopkNonzero(st, 256));
time('whole', () => X.stakePrologue(inp));
