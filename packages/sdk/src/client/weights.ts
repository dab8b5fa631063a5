/**
 * Weight vectors before they go on chain (spec/sdk.md §4.7, bittensor's
 * `convert_weights_and_uids_for_emit`): reject negatives and length mismatches; all-zero → empty
 * vectors; max-upscale so the largest weight is 65535; round half to even (Python's `round`);
 * drop zeros. The chain renormalises. Also the commit-reveal v2 hash.
 */
import { blake2_256, bytesToHex, encodeAll, T } from '@tensorium/primitives';
import { ParameterError } from './errors.js';

export const U16_MAX = 65_535;
/** `GLOBAL_MAX_SUBNET_COUNT`: storage index of mechanism m on netuid n is m·4096 + n. */
export const GLOBAL_MAX_SUBNET_COUNT = 4096;

/** Python's `round()`: to the nearest integer, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

export interface NormalizedWeights {
  readonly uids: number[];
  readonly weights: number[];
}

/**
 * Float (or integer) weights → u16 vectors for `set_weights` / commits.
 * @example
 * normalizeWeights([0, 1, 2], [0.2, 0.3, 0.5]) // { uids: [0, 1, 2], weights: [26214, 39321, 65535] }
 */
export function normalizeWeights(uids: readonly number[], weights: readonly number[]): NormalizedWeights {
  if (uids.length !== weights.length) throw new ParameterError(`uids and weights differ in length (${uids.length} vs ${weights.length})`, { uids: uids.length, weights: weights.length });
  const seen = new Set<number>();
  for (const u of uids) {
    if (!Number.isInteger(u) || u < 0 || u > U16_MAX) throw new ParameterError(`uid ${u} is not a u16`, { uid: u });
    if (seen.has(u)) throw new ParameterError(`uid ${u} appears twice`, { uid: u }, 'list each uid once');
    seen.add(u);
  }
  for (const w of weights) {
    if (!Number.isFinite(w)) throw new ParameterError(`weight ${w} is not a finite number`, { weight: w });
    if (w < 0) throw new ParameterError(`weight ${w} is negative`, { weight: w }, 'weights must be >= 0');
  }
  const max = weights.reduce((m, w) => (w > m ? w : m), 0);
  if (max === 0) return { uids: [], weights: [] };
  const out: NormalizedWeights = { uids: [], weights: [] };
  weights.forEach((w, i) => {
    const v = roundHalfEven((w / max) * U16_MAX);
    if (v !== 0) {
      out.uids.push(uids[i]);
      out.weights.push(v);
    }
  });
  return out;
}

/** Storage index of a mechanism's weights: `mechid · 4096 + netuid`. */
export function netuidStorageIndex(netuid: number, mechid = 0): number {
  return mechid * GLOBAL_MAX_SUBNET_COUNT + netuid;
}

/**
 * Commit-reveal v2 hash: blake2-256 of SCALE(hotkey, netuid_index u16, uids Vec<u16>, values
 * Vec<u16>, salt Vec<u16>, version_key u64), as 0x-hex.
 * @param hotkeyPublicKey 32-byte public key (hex with or without 0x, or bytes)
 */
export function weightsCommitHash(hotkeyPublicKey: string | Uint8Array, netuidIndex: number, uids: readonly number[], values: readonly number[], salt: readonly number[], versionKey: bigint): string {
  const hex = typeof hotkeyPublicKey === 'string' ? hotkeyPublicKey.replace(/^0x/, '').toLowerCase() : bytesToHex(hotkeyPublicKey);
  const VecU16 = T.vec(T.u16);
  const bytes = encodeAll([
    [T.accountId, hex],
    [T.u16, netuidIndex],
    [VecU16, uids],
    [VecU16, values],
    [VecU16, salt],
    [T.u64, versionKey],
  ]);
  return '0x' + bytesToHex(blake2_256(bytes));
}
