import * as L from '../packages/runtime/src/epoch/liquidAlpha.js';
import * as FM from '../packages/runtime/src/epoch/fastMath.js';
import * as TI from '../packages/runtime/src/epoch/testInputs.js';
const seriesExact = L.seriesExact, floorDiv64 = L.floorDiv64, mulFloorWide = FM.mulFloorWide, mulFloor = FM.mulFloor;
const TWO32 = 4294967296;
const N = 100000;
const ds = new Float64Array(N); const r = TI.rng(3);
for (let k = 0; k < N; k++) ds[k] = Math.floor(r() * 0.46 * TWO32) + 1;
const zs = new Float64Array(N), ser = new Float64Array(N), out = new Float64Array(N);
const s1 = -10 * TWO32;
function time(name: string, f: () => void) { for (let w = 0; w < 5; w++) f(); const t = performance.now(); for (let w = 0; w < 10; w++) f(); console.log(name, ((performance.now() - t) / 10 / N * 1e6).toFixed(1)); }
time('z', () => { for (let k = 0; k < N; k++) zs[k] = mulFloorWide(s1, ds[k] - 2147483648); });
time('series', () => { for (let k = 0; k < N; k++) { const z = zs[k]; ser[k] = seriesExact(z < 0 ? -z : z); } });
time('finish', () => { let s = 0; for (let k = 0; k < N; k++) { const z = zs[k]; const e = z < 0 ? floorDiv64(ser[k]) : ser[k]; s += 3221225472 + mulFloor(644245094, floorDiv64(TWO32 + e)); } });
time('batch', () => { const la = new L.LiquidAlphaKernel(3221225472, 3865470566, 1000); la.alphaBatch(ds, N, out); });
const series4 = L.series4;
const ys = new Float64Array(N); for (let k = 0; k < N; k++) ys[k] = Math.abs(zs[k]);
time('series4', () => { for (let k = 0; k + 4 <= N; k += 4) series4(ys[k], ys[k + 1], ys[k + 2], ys[k + 3], ser, k); });
let badc = 0;
for (let k = 0; k + 4 <= N; k += 4) { const b = series4(ys[k], ys[k + 1], ys[k + 2], ys[k + 3], ser, k); for (let l = 0; l < 4; l++) if (b & (1 << l)) badc++; }
console.log('bad lanes rate', badc / N);
