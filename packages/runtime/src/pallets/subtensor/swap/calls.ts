/**
 * SubtensorModule key-swap dispatchables (macros/dispatches.rs; spec/economics.md §12): hotkey
 * swaps, the coldkey swap announce/execute/dispute flow, root's immediate coldkey swap, and the
 * removed `schedule_swap_coldkey`.
 */
import { KEY_SWAP_COST } from '@tensorium/params';
import { call, ensureRoot, ensureSigned, type AccountId } from '../../../frame/pallet.js';
import { callSigs, errors as E } from '../decl.js';
import {
  doAnnounceColdkeySwap,
  doClearColdkeySwapAnnouncement,
  doDisputeColdkeySwap,
  doResetColdkeySwap,
  doRootSwapColdkey,
  doSwapColdkeyAnnounced,
} from './swapColdkey.js';
import { doSwapHotkey } from './swapHotkey.js';

export const keySwapCalls = {
  swap_hotkey: call<{ hotkey: AccountId; new_hotkey: AccountId; netuid: number | undefined }>({
    ...callSigs.swap_hotkey,
    docs: 'Move a hotkey (and its stake) to a new hotkey, on every subnet or on one.',
    fn: (ctx, a) => doSwapHotkey(ctx, ensureSigned(ctx.origin), a.hotkey, a.new_hotkey, a.netuid, false),
  }),
  swap_hotkey_v2: call<{ hotkey: AccountId; new_hotkey: AccountId; netuid: number | undefined; keep_stake: boolean }>({
    ...callSigs.swap_hotkey_v2,
    docs: 'Move a hotkey to a new hotkey, optionally leaving the stake on the old one.',
    fn: (ctx, a) => doSwapHotkey(ctx, ensureSigned(ctx.origin), a.hotkey, a.new_hotkey, a.netuid, a.keep_stake),
  }),
  swap_coldkey: call<{ old_coldkey: AccountId; new_coldkey: AccountId; swap_cost: bigint }>({
    ...callSigs.swap_coldkey,
    docs: 'Root: swap a coldkey immediately, recycling `swap_cost` from the old coldkey.',
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      doRootSwapColdkey(ctx, a.old_coldkey, a.new_coldkey, a.swap_cost);
    },
  }),
  announce_coldkey_swap: call<{ new_coldkey_hash: string }>({
    ...callSigs.announce_coldkey_swap,
    docs: 'Announce a coldkey swap to the account with this hash (first announcement costs 0.1 TAO).',
    fn: (ctx, a) => doAnnounceColdkeySwap(ctx, ensureSigned(ctx.origin), a.new_coldkey_hash, KEY_SWAP_COST),
  }),
  swap_coldkey_announced: call<{ new_coldkey: AccountId }>({
    ...callSigs.swap_coldkey_announced,
    docs: 'Execute the announced coldkey swap after the announcement delay.',
    fn: (ctx, a) => doSwapColdkeyAnnounced(ctx, ensureSigned(ctx.origin), a.new_coldkey),
  }),
  dispute_coldkey_swap: call<Record<string, never>>({
    ...callSigs.dispute_coldkey_swap,
    docs: "Freeze the caller's announced coldkey swap until root resets it.",
    fn: (ctx) => doDisputeColdkeySwap(ctx, ensureSigned(ctx.origin)),
  }),
  reset_coldkey_swap: call<{ coldkey: AccountId }>({
    ...callSigs.reset_coldkey_swap,
    docs: "Root: clear a coldkey's swap announcement and dispute.",
    fn: (ctx, a) => {
      ensureRoot(ctx.origin);
      doResetColdkeySwap(ctx, a.coldkey);
    },
  }),
  clear_coldkey_swap_announcement: call<Record<string, never>>({
    ...callSigs.clear_coldkey_swap_announcement,
    docs: "Withdraw the caller's swap announcement after the reannouncement delay.",
    fn: (ctx) => doClearColdkeySwapAnnouncement(ctx, ensureSigned(ctx.origin)),
  }),
  schedule_swap_coldkey: call<{ new_coldkey: AccountId }>({
    ...callSigs.schedule_swap_coldkey,
    docs: 'Removed: always fails with Deprecated.',
    fn: () => {
      throw E.Deprecated();
    },
  }),
};
