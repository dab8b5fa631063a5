/**
 * Subnet creation (subnets/subnet.rs `do_register_network`, `init_new_network`,
 * `get_next_netuid`; coinbase/root.rs `get_network_lock_cost`; spec/economics.md §7.4, §8.1–8.3,
 * §5.7, §8.7).
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { freeBalance } from '../../balances/currency.js';
import { currentAlphaPrice } from '../../swapPallet/index.js';
import { getBlockEmissionForIssuance } from '../coinbase/blockEmission.js';
import { initialLastEpochBlock } from '../coinbase/epochSchedule.js';
import { errors as E, PALLET } from '../decl.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent, recycleTao, subnetAccountId, transferTaoToSubnet, type Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import type { SubnetIdentityValue } from '../types.js';
import { setRootValidatorsForSubnet } from './childRelations.js';
import { getNetworkLastLockBlock, isSubnetAccountId, passesRateLimit, RL_NETWORK_LAST_REGISTERED, ROOT_NETUID, satAddU16, satAddU64 } from './common.js';
import { doDissolveNetwork } from './dissolveNetwork.js';
import { getNetworkToPrune } from './getNetworkToPrune.js';
import { isValidSubnetIdentity } from './identity.js';
import { getLockReductionInterval, getNetworkLockCost as lockCostOf } from './lockCost.js';
import { getMedianSubnetAlphaPrice, newSubnetPoolSeed } from './poolSeed.js';
import { getNextAvailableSymbol } from './symbols.js';
import { appendNeuron } from './uids.js';

/** `DefaultNeuronBurnCost`: the Burn of a new subnet (1 TAO). */
export const NEW_SUBNET_BURN = 1_000_000_000n;
/** Only the dynamic mechanism can be registered. */
export const DYNAMIC_MECHANISM = 1;

const utf8 = new TextEncoder();
const utf8d = new TextDecoder();

/** `get_next_netuid`: the lowest netuid >= 1 not in NetworksAdded. */
export function getNextNetuid(s: State): number {
  const used = new Set(S.NetworksAdded.keysOf(s));
  let n = 1;
  while (used.has(n)) n++;
  return n;
}

/** `get_network_lock_cost` from storage (§8.2). */
export function networkLockCost(s: State, block: bigint): bigint {
  const e = getBlockEmissionForIssuance(S.TotalIssuance.get(s));
  return lockCostOf({
    lastLock: S.NetworkLastLockCost.get(s),
    minLock: S.NetworkMinLockCost.get(s),
    lastLockBlock: getNetworkLastLockBlock(s),
    currentBlock: block,
    lockReductionInterval: getLockReductionInterval(S.NetworkLockReductionInterval.get(s), e),
  });
}

/**
 * `init_new_network(netuid, tempo)` (§7.4): size 0, added, tempo, staggered LastEpochBlock,
 * TotalNetworks + 1 and the explicit defaults (registration allowed, 256 UIDs, 64 validators, min
 * weights 1, immunity period, Yuma3, Burn 1 TAO, SubnetEmissionEnabled), with the events of the
 * setters. The preset's per-subnet defaults (WeightsSetRateLimit, CommitRevealWeightsEnabled)
 * are written too.
 */
export function initNewNetwork(ctx: Ctx, netuid: number, tempo: number): void {
  const s = ctx.state;
  const preset = ctx.env.preset;
  S.SubnetworkN.set(s, netuid, 0);
  S.NetworksAdded.set(s, netuid, true);
  S.Tempo.set(s, netuid, tempo);
  S.LastEpochBlock.set(s, netuid, initialLastEpochBlock(BigInt(netuid), BigInt(tempo), ctx.env.number));
  S.TotalNetworks.mutate(s, (n) => satAddU16(n, 1));
  S.NetworkRegistrationAllowed.set(s, netuid, true);
  emit(ctx, PALLET, 'RegistrationAllowed', netuid, true);
  S.MaxAllowedUids.set(s, netuid, 256);
  emit(ctx, PALLET, 'MaxAllowedUidsSet', netuid, 256);
  S.MaxAllowedValidators.set(s, netuid, 64);
  emit(ctx, PALLET, 'MaxAllowedValidatorsSet', netuid, 64);
  S.MinAllowedWeights.set(s, netuid, 1);
  emit(ctx, PALLET, 'MinAllowedWeightSet', netuid, 1);
  S.ImmunityPeriod.set(s, netuid, preset.initialImmunityPeriod);
  emit(ctx, PALLET, 'ImmunityPeriodSet', netuid, preset.initialImmunityPeriod);
  S.Yuma3On.set(s, netuid, true);
  S.Burn.set(s, netuid, NEW_SUBNET_BURN);
  S.SubnetEmissionEnabled.set(s, netuid, true);
  // "Make network parameters explicit": write the current (default) value where absent.
  for (const m of [S.Tempo, S.Kappa, S.MaxAllowedUids, S.ImmunityPeriod, S.ActivityCutoff, S.MinAllowedWeights, S.RegistrationsThisInterval] as const) {
    const item = m as unknown as { contains(s: State, k: number): boolean; get(s: State, k: number): number; set(s: State, k: number, v: number): void };
    if (!item.contains(s, netuid)) item.set(s, netuid, item.get(s, netuid));
  }
  // Preset-dependent per-subnet defaults (runtime constants that differ between builds).
  S.WeightsSetRateLimit.set(s, netuid, preset.weightsSetRateLimit);
  S.CommitRevealWeightsEnabled.set(s, netuid, preset.commitRevealDefault);
}

