/**
 * Conversions between the epoch's flat CSR bond output (`U16Csr`) and storage's `[uid, u16]` rows.
 * Only the (few) rows that are actually stored need converting: rows of uids without a new permit
 * are empty.
 */
import type { SparseRowU16, U16Csr } from './types.js';

/** Row `i` of `m` as `[column, value]` tuples (a fresh array; empty when `i` is out of range). */
export function bondRow(m: U16Csr, i: number): Array<[number, number]> {
  if (i < 0 || i + 1 >= m.rowStart.length) return [];
  const a = m.rowStart[i];
  const b = m.rowStart[i + 1];
  const row = new Array<[number, number]>(b - a);
  for (let e = a; e < b; e++) row[e - a] = [m.cols[e], m.vals[e]];
  return row;
}

/** Every row of `m` as tuples. */
export function bondRows(m: U16Csr): Array<Array<[number, number]>> {
  const n = m.rowStart.length - 1;
  const out = new Array<Array<[number, number]>>(n);
  for (let i = 0; i < n; i++) out[i] = bondRow(m, i);
  return out;
}

/** CSR of `rows[0..n)` (missing rows are empty). Entries must be u16 columns and values. */
export function u16CsrFromRows(rows: readonly (SparseRowU16 | undefined)[], n: number): U16Csr {
  const rowStart = new Uint32Array(n + 1);
  let nnz = 0;
  for (let i = 0; i < n; i++) {
    rowStart[i] = nnz;
    nnz += rows[i]?.length ?? 0;
  }
  rowStart[n] = nnz;
  const cols = new Uint16Array(nnz);
  const vals = new Uint16Array(nnz);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    let o = rowStart[i];
    for (const [j, v] of row) {
      if ((j & 0xffff) !== j || (v & 0xffff) !== v) throw new RangeError(`bond entry [${j}, ${v}] is not u16`);
      cols[o] = j;
      vals[o] = v;
      o++;
    }
  }
  return { rowStart, cols, vals };
}
