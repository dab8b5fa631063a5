/**
 * pallet_balances calls: transfers with Substrate's existence rules, and root balance setting.
 * Balance is u64 rao (subtensor's `Balance`).
 */
import { EXISTENTIAL_DEPOSIT } from '@tensorium/params';
import { T } from '@tensorium/primitives';
import { DispatchError } from '../../frame/errors.js';
import { call, definePallet, emit, ensureRoot, ensureSigned, type AccountId } from '../../frame/pallet.js';
import { MultiAddress } from '../../types.js';
import { freeBalance, reducibleBalance, setFree, transfer } from './currency.js';
import { errors, PALLET, storage } from './storage.js';

export * from './currency.js';
export { storage, errors, PALLET } from './storage.js';

type Addr = { type: string; value?: unknown };

/** Resolve a MultiAddress to an account id (`Id` and `Address32`); others cannot be looked up. */
export function lookup(a: Addr | AccountId): AccountId {
  if (typeof a === 'string') return a;
  if ((a.type === 'Id' || a.type === 'Address32') && typeof a.value === 'string') return a.value;
  throw new DispatchError('CannotLookup', undefined, 'CannotLookup');
}

const TRANSFER_WEIGHT = 60_000_000n;

export const balances = definePallet({
  name: PALLET,
  index: 5,
  docs: 'TAO balances.',
  storage: Object.values(storage),
  errors,
  constants: {
    ExistentialDeposit: { type: T.u64, value: () => EXISTENTIAL_DEPOSIT, docs: 'The minimum amount required to keep an account open.' },
    MaxLocks: { type: T.u32, value: () => 50 },
    MaxReserves: { type: T.u32, value: () => 50 },
    MaxFreezes: { type: T.u32, value: () => 50 },
  },
  calls: {
    transfer_allow_death: call<{ dest: Addr; value: bigint }>({
      index: 0,
      args: [
        ['dest', MultiAddress],
        ['value', T.compact(T.u64)],
      ],
      weight: TRANSFER_WEIGHT,
      docs: 'Transfer some liquid free balance to another account; the sender may be reaped.',
      fn: (ctx, a) => {
        const from = ensureSigned(ctx.origin);
        transfer(ctx, from, lookup(a.dest), a.value, false);
      },
    }),
    force_transfer: call<{ source: Addr; dest: Addr; value: bigint }>({
      index: 2,
      args: [
        ['source', MultiAddress],
        ['dest', MultiAddress],
        ['value', T.compact(T.u64)],
      ],
      weight: TRANSFER_WEIGHT,
      docs: 'Root: transfer from any account.',
      fn: (ctx, a) => {
        ensureRoot(ctx.origin);
        transfer(ctx, lookup(a.source), lookup(a.dest), a.value, false);
      },
    }),
    transfer_keep_alive: call<{ dest: Addr; value: bigint }>({
      index: 3,
      args: [
        ['dest', MultiAddress],
        ['value', T.compact(T.u64)],
      ],
      weight: TRANSFER_WEIGHT,
      docs: 'Transfer, refusing to take the sender below the existential deposit.',
      fn: (ctx, a) => {
        const from = ensureSigned(ctx.origin);
        transfer(ctx, from, lookup(a.dest), a.value, true);
      },
    }),
    transfer_all: call<{ dest: Addr; keep_alive: boolean }>({
      index: 4,
      args: [
        ['dest', MultiAddress],
        ['keep_alive', T.bool],
      ],
      weight: TRANSFER_WEIGHT,
      docs: 'Transfer the entire transferable balance.',
      fn: (ctx, a) => {
        const from = ensureSigned(ctx.origin);
        const amount = reducibleBalance(ctx.state, from, a.keep_alive);
        transfer(ctx, from, lookup(a.dest), amount, a.keep_alive);
      },
    }),
    force_set_balance: call<{ who: Addr; new_free: bigint }>({
      index: 8,
      args: [
        ['who', MultiAddress],
        ['new_free', T.compact(T.u64)],
      ],
      weight: 30_000_000n,
      docs: 'Root: set the free balance of an account (issuance is adjusted).',
      fn: (ctx, a) => {
        ensureRoot(ctx.origin);
        const who = lookup(a.who);
        const old = freeBalance(ctx.state, who);
        const newFree = a.new_free < EXISTENTIAL_DEPOSIT ? 0n : a.new_free;
        storage.TotalIssuance.mutate(ctx.state, (t) => t - old + newFree);
        setFree(ctx, who, newFree);
        emit(ctx, PALLET, 'BalanceSet', who, newFree);
      },
    }),
  },
  events: {
    Endowed: { fields: [['account', T.accountId], ['free_balance', T.u64]] },
    DustLost: { fields: [['account', T.accountId], ['amount', T.u64]] },
    Transfer: { fields: [['from', T.accountId], ['to', T.accountId], ['amount', T.u64]] },
    BalanceSet: { fields: [['who', T.accountId], ['free', T.u64]] },
    Reserved: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Unreserved: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Deposit: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Withdraw: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Slashed: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Minted: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Burned: { fields: [['who', T.accountId], ['amount', T.u64]] },
    Issued: { fields: [['amount', T.u64]] },
    Rescinded: { fields: [['amount', T.u64]] },
  },
});