/**
 * `do_register_network(coldkey, hotkey, mechid = 1, identity)` (§8.1). Returns the new netuid.
 */
export function doRegisterNetwork(ctx: Ctx, coldkey: AccountId, hotkey: AccountId, identity: SubnetIdentityValue | undefined, mechid = DYNAMIC_MECHANISM): number {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(!S.Owner.contains(s, hotkey) || coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  ensure(isSubnetAccountId(hotkey) === undefined, E.CannotUseSystemAccount);
  ensure(mechid === DYNAMIC_MECHANISM, E.MechanismDoesNotExist);
  ensure(block >= S.NetworkRegistrationStartBlock.get(s), E.SubNetRegistrationDisabled);
  ensure(passesRateLimit(S.NetworkRateLimit.get(s), block, getNetworkLastLockBlock(s)), E.NetworkTxRateLimitExceeded);

  let count = 0;
  for (const [netuid, added] of S.NetworksAdded.entries(s)) if (added && netuid !== ROOT_NETUID) count++;
  let pruned: number | undefined;
  if (count >= S.SubnetLimit.get(s)) {
    pruned = getNetworkToPrune(s, block);
    ensure(pruned !== undefined, E.SubnetLimitReached);
  }

  const lock = networkLockCost(s, block);
  ensure(lock <= freeBalance(s, coldkey), E.CannotAffordLockCost);
  if (pruned !== undefined) doDissolveNetwork(ctx, pruned);
  const netuid = pruned ?? getNextNetuid(s);

  const spot: bigint[] = [];
  for (const [n, added] of S.NetworksAdded.entries(s)) if (added && n !== ROOT_NETUID) spot.push(currentAlphaPrice(s, n));
  const median = getMedianSubnetAlphaPrice(spot);

  initNewNetwork(ctx, netuid, ctx.env.preset.initialTempo);
  const paid = transferTaoToSubnet(ctx, netuid, coldkey, lock);
  S.NetworkLastLockCost.set(s, paid);
  S.LastRateLimitedBlock.set(s, RL_NETWORK_LAST_REGISTERED, block);

  createAccountIfNonExistent(s, coldkey, hotkey);
  appendNeuron(s, netuid, hotkey, block);
  S.SubnetMechanism.set(s, netuid, mechid);
  S.NetworkRegisteredAt.set(s, netuid, block);
  S.RegisteredSubnetCounter.mutate(s, netuid, (c) => satAddU64(c, 1n));

  const used = new Set(S.TokenSymbol.entries(s).map(([, v]) => utf8d.decode(v)));
  S.TokenSymbol.set(s, netuid, utf8.encode(getNextAvailableSymbol(netuid, used)));

  const seed = newSubnetPoolSeed(paid, S.NetworkMinLockCost.get(s), median);
  S.SubnetTAO.set(s, netuid, seed.subnetTao);
  S.SubnetAlphaIn.set(s, netuid, seed.subnetAlphaIn);
  S.SubnetOwner.set(s, netuid, coldkey);
  ensure(isSubnetAccountId(hotkey) === undefined, E.CannotUseSystemAccount);
  S.SubnetOwnerHotkey.set(s, netuid, hotkey);
  emit(ctx, PALLET, 'SubnetOwnerHotkeySet', netuid, hotkey);
  S.SubnetLocked.set(s, netuid, seed.subnetLocked);
  S.SubnetAlphaOut.set(s, netuid, 0n);
  S.SubnetVolume.set(s, netuid, 0n);
  S.RAORecycledForRegistration.set(s, netuid, seed.recycledTao);
  if (seed.recycledTao > 0n) {
    try {
      s.transactional((c) => recycleTao({ ...ctx, state: c }, subnetAccountId(netuid), seed.recycledTao));
    } catch {
      // result ignored upstream
    }
  }
  if (seed.subnetTao > 0n) S.TotalStake.mutate(s, (t) => satAddU64(t, seed.subnetTao));

  if (identity !== undefined) {
    ensure(isValidSubnetIdentity(identity), E.InvalidIdentity);
    S.SubnetIdentitiesV3.set(s, netuid, identity);
    emit(ctx, PALLET, 'SubnetIdentitySet', netuid);
  }
  setRootValidatorsForSubnet(ctx, netuid);
  emit(ctx, PALLET, 'NetworkAdded', netuid, mechid);
  S.SubnetEmissionEnabled.set(s, netuid, false);
  return netuid;
}
