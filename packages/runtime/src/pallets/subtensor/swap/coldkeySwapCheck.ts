/**
 * The coldkey-swap guard of `SubtensorTransactionExtension` (guards/check_coldkey_swap.rs;
 * spec/economics.md §11): a signer with an announced coldkey swap may only submit the
 * swap-related SubtensorModule calls, and nothing at all once the swap is disputed.
 */
import { InvalidTransaction, type TransactionCheck } from '../../../executive.js';
import type { RuntimeCall } from '../../../frame/pallet.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';

/** `CustomTransactionError` codes (common/src/transaction_error.rs). */
export const CUSTOM_COLDKEY_IN_SWAP_SCHEDULE = 0;
export const CUSTOM_COLDKEY_SWAP_DISPUTED = 21;

/** Calls a coldkey with an undisputed announced swap may still submit. */
export const CALLS_ALLOWED_DURING_COLDKEY_SWAP: ReadonlySet<string> = new Set([
  'announce_coldkey_swap',
  'swap_coldkey_announced',
  'dispute_coldkey_swap',
  'clear_coldkey_swap_announcement',
]);

export function isAllowedDuringColdkeySwap(call: RuntimeCall): boolean {
  return call.pallet === PALLET && CALLS_ALLOWED_DURING_COLDKEY_SWAP.has(call.name);
}

export const coldkeySwapCheck: TransactionCheck = (state, _env, xt) => {
  const who = xt.signer;
  if (who === undefined) return;
  if (!S.ColdkeySwapAnnouncements.contains(state, who)) return;
  if (S.ColdkeySwapDisputes.contains(state, who)) {
    throw new InvalidTransaction('Custom', { who, error: 'ColdkeySwapDisputed' }, CUSTOM_COLDKEY_SWAP_DISPUTED);
  }
  if (!isAllowedDuringColdkeySwap(xt.call)) {
    throw new InvalidTransaction('Custom', { who, error: 'ColdkeySwapAnnounced', call: `${xt.call.pallet}.${xt.call.name}` }, CUSTOM_COLDKEY_IN_SWAP_SCHEDULE);
  }
};
