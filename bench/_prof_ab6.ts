const TWO32 = 4294967296;
const EPS_REL = 3.552713678800501e-15;
const INV = new Float64Array(32); for (let i = 1; i < 32; i++) INV[i] = 1 / (i * TWO32);
const EPS_BY_Y = new Float64Array(15);
for (let k = 0; k < 15; k++) { let t = 1, mx = 1; for (let i = 1; i <= 31; i++) { t = (t * (k + 1)) / i; if (t > mx) mx = t; } EPS_BY_Y[k] = mx * 1.01 * TWO32 * 7.105427357601002e-15; }
function A(y0: number, y1: number, y2: number, y3: number, out: Float64Array, o: number): number {
  let t0 = y0, t1 = y1, t2 = y2, t3 = y3, r0 = y0 + TWO32, r1 = y1 + TWO32, r2 = y2 + TWO32, r3 = y3 + TWO32, bad = 0;
  for (let i = 2; i <= 31; i++) { const inv = INV[i]; const f0 = t0 * (y0 * inv), f1 = t1 * (y1 * inv), f2 = t2 * (y2 * inv), f3 = t3 * (y3 * inv);
    t0 = Math.floor(f0); t1 = Math.floor(f1); t2 = Math.floor(f2); t3 = Math.floor(f3);
    const g0 = f0 - t0, g1 = f1 - t1, g2 = f2 - t2, g3 = f3 - t3; const e0 = f0 * EPS_REL, e1 = f1 * EPS_REL, e2 = f2 * EPS_REL, e3 = f3 * EPS_REL;
    if (g0 < e0 || g0 > 1 - e0) bad |= 1; if (g1 < e1 || g1 > 1 - e1) bad |= 2; if (g2 < e2 || g2 > 1 - e2) bad |= 4; if (g3 < e3 || g3 > 1 - e3) bad |= 8;
    r0 += t0; r1 += t1; r2 += t2; r3 += t3; if (t0 + t1 + t2 + t3 === 0) break; }
  out[o] = r0; out[o + 1] = r1; out[o + 2] = r2; out[o + 3] = r3; return bad; }
function B(y0: number, y1: number, y2: number, y3: number, out: Float64Array, o: number): number {
  let t0 = y0, t1 = y1, t2 = y2, t3 = y3, r0 = y0 + TWO32, r1 = y1 + TWO32, r2 = y2 + TWO32, r3 = y3 + TWO32, bad = 0;
  let ymax = y0 > y1 ? y0 : y1; if (y2 > ymax) ymax = y2; if (y3 > ymax) ymax = y3; const eps = EPS_BY_Y[Math.floor(ymax / TWO32)]; const top = 1 - eps;
  for (let i = 2; i <= 31; i++) { const inv = INV[i]; const f0 = t0 * (y0 * inv), f1 = t1 * (y1 * inv), f2 = t2 * (y2 * inv), f3 = t3 * (y3 * inv);
    t0 = Math.floor(f0); t1 = Math.floor(f1); t2 = Math.floor(f2); t3 = Math.floor(f3);
    const g0 = f0 - t0, g1 = f1 - t1, g2 = f2 - t2, g3 = f3 - t3;
    if ((g0 < eps && t0 !== 0) || g0 > top) bad |= 1; if ((g1 < eps && t1 !== 0) || g1 > top) bad |= 2; if ((g2 < eps && t2 !== 0) || g2 > top) bad |= 4; if ((g3 < eps && t3 !== 0) || g3 > top) bad |= 8;
    r0 += t0; r1 += t1; r2 += t2; r3 += t3; if (t0 + t1 + t2 + t3 === 0) break; }
  out[o] = r0; out[o + 1] = r1; out[o + 2] = r2; out[o + 3] = r3; return bad; }
const N = 100000; const ys = new Float64Array(N); let a = 12345;
for (let k = 0; k < N; k++) { a = (a * 1103515245 + 12345) % 2147483648; ys[k] = Math.floor(0.4 * TWO32 + (a / 2147483648) * 4.6 * TWO32); }
const ser = new Float64Array(N);
const fa = () => { for (let k = 0; k < N; k += 4) A(ys[k], ys[k + 1], ys[k + 2], ys[k + 3], ser, k); };
const fb = () => { for (let k = 0; k < N; k += 4) B(ys[k], ys[k + 1], ys[k + 2], ys[k + 3], ser, k); };
for (let w = 0; w < 5; w++) { fa(); fb(); }
for (let rep = 0; rep < 3; rep++) for (const [nm, f] of [['A', fa], ['B', fb]] as const) { const t = performance.now(); for (let w = 0; w < 10; w++) f(); console.log(nm, ((performance.now() - t) / 10 / N * 1e6).toFixed(1)); }
