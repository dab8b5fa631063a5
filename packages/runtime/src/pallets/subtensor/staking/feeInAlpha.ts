/**
 * Transaction fees paid in alpha (pallets/transaction-fee `SubtensorTxFeeHandler` with
 * `TransactionFeeHandler` as `AlphaFeeHandler`; spec §1.1): when the signer cannot pay in TAO and
 * the call unstakes from exactly one (hotkey, netuid) position, the fee is taken from that
 * position by a fee-less sale whose TAO goes straight to the block author.
 */
import { U64F64 } from '@tensorium/primitives';
import type { FeeFallback } from '../../../executive.js';
import { isDispatchError } from '../../../frame/errors.js';
import { emit, type AccountId, type BlockEnv, type RuntimeCall } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { currentAlphaPrice } from '../../swapPallet/index.js';
import { storage as system } from '../../system/index.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { getStake, ROOT, unstakeFromSubnet } from './stakeUtils.js';
import { allSubnetNetuids } from './validate.js';

/** Calls whose fee may be paid in alpha, and the argument names of their source position. */
const SOURCES: Readonly<Record<string, readonly [hotkeyArg: string, netuidArg: string] | 'all'>> = {
  remove_stake: ['hotkey', 'netuid'],
  remove_stake_limit: ['hotkey', 'netuid'],
  remove_stake_full_limit: ['hotkey', 'netuid'],
  unstake_all: 'all',
  unstake_all_alpha: 'all',
  move_stake: ['origin_hotkey', 'origin_netuid'],
  transfer_stake: ['hotkey', 'origin_netuid'],
  swap_stake: ['hotkey', 'origin_netuid'],
  swap_stake_limit: ['hotkey', 'origin_netuid'],
  recycle_alpha: ['hotkey', 'netuid'],
  burn_alpha: ['hotkey', 'netuid'],
};

/**
 * `fees_in_alpha`: the (hotkey, netuid) positions a call would pay its fee from (unstake_all:
 * every subtoken-enabled subnet where the coldkey has stake on the hotkey).
 */
export function feeAlphaSources(s: State, who: AccountId, call: RuntimeCall): [AccountId, number][] {
  if (call.pallet !== PALLET) return [];
  const spec = SOURCES[call.name];
  if (spec === undefined) return [];
  if (spec === 'all') {
    const hotkey = call.args.hotkey;
    if (typeof hotkey !== 'string') return [];
    return allSubnetNetuids(s)
      .filter((n) => S.SubtokenEnabled.get(s, n) && getStake(s, hotkey, who, n) !== 0n)
      .map((n) => [hotkey, n]);
  }
  const hotkey = call.args[spec[0]];
  const netuid = call.args[spec[1]];
  if (typeof hotkey !== 'string' || typeof netuid !== 'number') return [];
  return [[hotkey, netuid]];
}

/** `get_alpha_amount_for_tao`: floor(tao / spot price) on dynamic subnets, tao 1:1 otherwise. */
export function getAlphaAmountForTao(s: State, netuid: number, tao: bigint): bigint {
  if (S.SubnetMechanism.get(s, netuid) !== 1) return tao;
  return U64F64.toU64(U64F64.safeDiv(U64F64.fromInt(tao), currentAlphaPrice(s, netuid)));
}

/**
 * The executive's fee fallback: `can_withdraw_in_alpha` then `withdraw_in_alpha`. Pays
 * min(alpha equivalent of the fee, the position) by a fee-less unstake (no limit) to the block
 * author and emits TransactionFeePaidWithAlpha. Without a block author nothing is charged (as
 * upstream). Returns false (the transaction cannot pay) when several or no positions are
 * involved, the position is too small, or the sale fails.
 */
export const feeInAlphaFallback: FeeFallback = (state: State, env: BlockEnv, who: AccountId, call: RuntimeCall, fee: bigint): boolean => {
  const sources = feeAlphaSources(state, who, call);
  if (sources.length !== 1) return false;
  const [hotkey, netuid] = sources[0] as [AccountId, number];
  const balance = getStake(state, hotkey, who, netuid);
  const estimate = getAlphaAmountForTao(state, netuid, fee);
  if (balance < estimate) return false;
  const ctx = { state, env, extrinsicIndex: system.ExtrinsicCount.raw(state) ?? 0 };
  if (!env.author) {
    emit(ctx, PALLET, 'TransactionFeePaidWithAlpha', who, ROOT, 0n, 0n);
    return true;
  }
  const author = env.author;
  const alphaFee = estimate === 0n ? balance : estimate < balance ? estimate : balance;
  let tao: bigint;
  try {
    tao = state.transactional((c) => unstakeFromSubnet({ ...ctx, state: c }, hotkey, who, author, netuid, alphaFee, 0n, true));
  } catch (e) {
    if (!isDispatchError(e)) throw e;
    return false;
  }
  emit(ctx, PALLET, 'TransactionFeePaidWithAlpha', who, netuid, alphaFee, tao);
  return true;
};
