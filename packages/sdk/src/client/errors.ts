/**
 * Typed client errors (viem's BaseError shape): a stable `code`, a short message, a one-line
 * `remedy` a person can act on, structured `details`, and the underlying `cause`.
 */

export interface TensoriumErrorOptions {
  readonly remedy?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

export class TensoriumError extends Error {
  override name = 'TensoriumError';
  readonly code: string;
  readonly remedy: string | undefined;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: string, message: string, opts: TensoriumErrorOptions = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.code = code;
    this.remedy = opts.remedy;
    this.details = opts.details ?? {};
  }
}

/** The endpoint could not be reached or the connection dropped. */
export class ConnectionError extends TensoriumError {
  override name = 'ConnectionError';
  constructor(url: string, cause?: unknown) {
    super('CONNECTION_FAILED', `cannot connect to ${url}`, {
      remedy: `start a node (\`tensorium node --dev --tmp\`) or pass --endpoint ws://host:port`,
      details: { url },
      cause,
    });
  }
}

/** Bad parameters caught before anything is sent (length mismatch, negative weights, unknown names). */
export class ParameterError extends TensoriumError {
  override name = 'ParameterError';
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, remedy?: string) {
    super('INVALID_PARAMETER', message, { details, remedy });
  }
}

/**
 * The extrinsic was included but its dispatch failed: `code` is the module error's full name, e.g.
 * `SubtensorModule.NotEnoughBalanceToStake` (or `BadOrigin`, `Token.FundsUnavailable`, …).
 */
export class ChainError extends TensoriumError {
  override name = 'ChainError';
  /** Pallet name (`SubtensorModule`), or the DispatchError variant for non-module errors. */
  readonly pallet: string;
  /** Error name within the pallet (`NotEnoughBalanceToStake`). */
  readonly error: string;
  readonly blockHash: string | undefined;

  constructor(pallet: string, error: string, docs: string, details: Readonly<Record<string, unknown>> = {}) {
    const full = pallet === error ? error : `${pallet}.${error}`;
    super(full, docs ? `${full}: ${docs}` : full, { remedy: remedyFor(error), details });
    this.pallet = pallet;
    this.error = error;
    this.blockHash = typeof details.blockHash === 'string' ? details.blockHash : undefined;
  }
}

/** subtensor's `CustomTransactionError` codes (common/src/transaction_error.rs) → names. */
export const CUSTOM_TRANSACTION_ERRORS: Readonly<Record<number, string>> = {
  0: 'ColdkeyInSwapSchedule', 1: 'StakeAmountTooLow', 2: 'BalanceTooLow', 3: 'SubnetNotExists', 4: 'HotkeyAccountDoesntExist',
  5: 'NotEnoughStakeToWithdraw', 6: 'RateLimitExceeded', 7: 'InsufficientLiquidity', 8: 'SlippageTooHigh', 9: 'TransferDisallowed',
  10: 'HotKeyNotRegisteredInNetwork', 11: 'InvalidIpAddress', 12: 'ServingRateLimitExceeded', 13: 'InvalidPort', 14: 'ZeroMaxAmount',
  15: 'InvalidRevealRound', 16: 'CommitNotFound', 17: 'CommitBlockNotInRevealRange', 18: 'InputLengthsUnequal', 19: 'UidNotFound',
  20: 'EvmKeyAssociateRateLimitExceeded', 21: 'ColdkeySwapDisputed', 22: 'InvalidRealAccount', 23: 'FailedShieldedTxParsing',
  24: 'InvalidShieldedTxPubKeyHash', 25: 'NonAssociatedColdKey', 26: 'DelegateTakeTooLow', 27: 'DelegateTakeTooHigh', 255: 'BadRequest',
};

/**
 * The pool refused the transaction (invalid, cannot pay fees, stale nonce, banned) or it was
 * dropped. Subtensor's custom validity errors get their name: `code` = `InvalidTransaction.<Name>`.
 */
export class TransactionError extends TensoriumError {
  override name = 'TransactionError';
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}, cause?: unknown) {
    const custom = /Custom error: (\d+)/.exec(message);
    const customName = custom ? CUSTOM_TRANSACTION_ERRORS[Number(custom[1])] : undefined;
    const payment = !custom && /pay|balance|fund/i.test(message);
    const code = customName ? `InvalidTransaction.${customName}` : payment ? 'TX_CANNOT_PAY' : 'TX_REJECTED';
    super(code, customName ? `${message} (${customName})` : message, {
      remedy: customName ? (remedyFor(customName) ?? 'the transaction failed validation; check the arguments') : payment ? 'fund the signing account (on a dev chain: `tensorium wallet faucet`)' : 'check the call arguments and the signer, then retry',
      details: customName ? { ...details, customError: customName } : details,
      cause,
    });
  }
}

