/**
 * Subnet-owner / root origins, the owner rate limits and the admin freeze window
 * (subtensor utils/misc.rs `ensure_subnet_owner[_or_root]`, `ensure_sn_owner_or_root_with_limits`,
 * `record_owner_rl`, `is_in_admin_freeze_window`, `ensure_admin_window_open`; utils/rate_limiting.rs
 * `TransactionType`; coinbase/run_coinbase.rs `blocks_until_next_auto_epoch`).
 * spec/economics.md §10 (O|R, FW) and §4.9.
 */
import { MIN_TEMPO } from '@tensorium/params';
import type { EnumValue } from '@tensorium/primitives';
import { badOrigin } from '../../../frame/errors.js';
import type { AccountId, BlockEnv, Origin } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E } from '../decl.js';
import { storage as S } from '../storage.js';
import type { Hyperparameter } from '../types.js';

/** What the origin helpers need from a call context. */
export interface OriginCtx {
  readonly state: State;
  readonly origin: Origin;
}
/** What the rate-limit and freeze-window helpers need from a call context. */
export interface BlockCtx extends OriginCtx {
  readonly env: BlockEnv;
}

export const U64_MAX = (1n << 64n) - 1n;

// ---------------------------------------------------------------------------------------------
// Origins

/** `ensure_subnet_owner`: a signed origin equal to `SubnetOwner[netuid]`; anything else is BadOrigin. */
export function ensureSubnetOwner(ctx: OriginCtx, netuid: number): AccountId {
  const o = ctx.origin;
  if (o.kind !== 'signed') throw badOrigin({ expected: 'signed', got: o.kind });
  if (S.SubnetOwner.get(ctx.state, netuid) !== o.who) throw badOrigin({ expected: 'subnet owner', netuid });
  return o.who;
}

/** `ensure_subnet_owner_or_root`: root gives `undefined`, the subnet owner gives its coldkey; else BadOrigin. */
export function ensureSubnetOwnerOrRoot(ctx: OriginCtx, netuid: number): AccountId | undefined {
  if (ctx.origin.kind === 'root') return undefined;
  return ensureSubnetOwner(ctx, netuid);
}

// ---------------------------------------------------------------------------------------------
// TransactionType rate limits (utils/rate_limiting.rs)

/** The non-hyperparameter `TransactionType`s that owner setters are rate-limited by. */
export type OwnerTx = 'SetWeightsVersionKey' | 'SetSNOwnerHotkey' | 'MechanismCountUpdate' | 'MechanismEmission' | 'MaxUidsTrimming' | 'TempoUpdate';
/**
 * A rate-limited transaction: a `Hyperparameter` stands for `TransactionType::OwnerHyperparamUpdate(hp)`
 * (names never collide with the `OwnerTx` names).
 */
export type RateLimitedTx = Hyperparameter | OwnerTx;

/** `TransactionType as u16` (the third key of `TransactionKeyLastBlock`). */
export const TX_TYPE_CODE: Readonly<Record<OwnerTx | 'OwnerHyperparamUpdate', number>> = Object.freeze({
  SetWeightsVersionKey: 4,
  SetSNOwnerHotkey: 5,
  OwnerHyperparamUpdate: 6,
  MechanismCountUpdate: 7,
  MechanismEmission: 8,
  MaxUidsTrimming: 9,
  TempoUpdate: 11,
});

/** `DefaultSetSNOwnerHotkeyRateLimit` (blocks). */
export const SET_SN_OWNER_HOTKEY_RATE_LIMIT = 50_400n;

const OWNER_TXS: ReadonlySet<string> = new Set<OwnerTx>(['SetWeightsVersionKey', 'SetSNOwnerHotkey', 'MechanismCountUpdate', 'MechanismEmission', 'MaxUidsTrimming', 'TempoUpdate']);

function isOwnerTx(tx: RateLimitedTx): tx is OwnerTx {
  return OWNER_TXS.has(tx);
}

/** `prod_or_fast!(prod, fast)` on the running preset. */
function prodOrFast(env: BlockEnv, prod: bigint, fast: bigint): bigint {
  return env.preset.name === 'fast' ? fast : prod;
}

const satMul = (a: bigint, b: bigint): bigint => {
  const r = a * b;
  return r > U64_MAX ? U64_MAX : r;
};

/** `LastRateLimitedBlock` key of an owner hyperparameter update. */
export const rlOwnerHyperparam = (netuid: number, hp: Hyperparameter): EnumValue => ({
  type: 'OwnerHyperparamUpdate',
  value: [netuid, { type: hp }],
});
/** `LastRateLimitedBlock` key of `SetSNOwnerHotkey(netuid)`. */
export const rlSetSnOwnerHotkey = (netuid: number): EnumValue => ({ type: 'SetSNOwnerHotkey', value: netuid });

/** `TransactionType::rate_limit_on_subnet` (blocks). */
export function rateLimitOnSubnet(ctx: { state: State; env: BlockEnv }, tx: RateLimitedTx, netuid: number): bigint {
  const s = ctx.state;
  const tempo = BigInt(S.Tempo.get(s, netuid));
  switch (tx) {
    case 'SetWeightsVersionKey':
      return satMul(tempo, S.WeightsVersionKeyRateLimit.get(s));
    case 'SetSNOwnerHotkey':
      return SET_SN_OWNER_HOTKEY_RATE_LIMIT;
    case 'MechanismCountUpdate':
    case 'MechanismEmission':
      return prodOrFast(ctx.env, 7_200n, 1n);
    case 'MaxUidsTrimming':
      return prodOrFast(ctx.env, 30n * 7_200n, 1n);
    case 'TempoUpdate':
      return BigInt(MIN_TEMPO);
    default:
      // OwnerHyperparamUpdate(_): OwnerHyperparamRateLimit tempos.
      return satMul(tempo, BigInt(S.OwnerHyperparamRateLimit.get(s)));
  }
}

