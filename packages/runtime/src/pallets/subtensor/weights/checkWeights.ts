/**
 * `CheckWeights` (subtensor guards/check_weights.rs): the dispatch extension the runtime runs
 * before every signed dispatch of a weights call (top level or nested in a batch), and that the
 * transaction extension also runs when validating a transaction. In order: batch input lengths,
 * the minimum stake for every netuid involved (owner exempt), then for reveals a commit with the
 * revealed hash must be queued and in its reveal epoch (expired-but-still-queued commits fail with
 * `RevealTooEarly` here), and a timelocked commit's reveal round must not be older than drand's
 * last stored round (always 0 here: no drand pallet).
 */
import { DispatchError } from '../../../frame/errors.js';
import type { AccountId, BlockEnv } from '../../../frame/pallet.js';
import type { Extrinsic } from '../../../executive.js';
import { InvalidTransaction } from '../../../executive.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { checkWeightsMinStake, isRevealBlockRange, netuidStorageIndex } from './checks.js';
import { commitHash } from './commitHash.js';

/** `pallet_drand::LastStoredRound`: no drand pallet, so no round has been stored. */
export const LAST_STORED_DRAND_ROUND = 0n;

/** The calls `CheckWeights::applies_to`. */
export const WEIGHTS_CALLS = [
  'batch_commit_weights',
  'batch_reveal_weights',
  'batch_set_weights',
  'commit_weights',
  'commit_mechanism_weights',
  'reveal_weights',
  'reveal_mechanism_weights',
  'set_weights',
  'set_mechanism_weights',
  'commit_timelocked_weights',
  'commit_timelocked_mechanism_weights',
  'commit_crv3_mechanism_weights',
] as const;
export type WeightsCallName = (typeof WEIGHTS_CALLS)[number];

/** The arguments the guard looks at (a call's decoded arguments satisfy this shape). */
export interface WeightsGuardArgs {
  readonly netuid?: number;
  readonly mecid?: number;
  readonly netuids?: readonly number[];
  readonly commit_hashes?: readonly string[];
  readonly weights?: readonly unknown[];
  readonly version_keys?: readonly bigint[];
  readonly uids?: readonly number[];
  readonly values?: readonly number[];
  readonly salt?: readonly number[];
  readonly version_key?: bigint;
  readonly uids_list?: readonly (readonly number[])[];
  readonly values_list?: readonly (readonly number[])[];
  readonly salts_list?: readonly (readonly number[])[];
  readonly reveal_round?: bigint;
}

export function isWeightsCall(name: string): name is WeightsCallName {
  return (WEIGHTS_CALLS as readonly string[]).includes(name);
}

function checkReveal(s: State, block: bigint, who: AccountId, netuid: number, netuidIndex: number, hash: string): void {
  const commits = S.WeightCommits.raw(s, netuidIndex, who);
  if (commits === undefined) throw E.NoWeightsCommitFound({ netuid, hotkey: who });
  const found = commits.find(([h]) => h === hash);
  if (found === undefined) throw E.NoWeightsCommitFound({ netuid, hotkey: who, hash });
  if (!isRevealBlockRange(s, netuid, found[1], block)) throw E.RevealTooEarly({ netuid, commitEpoch: found[1] });
}

/** `CheckWeights::check(who, call)`: throws the guard's module error. */
export function checkWeights(s: State, block: bigint, who: AccountId, name: WeightsCallName, a: WeightsGuardArgs): void {
  // 1. input lengths of the batch calls
  const n = (x: readonly unknown[] | undefined): number => x?.length ?? 0;
  const lengthsMatch =
    name === 'batch_commit_weights'
      ? n(a.netuids) === n(a.commit_hashes)
      : name === 'batch_reveal_weights'
        ? n(a.uids_list) === n(a.values_list) && n(a.uids_list) === n(a.salts_list) && n(a.uids_list) === n(a.version_keys)
        : name === 'batch_set_weights'
          ? n(a.netuids) === n(a.weights) && n(a.netuids) === n(a.version_keys)
          : true;
  if (!lengthsMatch) throw E.InputLengthsUnequal({ call: name });

  // 2. minimum stake on every netuid involved
  const netuids = name === 'batch_commit_weights' || name === 'batch_set_weights' ? (a.netuids ?? []) : [a.netuid ?? 0];
  for (const netuid of netuids) {
    if (!checkWeightsMinStake(s, who, netuid)) throw E.NotEnoughStakeToSetWeights({ netuid, hotkey: who });
  }

  // 3. commit-reveal prerequisites
  const netuid = a.netuid ?? 0;
  switch (name) {
    case 'reveal_weights':
    case 'reveal_mechanism_weights': {
      const idx = name === 'reveal_weights' ? netuid : netuidStorageIndex(netuid, a.mecid ?? 0);
      checkReveal(s, block, who, netuid, idx, commitHash(who, idx, a.uids ?? [], a.values ?? [], a.salt ?? [], a.version_key ?? 0n));
      break;
    }
    case 'batch_reveal_weights': {
      const commits = S.WeightCommits.raw(s, netuid, who);
      if (commits === undefined) throw E.NoWeightsCommitFound({ netuid, hotkey: who });
      (a.uids_list ?? []).forEach((uids, i) => {
        const hash = commitHash(who, netuid, uids, a.values_list?.[i] ?? [], a.salts_list?.[i] ?? [], a.version_keys?.[i] ?? 0n);
        checkReveal(s, block, who, netuid, netuid, hash);
      });
      break;
    }
    case 'commit_timelocked_weights':
    case 'commit_timelocked_mechanism_weights':
    case 'commit_crv3_mechanism_weights':
      if ((a.reveal_round ?? 0n) < LAST_STORED_DRAND_ROUND) throw E.InvalidRevealRound({ revealRound: a.reveal_round });
      break;
    default:
      break;
  }
}

/** subtensor's `CustomTransactionError` codes for the guard's errors (others: BadRequest = 255). */
export const CUSTOM_TRANSACTION_ERROR_CODES: Readonly<Record<string, number>> = Object.freeze({
  NotEnoughStakeToSetWeights: 1, // StakeAmountTooLow
  InvalidRevealRound: 15,
  NoWeightsCommitFound: 16, // CommitNotFound
  RevealTooEarly: 17, // CommitBlockNotInRevealRange
  InputLengthsUnequal: 18,
  CommittingWeightsTooFast: 6, // RateLimitExceeded
  SettingWeightsTooFast: 6,
  HotKeyNotRegisteredInSubNet: 19, // UidNotFound
});

/**
 * The transaction-extension form, shaped as the executive's `TransactionCheck`: a signed top-level
 * SubtensorModule weights call failing the guard is an invalid transaction with subtensor's custom
 * code. Wire it with `new Executive(runtime, { checks: [checkWeightsTransaction] })`.
 */
export function checkWeightsTransaction(state: State, env: BlockEnv, xt: Extrinsic): void {
  if (xt.signer === undefined || xt.call.pallet !== PALLET || !isWeightsCall(xt.call.name)) return;
  try {
    checkWeights(state, env.number, xt.signer, xt.call.name, xt.call.args as WeightsGuardArgs);
  } catch (e) {
    if (!(e instanceof DispatchError)) throw e;
    throw new InvalidTransaction('Custom', { error: e.code }, CUSTOM_TRANSACTION_ERROR_CODES[e.errorName] ?? 255);
  }
}
