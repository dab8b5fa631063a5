/**
 * The epoch inside block execution (spec/epoch.md §3, §9, §4 step 13): read one subnet's storage
 * into the pure epoch engine's inputs per mechanism, run it, persist each mechanism's Incentive
 * and Bonds and the aggregated subnet terms, and return per hotkey the (incentive, dividend)
 * emission that `distribute_emission` turns into stake.
 */
import { bondRow, epochMechanism, splitEmissions, aggregateMechanisms, type EpochInputs, type EpochOutputs } from '../../../epoch/index.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { getInheritedForHotkeyOnSubnet, getTaoInheritedForHotkeyOnSubnet, type Ctx } from '../staking/stakeUtils.js';
import { isCommitExpired, mechanismStorageIndex } from '../coinbase/scheduler.js';

/** The hotkey of every uid (undefined for a uid without a key). */
export function subnetHotkeys(s: State, netuid: number): (AccountId | undefined)[] {
  const n = S.SubnetworkN.get(s, netuid);
  const out: (AccountId | undefined)[] = new Array(n);
  for (let uid = 0; uid < n; uid++) out[uid] = S.Keys.raw(s, netuid, uid);
  return out;
}

/** Earliest non-expired commit block per uid (§8.4), null when none. */
function commitBlocks(s: State, netuid: number, netuidIndex: number, hotkeys: readonly (AccountId | undefined)[], block: bigint): (bigint | null)[] {
  const uidOf = new Map<AccountId, number>();
  hotkeys.forEach((h, uid) => {
    if (h !== undefined && !uidOf.has(h)) uidOf.set(h, uid);
  });
  const out: (bigint | null)[] = new Array(hotkeys.length).fill(null);
  const lower = (uid: number | undefined, cb: bigint): void => {
    if (uid === undefined) return;
    const cur = out[uid];
    out[uid] = cur === null || cb < cur ? cb : cur;
  };
  for (const [who, queue] of S.WeightCommits.prefix(s, netuidIndex)) {
    for (const [, commitEpoch, commitBlock] of queue ?? []) {
      if (!isCommitExpired(s, netuid, commitEpoch, block)) {
        lower(uidOf.get(who), commitBlock);
        break;
      }
    }
  }
  for (const [commitEpoch, queue] of S.TimelockedWeightCommits.prefix(s, netuidIndex)) {
    if (isCommitExpired(s, netuid, commitEpoch, block)) continue;
    for (const [who, commitBlock] of queue) lower(uidOf.get(who), commitBlock);
  }
  return out;
}

/** Read the inputs of `epoch_mechanism(netuid, mecid, rao_emission)` from storage. */
export function readEpochInputs(s: State, netuid: number, mecid: number, raoEmission: bigint, block: bigint, hotkeys: readonly (AccountId | undefined)[]): EpochInputs {
  const n = hotkeys.length;
  const idx = mechanismStorageIndex(netuid, mecid);
  const tempo = BigInt(S.Tempo.get(s, netuid));
  const factor = BigInt(S.ActivityCutoffFactorMilli.get(s, netuid));
  const cutoff = (factor * tempo) / 1000n;
  const ownerHotkey = S.SubnetOwnerHotkey.raw(s, netuid);
  const ownerUid = ownerHotkey === undefined ? undefined : S.Uids.raw(s, netuid, ownerHotkey);
  const lastUpdate = S.LastUpdate.get(s, idx);
  const weights = [];
  const bonds = [];
  const blockAtRegistration: bigint[] = [];
  const alphaStake: bigint[] = [];
  const taoStake: bigint[] = [];
  for (let uid = 0; uid < n; uid++) {
    weights.push(S.Weights.get(s, idx, uid));
    bonds.push(S.Bonds.get(s, idx, uid));
    blockAtRegistration.push(S.BlockAtRegistration.get(s, netuid, uid));
    const h = hotkeys[uid];
    alphaStake.push(h === undefined ? 0n : getInheritedForHotkeyOnSubnet(s, h, netuid));
    taoStake.push(h === undefined ? 0n : getTaoInheritedForHotkeyOnSubnet(s, h, netuid));
  }
  const commitReveal = S.CommitRevealWeightsEnabled.get(s, netuid);
  const [alphaLow, alphaHigh] = S.AlphaValues.get(s, netuid);
  return {
    n,
    currentBlock: block,
    tempo,
    activityCutoff: cutoff > 1n ? cutoff : 1n,
    lastUpdate,
    blockAtRegistration,
    alphaStake,
    taoStake,
    taoWeight: S.TaoWeight.get(s),
    stakeThreshold: S.StakeThreshold.get(s),
    ownerUid: ownerUid ?? null,
    validatorPermits: S.ValidatorPermit.get(s, netuid),
    maxAllowedValidators: S.MaxAllowedValidators.get(s, netuid),
    weights,
    bonds,
    kappa: S.Kappa.get(s, netuid),
    bondsPenalty: S.BondsPenalty.get(s, netuid),
    yuma3: S.Yuma3On.get(s, netuid),
    liquidAlpha: S.LiquidAlphaOn.get(s, netuid),
    alphaLow,
    alphaHigh,
    alphaSigmoidSteepness: S.AlphaSigmoidSteepness.get(s, netuid),
    bondsMovingAverage: S.BondsMovingAverage.get(s, netuid),
    lastMechanismStepBlock: S.LastMechansimStepBlock.get(s, netuid),
    commitReveal,
    commitBlocks: commitReveal ? commitBlocks(s, netuid, idx, hotkeys, block) : new Array(n).fill(null),
    raoEmission,
  };
}

