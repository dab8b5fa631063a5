/**
 * Free-balance accounting on `System.Account` with Substrate's existence rules: an ordinary account
 * exists while its free balance is at least the existential deposit (500 rao); dropping below it
 * reaps the account and the dust is lost (burned from total issuance). Module accounts ("modl…",
 * e.g. subnet accounts) may hold any amount.
 */
import { EXISTENTIAL_DEPOSIT } from '@tensorium/params';
import { DispatchError } from '../../frame/errors.js';
import { emit, type AccountId } from '../../frame/pallet.js';
import type { State } from '../../state/state.js';
import { storage as system } from '../system/index.js';
import { errors as E, storage as S, PALLET } from './storage.js';

interface Ctx {
  readonly state: State;
  readonly extrinsicIndex?: number;
}

/** "modl" prefix of module (pallet) accounts. */
const MODULE_PREFIX = '6d6f646c';

export function isModuleAccount(who: AccountId): boolean {
  return who.startsWith(MODULE_PREFIX);
}

export function freeBalance(s: State, who: AccountId): bigint {
  return system.Account.get(s, who).data.free;
}

/** Set an account's free balance, creating or reaping it as needed. Returns the dust lost. */
export function setFree(ctx: Ctx, who: AccountId, free: bigint): bigint {
  const s = ctx.state;
  const info = system.Account.get(s, who);
  // an entry that only carries a nonce (no provider) does not count as an existing account
  const existed = system.Account.contains(s, who) && info.providers > 0;
  if (free < EXISTENTIAL_DEPOSIT && !isModuleAccount(who) && info.data.reserved === 0n) {
    if (existed) {
      system.Account.remove(s, who);
      if (free > 0n) {
        S.TotalIssuance.mutate(s, (t) => t - free);
        emit(ctx, PALLET, 'DustLost', who, free);
      }
      emit(ctx, 'System', 'KilledAccount', who);
    }
    return free;
  }
  if (!existed) {
    system.Account.set(s, who, { ...info, providers: 1, data: { ...info.data, free } });
    emit(ctx, 'System', 'NewAccount', who);
    emit(ctx, PALLET, 'Endowed', who, free);
  } else {
    system.Account.set(s, who, { ...info, data: { ...info.data, free } });
  }
  return 0n;
}

/** Mint `amount` into `who` (increases Balances::TotalIssuance). */
export function deposit(ctx: Ctx, who: AccountId, amount: bigint): void {
  if (amount === 0n) return;
  const cur = freeBalance(ctx.state, who);
  if (cur + amount < EXISTENTIAL_DEPOSIT && !isModuleAccount(who)) throw new DispatchError('Token', undefined, 'BelowMinimum');
  S.TotalIssuance.mutate(ctx.state, (t) => t + amount);
  setFree(ctx, who, cur + amount);
  emit(ctx, PALLET, 'Deposit', who, amount);
}

/** Burn `amount` from `who` (decreases Balances::TotalIssuance). `keepAlive` refuses to reap. */
export function withdraw(ctx: Ctx, who: AccountId, amount: bigint, keepAlive: boolean): void {
  if (amount === 0n) return;
  const cur = freeBalance(ctx.state, who);
  if (cur < amount) throw E.InsufficientBalance({ who, needed: amount, free: cur });
  const left = cur - amount;
  if (keepAlive && left < EXISTENTIAL_DEPOSIT && !isModuleAccount(who)) throw E.Expendability({ who });
  S.TotalIssuance.mutate(ctx.state, (t) => t - amount);
  setFree(ctx, who, left);
  emit(ctx, PALLET, 'Withdraw', who, amount);
}

/**
 * Move `amount` from `from` to `to`, as `fungible::Mutate::transfer` (which pallet_balances' transfer calls and
 * `Currency::transfer` use): the sender must have it (`Token(FundsUnavailable)`); `keepAlive`
 * (Preservation::Preserve) refuses to take the sender below the existential deposit
 * (`Token(NotExpendable)`); the receiver must end at or above it (`Token(BelowMinimum)`) unless it is a
 * module account. Returns the dust lost if the sender was reaped.
 */
export function transfer(ctx: Ctx, from: AccountId, to: AccountId, amount: bigint, keepAlive: boolean): bigint {
  if (amount === 0n || from === to) return 0n;
  const s = ctx.state;
  const fromFree = freeBalance(s, from);
  if (fromFree < amount) throw new DispatchError('Token', undefined, 'FundsUnavailable', { from, needed: amount, free: fromFree });
  const left = fromFree - amount;
  if (keepAlive && left < EXISTENTIAL_DEPOSIT && !isModuleAccount(from)) throw new DispatchError('Token', undefined, 'NotExpendable', { from, left });
  const toFree = freeBalance(s, to);
  if (toFree + amount < EXISTENTIAL_DEPOSIT && !isModuleAccount(to)) throw new DispatchError('Token', undefined, 'BelowMinimum', { to, amount });
  const dust = setFree(ctx, from, left);
  setFree(ctx, to, toFree + amount);
  emit(ctx, PALLET, 'Transfer', from, to, amount);
  return dust;
}

/** Largest amount `who` can send while staying alive. */
export function reducibleBalance(s: State, who: AccountId, keepAlive: boolean): bigint {
  const free = freeBalance(s, who);
  if (!keepAlive || isModuleAccount(who)) return free;
  return free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n;
}