/** Remedies for the chain errors users hit most (spec/sdk.md §9). */
const REMEDIES: Readonly<Record<string, string>> = {
  NotEnoughBalanceToStake: 'the coldkey balance is below the amount plus fees; fund it or stake less',
  BalanceWithdrawalError: 'the coldkey balance is too low for this amount; fund it or use a smaller amount',
  NotEnoughBalanceToPaySwapHotKey: 'fund the coldkey',
  HotKeyAccountNotExists: 'register the hotkey on a subnet first (`tensorium subnet register`)',
  HotKeyNotRegisteredInSubNet: 'register the hotkey on this subnet first (`tensorium subnet register`)',
  HotKeyNotRegisteredInNetwork: 'register the hotkey on this subnet first (`tensorium subnet register`)',
  NotEnoughStakeToWithdraw: 'unstake at most the stake you hold (`tensorium stake list`)',
  SubnetNotExists: 'check the netuid (`tensorium subnet list`)',
  SubNetworkDoesNotExist: 'check the netuid (`tensorium subnet list`)',
  MechanismDoesNotExist: 'check the netuid (`tensorium subnet list`)',
  SubtokenDisabled: 'the subnet has not been started; its owner runs `tensorium subnet start`',
  FirstEmissionBlockNumberAlreadySet: 'the subnet is already started',
  NeedWaitingMoreBlocksToStarCall: 'wait until the start-call delay has passed, then retry',
  AlreadyRegistered: 'this hotkey is already registered on the subnet',
  HotKeyAlreadyRegisteredInSubNet: 'this hotkey is already registered on the subnet',
  TooManyRegistrationsThisBlock: 'retry in the next block',
  TooManyRegistrationsThisInterval: 'retry after the registration interval',
  NotEnoughBalanceToPayRegistrationCost: 'fund the coldkey (`tensorium subnet burn-cost` shows the price)',
  CannotAffordLockCost: 'fund the coldkey (`tensorium subnet lock-cost` shows the price)',
  NetworkTxRateLimitExceeded: 'subnet registration is rate-limited; wait and retry',
  CommitBlockNotInRevealRange: 'reveal in the reveal epoch: wait for the next epoch(s) after the commit',
  CommitNotFound: 'no matching commit: commit first, and reveal with the same uids, weights, salt and version key',
  RateLimitExceeded: 'rate-limited; wait and retry',
  UidNotFound: 'register the hotkey on this subnet first (`tensorium subnet register`)',
  StakeAmountTooLow: 'the amount is below the minimum stake or the hotkey lacks stake; use a larger amount',
  SettingWeightsTooFast: 'wait `weights_rate_limit` blocks since your last weights, then retry',
  IncorrectWeightVersionKey: 'pass --version-key at least the subnet\'s weights_version (`tensorium subnet hyperparameters`)',
  NeuronNoValidatorPermit: 'only validators with a permit may set weights on others; stake more or wait for the next epoch',
  WeightVecLengthIsLow: 'set weights on at least min_allowed_weights uids',
  MaxWeightExceeded: 'no single weight may exceed max_weights_limit; spread the weights',
  DuplicateUids: 'each uid may appear once',
  UidsLengthExceedUidsInSubNet: 'use uids below the subnet size',
  UidVecContainInvalidOne: 'use uids that exist on the subnet',
  CommitRevealEnabled: 'commit-reveal is on for this subnet: use `tensorium weights commit` then `reveal`',
  CommitRevealDisabled: 'commit-reveal is off for this subnet: use `tensorium weights set`',
  NotEnoughStakeToSetWeights: 'the hotkey needs more stake to set weights',
  SlippageTooHigh: 'the price moved past your limit; raise --max-slippage / --limit-price or allow partial fills',
  PriceLimitExceeded: 'the limit price is already crossed; raise --max-slippage / --limit-price',
  ZeroMaxStakeAmount: 'at the limit price nothing can be traded; raise the limit or lower the amount',
  AmountTooLow: 'the amount is below the minimum stake; use a larger amount',
  InsufficientLiquidity: 'the pool is too shallow for this amount; use a smaller amount',
  NonAssociatedColdKey: 'the hotkey belongs to another coldkey; use your own hotkey',
  DelegateTakeTooHigh: 'use a take at most the maximum delegate take',
  DelegateTakeTooLow: 'use a take at least the minimum delegate take',
  DelegateTxRateLimitExceeded: 'take changes are rate-limited; wait and retry',
  BadOrigin: 'this call needs another signer (the subnet owner, or root via `tensorium sudo`)',
  RequireSudo: 'only the sudo key may do this',
  AdminActionProhibitedDuringWeightsWindow: 'hyperparameters are frozen just before an epoch; retry after it',
  AccountNotAllowedCommit: 'the hotkey must be registered on the subnet to commit',
  InvalidChild: 'a hotkey cannot be its own child and children must be registered',
  ProportionOverflow: 'children proportions must sum to at most u64::MAX (100%)',
  TxRateLimitExceeded: 'rate-limited; wait and retry',
  ServingRateLimitExceeded: 'axon updates are rate-limited; wait and retry',
};

export function remedyFor(errorName: string): string | undefined {
  return REMEDIES[errorName];
}
