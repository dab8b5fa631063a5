/**
 * Sub-mechanisms (spec/epoch.md §9, `subnets/mechanism.rs`): splitting a subnet's epoch emission
 * between mechanisms and aggregating the per-mechanism epoch terms into the subnet-level terms.
 * Uids (and so hotkeys) are shared by all mechanisms, so aggregation is per uid.
 */
import type { EpochOutputs } from './types.js';

const U64_MAX = (1n << 64n) - 1n;
/** 1.0 as a raw U64F64. */
const ONE_U64F64 = 1n << 64n;

/**
 * `split_emissions`: with a stored split (u16 list summing to 65535, length <= count)
 * `e_m = floor(E * s_m / 65535)`, zero-padded (or trimmed) to `count`; without one `floor(E / count)`
 * each; the rounding remainder goes to mechanism 0.
 */
export function splitEmissions(emission: bigint, mechanismCount: number, split: readonly number[] | null): bigint[] {
  let result: bigint[];
  if (split !== null) {
    result = split.map((s) => (emission * BigInt(s)) / 65535n);
  } else {
    const per = mechanismCount === 0 ? 0n : emission / BigInt(mechanismCount);
    result = new Array<bigint>(mechanismCount).fill(per);
  }
  if (result.length !== mechanismCount) {
    result = result.slice(0, mechanismCount);
    while (result.length < mechanismCount) result.push(0n);
  }
  const total = result.reduce((a, b) => a + b, 0n);
  const rest = emission > total ? emission - total : 0n;
  if (result.length > 0) result[0] = result[0] + rest > U64_MAX ? U64_MAX : result[0] + rest;
  return result;
}

/**
 * Mechanism weight `U64F64(e_m) / U64F64(E)` as a raw U64F64 (64 fraction bits); when `E == 0`
 * mechanism 0 gets weight 1 and the others 0 (`safe_div_or`).
 */
export function mechanismWeight(mechanismEmission: bigint, totalEmission: bigint, mecid: number): bigint {
  if (totalEmission === 0n) return mecid === 0 ? ONE_U64F64 : 0n;
  return (mechanismEmission << 64n) / totalEmission;
}

/** `floor(U64F64(acc) + U64F64(term) * w)` saturated to `max` (`weighted_acc_u16/alpha`). */
function weightedAcc(acc: bigint, term: bigint, weight: bigint, max: bigint): bigint {
  const r = ((acc << 64n) + term * weight) >> 64n;
  return r > max ? max : r;
}

/** Subnet-level terms after aggregating every mechanism (what `persist_netuid_epoch_terms` writes). */
export interface AggregatedEpochTerms {
  /** Σ_m server emission (rao). */
  serverEmission: bigint[];
  /** Σ_m validator emission (rao). */
  validatorEmission: bigint[];
  /** `Emission`: weighted combined emission. */
  combinedEmission: bigint[];
  dividendsU16: number[];
  stakeWeightU16: number[];
  consensusU16: number[];
  validatorTrustU16: number[];
  /** Seeded from the first mechanism only (the chain persists incentive per mechanism). */
  incentiveU16: number[];
  /** ORed over mechanisms. */
  active: boolean[];
  /** ORed over mechanisms; written to `ValidatorPermit`. */
  newValidatorPermits: boolean[];
  /** Σ_m raw stake (saturating u64), as the chain sums it. */
  rawStake: bigint[];
}

/**
 * `epoch_with_mechanisms` aggregation (§9 step 3) of the outputs of every mechanism, in mechanism
 * order, given each mechanism's emission and the subnet total.
 */
export function aggregateMechanisms(
  outputs: readonly EpochOutputs[],
  mechanismEmissions: readonly bigint[],
  totalEmission: bigint,
): AggregatedEpochTerms {
  const n = outputs.reduce((m, o) => Math.max(m, o.active.length), 0);
  const u16 = 65535n;
  const agg: AggregatedEpochTerms = {
    serverEmission: new Array<bigint>(n).fill(0n),
    validatorEmission: new Array<bigint>(n).fill(0n),
    combinedEmission: new Array<bigint>(n).fill(0n),
    dividendsU16: new Array<number>(n).fill(0),
    stakeWeightU16: new Array<number>(n).fill(0),
    consensusU16: new Array<number>(n).fill(0),
    validatorTrustU16: new Array<number>(n).fill(0),
    incentiveU16: new Array<number>(n).fill(0),
    active: new Array<boolean>(n).fill(false),
    newValidatorPermits: new Array<boolean>(n).fill(false),
    rawStake: new Array<bigint>(n).fill(0n),
  };
  const seen = new Array<boolean>(n).fill(false);
  const sat = (a: bigint, b: bigint): bigint => (a + b > U64_MAX ? U64_MAX : a + b);
  outputs.forEach((o, m) => {
    const w = mechanismWeight(mechanismEmissions[m] ?? 0n, totalEmission, m);
    // Weight exactly 1 (a single mechanism gets the whole emission): floor(acc + term · 1) is
    // acc + term, so the u16 terms need no bigint product (same result, saturated the same way).
    const accU16 =
      w === ONE_U64F64
        ? (acc: number, t: number): number => (acc + t > 65535 ? 65535 : acc + t)
        : (acc: number, t: number): number => Number(weightedAcc(BigInt(acc), BigInt(t), w, u16));
    for (let i = 0; i < o.active.length; i++) {
      if (!seen[i]) {
        seen[i] = true;
        agg.incentiveU16[i] = accU16(0, o.incentiveU16[i]);
        agg.active[i] = o.active[i];
        agg.newValidatorPermits[i] = o.newValidatorPermits[i];
      } else {
        agg.active[i] = agg.active[i] || o.active[i];
        agg.newValidatorPermits[i] = agg.newValidatorPermits[i] || o.newValidatorPermits[i];
      }
      agg.serverEmission[i] = sat(agg.serverEmission[i], o.serverEmission[i]);
      agg.validatorEmission[i] = sat(agg.validatorEmission[i], o.validatorEmission[i]);
      agg.rawStake[i] = sat(agg.rawStake[i], o.rawStake[i]);
      agg.dividendsU16[i] = accU16(agg.dividendsU16[i], o.dividendsU16[i]);
      agg.stakeWeightU16[i] = accU16(agg.stakeWeightU16[i], o.stakeWeightU16[i]);
      agg.consensusU16[i] = accU16(agg.consensusU16[i], o.consensusU16[i]);
      agg.validatorTrustU16[i] = accU16(agg.validatorTrustU16[i], o.validatorTrustU16[i]);
      agg.combinedEmission[i] = weightedAcc(agg.combinedEmission[i], o.combinedEmission[i], w, U64_MAX);
    }
  });
  return agg;
}
