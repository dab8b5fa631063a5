/**
 * Neuron registration (subnets/registration.rs; spec/economics.md §7.1–7.2): `do_register` (the
 * burned registration behind `burned_register`, `register` and `register_limit`), the per-block
 * price decay `update_registration_prices_for_networks` and the bump after each registration.
 */
import { MAX_PRICE_RAO } from '@tensorium/params';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { freeBalance } from '../../balances/currency.js';
import { shouldRunEpochAt } from '../coinbase/scheduler.js';
import { errors as E, PALLET } from '../decl.js';
import {
  coldkeyOwnsHotkey,
  createAccountIfNonExistent,
  recordTaoInflow,
  swapTaoForAlpha,
  transferTaoToSubnet,
  type Ctx,
} from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { ROOT_NETUID, satAddU16, satAddU64 } from './common.js';
import { bumpBurnAfterRegistration, decayBurn } from './registrationPrice.js';
import { getNeuronToPrune, registerNeuron } from './uids.js';

/**
 * `update_registration_prices_for_networks` (block hook, §7.2): decay every subnet's Burn (clamped
 * to [MinBurn, MaxBurn], written only if changed), reset RegistrationsThisBlock, and reset root's
 * RegistrationsThisInterval on a root epoch slot.
 */
export function updateRegistrationPricesForNetworks(ctx: Ctx): void {
  const s = ctx.state;
  const block = ctx.env.number;
  for (const netuid of S.NetworksAdded.keysOf(s)) {
    const burn = S.Burn.get(s, netuid);
    const next = decayBurn({
      burn,
      minBurn: S.MinBurn.get(s, netuid),
      maxBurn: S.MaxBurn.get(s, netuid),
      halfLife: S.BurnHalfLife.get(s, netuid),
      currentBlock: block,
    });
    if (next !== burn) S.Burn.set(s, netuid, next);
    S.RegistrationsThisBlock.set(s, netuid, 0);
    if (netuid === ROOT_NETUID && shouldRunEpochAt(s, netuid, block)) S.RegistrationsThisInterval.set(s, netuid, 0);
  }
}

/** `bump_registration_price_after_registration` (not on root). */
export function bumpRegistrationPriceAfterRegistration(s: State, netuid: number): void {
  if (netuid === ROOT_NETUID) return;
  S.Burn.set(
    s,
    netuid,
    bumpBurnAfterRegistration({
      burn: S.Burn.get(s, netuid),
      multU64F64: S.BurnIncreaseMult.get(s, netuid),
      minBurn: S.MinBurn.get(s, netuid),
      maxBurn: S.MaxBurn.get(s, netuid),
    }),
  );
}

/** `increase_rao_recycled` (emits RAORecycledForRegistrationSet). */
export function increaseRaoRecycled(ctx: Ctx, netuid: number, amount: bigint): void {
  const v = satAddU64(S.RAORecycledForRegistration.get(ctx.state, netuid), amount);
  S.RAORecycledForRegistration.set(ctx.state, netuid, v);
  emit(ctx, PALLET, 'RAORecycledForRegistrationSet', netuid, v);
}

/**
 * `do_register(coldkey, netuid, hotkey)` (§7.1): pay the current Burn by buying alpha with it and
 * recycling the alpha, then append or replace a UID; bump the price. Returns the uid.
 */
export function doRegister(ctx: Ctx, coldkey: AccountId, netuid: number, hotkey: AccountId): number {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(netuid !== ROOT_NETUID, E.RegistrationNotPermittedOnRootSubnet);
  ensure(S.NetworksAdded.get(s, netuid), E.SubnetNotExists);
  ensure(S.NetworkRegistrationAllowed.get(s, netuid), E.SubNetRegistrationDisabled);
  ensure(!S.Uids.contains(s, netuid, hotkey), E.HotKeyAlreadyRegisteredInSubNet);
  const cost = S.Burn.get(s, netuid);
  ensure(cost <= freeBalance(s, coldkey), E.NotEnoughBalanceToStake);
  createAccountIfNonExistent(s, coldkey, hotkey);
  ensure(coldkeyOwnsHotkey(s, coldkey, hotkey), E.NonAssociatedColdKey);
  const maxN = S.MaxAllowedUids.get(s, netuid);
  ensure(maxN !== 0, E.NoNeuronIdAvailable);
  if (S.SubnetworkN.get(s, netuid) >= maxN) ensure(getNeuronToPrune(s, netuid, block) !== undefined, E.NoNeuronIdAvailable);

  const paid = transferTaoToSubnet(ctx, netuid, coldkey, cost);
  const bought = swapTaoForAlpha(s, netuid, paid, MAX_PRICE_RAO, false).amountPaidOut;
  S.SubnetAlphaOut.mutate(s, netuid, (v) => (v > bought ? v - bought : 0n));

  const uid = registerNeuron(s, netuid, hotkey, block);
  bumpRegistrationPriceAfterRegistration(s, netuid);
  S.RegistrationsThisBlock.mutate(s, netuid, (v) => satAddU16(v, 1));
  increaseRaoRecycled(ctx, netuid, cost);
  recordTaoInflow(s, netuid, paid);
  emit(ctx, PALLET, 'NeuronRegistered', netuid, uid, hotkey);
  return uid;
}

/** `do_register_limit`: fails with RegistrationPriceLimitExceeded if Burn > limit_price. */
export function doRegisterLimit(ctx: Ctx, coldkey: AccountId, netuid: number, hotkey: AccountId, limitPrice: bigint): number {
  ensure(netuid !== ROOT_NETUID, E.RegistrationNotPermittedOnRootSubnet);
  ensure(S.NetworksAdded.get(ctx.state, netuid), E.SubnetNotExists);
  ensure(S.Burn.get(ctx.state, netuid) <= limitPrice, E.RegistrationPriceLimitExceeded);
  return doRegister(ctx, coldkey, netuid, hotkey);
}