/** Per hotkey emission of an epoch: [hotkey, incentive (server) alpha, dividend (validator) alpha]. */
export type HotkeyEmission = readonly [AccountId, bigint, bigint];

/**
 * `epoch_with_mechanisms(netuid, rao_emission)`: run every mechanism's epoch on its share of the
 * emission, persist their terms, and aggregate per hotkey in hotkey order (the chain's BTreeMap).
 */
export function epochWithMechanisms(ctx: Ctx, netuid: number, raoEmission: bigint): HotkeyEmission[] {
  const s = ctx.state;
  const block = ctx.env.number;
  const hotkeys = subnetHotkeys(s, netuid);
  const count = S.MechanismCountCurrent.get(s, netuid);
  const split = S.MechanismEmissionSplit.raw(s, netuid);
  const emissions = splitEmissions(raoEmission, count, split ?? null);
  const outputs: EpochOutputs[] = [];
  emissions.forEach((e, mecid) => {
    const out = epochMechanism(readEpochInputs(s, netuid, mecid, e, block, hotkeys));
    outputs.push(out);
    persistMechanismTerms(ctx, netuid, mecid, hotkeys, out);
  });
  const agg = aggregateMechanisms(outputs, emissions, raoEmission);
  // Subnet-level vectors over the uids that have a hotkey, in uid order.
  const uids = hotkeys.map((h, uid) => (h === undefined ? -1 : uid)).filter((u) => u >= 0);
  S.Active.set(s, netuid, uids.map((u) => agg.active[u]));
  S.Emission.set(s, netuid, uids.map((u) => agg.combinedEmission[u]));
  S.Consensus.set(s, netuid, uids.map((u) => agg.consensusU16[u]));
  S.Dividends.set(s, netuid, uids.map((u) => agg.dividendsU16[u]));
  S.ValidatorTrust.set(s, netuid, uids.map((u) => agg.validatorTrustU16[u]));
  S.ValidatorPermit.set(s, netuid, uids.map((u) => agg.newValidatorPermits[u]));
  S.StakeWeight.set(s, netuid, uids.map((u) => agg.stakeWeightU16[u]));
  const result: HotkeyEmission[] = uids.map((u) => [hotkeys[u] as AccountId, agg.serverEmission[u], agg.validatorEmission[u]] as const);
  result.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return result;
}

/** `persist_mechanism_epoch_terms`: Incentive and Bonds of one mechanism, and the miners' event. */
function persistMechanismTerms(ctx: Ctx, netuid: number, mecid: number, hotkeys: readonly (AccountId | undefined)[], out: EpochOutputs): void {
  const s = ctx.state;
  const idx = mechanismStorageIndex(netuid, mecid);
  const uids = hotkeys.map((h, uid) => (h === undefined ? -1 : uid)).filter((u) => u >= 0);
  S.Incentive.set(s, idx, uids.map((u) => out.incentiveU16[u]));
  emit(ctx, PALLET, 'IncentiveAlphaEmittedToMiners', idx, uids.map((u) => out.serverEmission[u]));
  // Storage rows are `[uid, u16]` tuples: convert from the epoch's CSR (rows without a permit are empty).
  // Like persist_mechanism_epoch_terms, the row key is the position among uids that have a hotkey.
  uids.forEach((u, i) => S.Bonds.set(s, idx, i, bondRow(out.bonds, u)));
}

/** `is_epoch_input_state_consistent`: no hotkey appears twice in `Keys`. */
export function isEpochInputStateConsistent(s: State, netuid: number): boolean {
  const seen = new Set<AccountId>();
  // Whether a duplicate exists does not depend on the order: scan the values unsorted.
  for (const h of S.Keys.prefixValues(s, netuid)) {
    if (seen.has(h)) return false;
    seen.add(h);
  }
  return true;
}