/** `TransactionType::last_block_on_subnet`. */
export function lastBlockOnSubnet(s: State, tx: RateLimitedTx, who: AccountId, netuid: number): bigint {
  if (tx === 'SetSNOwnerHotkey') return S.LastRateLimitedBlock.get(s, rlSetSnOwnerHotkey(netuid));
  if (isOwnerTx(tx)) return S.TransactionKeyLastBlock.get(s, who, netuid, TX_TYPE_CODE[tx]);
  return S.LastRateLimitedBlock.get(s, rlOwnerHyperparam(netuid, tx));
}

/** `TransactionType::set_last_block_on_subnet`. */
export function setLastBlockOnSubnet(s: State, tx: RateLimitedTx, who: AccountId, netuid: number, block: bigint): void {
  if (tx === 'SetSNOwnerHotkey') S.LastRateLimitedBlock.set(s, rlSetSnOwnerHotkey(netuid), block);
  else if (isOwnerTx(tx)) S.TransactionKeyLastBlock.set(s, who, netuid, TX_TYPE_CODE[tx], block);
  else S.LastRateLimitedBlock.set(s, rlOwnerHyperparam(netuid, tx), block);
}

/** `TransactionType::check_passes_rate_limit`: the first call (last 0) always passes. */
export function checkPassesRateLimit(limit: bigint, block: bigint, lastBlock: bigint): boolean {
  return lastBlock === 0n || (block > lastBlock ? block - lastBlock : 0n) >= limit;
}

/** `TransactionType::passes_rate_limit_on_subnet`. */
export function passesRateLimitOnSubnet(ctx: { state: State; env: BlockEnv }, tx: RateLimitedTx, who: AccountId, netuid: number): boolean {
  return checkPassesRateLimit(rateLimitOnSubnet(ctx, tx, netuid), ctx.env.number, lastBlockOnSubnet(ctx.state, tx, who, netuid));
}

/**
 * `ensure_sn_owner_or_root_with_limits`: owner or root; for the owner every listed transaction must
 * pass its per-subnet rate limit (`TxRateLimitExceeded`). Root is exempt. Returns the owner or
 * `undefined` for root (pass it to `recordOwnerRl`).
 */
export function ensureSnOwnerOrRootWithLimits(ctx: BlockCtx, netuid: number, limits: readonly RateLimitedTx[]): AccountId | undefined {
  const who = ensureSubnetOwnerOrRoot(ctx, netuid);
  if (who !== undefined) {
    for (const tx of limits) {
      if (!passesRateLimitOnSubnet(ctx, tx, who, netuid)) throw E.TxRateLimitExceeded({ netuid, tx });
    }
  }
  return who;
}

/** `record_owner_rl`: for an owner (not root), stamp the current block on every listed transaction. */
export function recordOwnerRl(ctx: { state: State; env: BlockEnv }, maybeOwner: AccountId | undefined, netuid: number, txs: readonly RateLimitedTx[]): void {
  if (maybeOwner === undefined) return;
  for (const tx of txs) setLastBlockOnSubnet(ctx.state, tx, maybeOwner, netuid, ctx.env.number);
}

/** Alias of `recordOwnerRl` for hyperparameter updates. */
export const recordOwnerHyperparamUpdate = recordOwnerRl;

// ---------------------------------------------------------------------------------------------
// Admin freeze window

/**
 * `blocks_until_next_auto_epoch`: `LastEpochBlock + tempo - block` (saturating), `u64::MAX` for
 * tempo 0. Ignores a pending trigger, the MAX_TEMPO safety net and per-block deferral.
 */
export function blocksUntilNextAutoEpoch(s: State, netuid: number, tempo: number, block: bigint): bigint {
  if (tempo === 0) return U64_MAX;
  let next = S.LastEpochBlock.get(s, netuid) + BigInt(tempo);
  if (next > U64_MAX) next = U64_MAX;
  return next > block ? next - block : 0n;
}

/**
 * `is_in_admin_freeze_window`: false for tempo 0; true while a triggered epoch is pending
 * (`PendingEpochAt > block`) or when fewer than `AdminFreezeWindow` blocks remain to the next
 * automatic epoch.
 */
export function isInAdminFreezeWindow(s: State, netuid: number, block: bigint): boolean {
  const tempo = S.Tempo.get(s, netuid);
  if (tempo === 0) return false;
  const pending = S.PendingEpochAt.get(s, netuid);
  if (pending > 0n && pending > block) return true;
  return blocksUntilNextAutoEpoch(s, netuid, tempo, block) < BigInt(S.AdminFreezeWindow.get(s));
}

/** `ensure_admin_window_open`: `AdminActionProhibitedDuringWeightsWindow` inside the freeze window. */
export function ensureAdminWindowOpen(ctx: { state: State; env: BlockEnv }, netuid: number): void {
  if (isInAdminFreezeWindow(ctx.state, netuid, ctx.env.number)) throw E.AdminActionProhibitedDuringWeightsWindow({ netuid });
}

/** `if_subnet_exist`. */
export function subnetExists(s: State, netuid: number): boolean {
  return S.NetworksAdded.get(s, netuid);
}
