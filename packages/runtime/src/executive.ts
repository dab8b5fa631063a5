/**
 * Block execution: initialize (block number, parent hash, every pallet's `onInitialize` in pallet
 * order — subtensor's coinbase and epochs run here), apply extrinsics (nonce, fee, dispatch in a
 * transactional layer, outcome events) and finalize (`onFinalize` hooks).
 *
 * The executive knows nothing about signatures or SCALE: the node verifies and decodes an
 * extrinsic, then hands over its signer, nonce, tip, call and encoded length.
 */
import { DispatchError, InvalidInherent } from './frame/errors.js';
import { emit, signed, NONE_ORIGIN, type AccountId, type BlockEnv, type RuntimeCall } from './frame/pallet.js';
import { dispatchErrorValue } from './frame/runtimeCall.js';
import { EXISTENTIAL_DEPOSIT } from '@tensorium/params';
import { deposit, freeBalance, isModuleAccount, setFree } from './pallets/balances/currency.js';
import { storage as balancesStorage } from './pallets/balances/storage.js';
import { storage as system } from './pallets/system/index.js';
import { computeFee } from './pallets/transactionPayment/index.js';
import type { Runtime } from './runtime.js';
import type { State } from './state/state.js';

export { InvalidInherent };

export interface Extrinsic {
  /** Signer (unsigned extrinsics: undefined). */
  readonly signer?: AccountId;
  readonly nonce?: number;
  readonly tip?: bigint;
  readonly call: RuntimeCall;
  /** Encoded length in bytes (for the length fee). */
  readonly len: number;
}

/** Why a transaction cannot be included at all (Substrate's `InvalidTransaction`). */
export class InvalidTransaction extends Error {
  constructor(
    readonly reason: 'Stale' | 'Future' | 'Payment' | 'BadSigner' | 'Call' | 'Custom' | 'ExhaustsResources',
    readonly details?: Readonly<Record<string, unknown>>,
    /** For `Custom`: the code; subtensor uses custom codes in its transaction extension. */
    readonly custom?: number,
  ) {
    super(`InvalidTransaction.${reason}${custom !== undefined ? `(${custom})` : ''}`);
    this.name = 'InvalidTransaction';
  }
}

/**
 * `TransactionValidityError::Unknown`: the runtime cannot judge the transaction. An unsigned
 * extrinsic is `NoUnsignedValidator`: no pallet of subtensor's runtime validates unsigned calls
 * (only Drand's pulses, not part of this runtime), so none is accepted into a block or the pool.
 */
export class UnknownTransaction extends Error {
  constructor(readonly reason: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom') {
    super(`UnknownTransaction.${reason}`);
    this.name = 'UnknownTransaction';
  }
}

export interface ApplyOutcome {
  readonly ok: boolean;
  readonly error?: DispatchError;
  /** Inclusion fee actually charged (without tip). */
  readonly fee: bigint;
  readonly tip: bigint;
  readonly weight: bigint;
}

/**
 * Hook for pallets that pay fees another way (subtensor's fee-in-alpha): called when the signer
 * cannot pay `fee` in TAO. Returns true if it paid (and credited the author), false otherwise.
 */
export type FeeFallback = (state: State, env: BlockEnv, who: AccountId, call: RuntimeCall, fee: bigint) => boolean;

/** Extra validity checks run before dispatch (subtensor's transaction extension). */
export type TransactionCheck = (state: State, env: BlockEnv, xt: Extrinsic) => void;

export interface ExecutiveOptions {
  readonly feeFallbacks?: readonly FeeFallback[];
  readonly checks?: readonly TransactionCheck[];
}

export class Executive {
  constructor(
    readonly runtime: Runtime,
    private readonly opts: ExecutiveOptions = {},
  ) {}

  initializeBlock(state: State, env: BlockEnv): void {
    system.Number.set(state, Number(env.number));
    system.ParentHash.set(state, env.parentHash);
    if (env.number > 0n) system.BlockHash.set(state, Number(env.number - 1n), env.parentHash);
    system.ExtrinsicCount.remove(state);
    for (const p of this.runtime.pallets) {
      if (p.hooks.onInitialize) p.hooks.onInitialize(this.runtime.context(state, NONE_ORIGIN, env));
    }
  }

  /**
   * Check that an extrinsic could be included now (for the transaction pool): call exists, nonce
   * not stale, signer can pay the fee, extension checks pass. Changes nothing.
   */
  validate(state: State, env: BlockEnv, xt: Extrinsic): { fee: bigint; priority: bigint } {
    return state.simulate((s) => {
      const { fee } = this.prepare(s, env, xt, true);
      return { fee, priority: fee + (xt.tip ?? 0n) };
    });
  }

  /** Nonce, checks and fee payment; shared by validate and apply. */
  private prepare(state: State, env: BlockEnv, xt: Extrinsic, allowFuture: boolean): { fee: bigint; info: ReturnType<Runtime['callInfo']> } {
    let info;
    try {
      info = this.runtime.callInfo(xt.call);
    } catch {
      throw new InvalidTransaction('Call', { call: `${xt.call.pallet}.${xt.call.name}` });
    }
    if (xt.signer === undefined) throw new UnknownTransaction('NoUnsignedValidator');
    const fee = computeFee(xt.len, info.weight, info.pays);
    const tip = xt.tip ?? 0n;
    const who = xt.signer;
    const acct = system.Account.get(state, who);
    const nonce = xt.nonce ?? acct.nonce;
    if (nonce < acct.nonce) throw new InvalidTransaction('Stale', { expected: acct.nonce, got: nonce });
    if (nonce > acct.nonce && !allowFuture) throw new InvalidTransaction('Future', { expected: acct.nonce, got: nonce });
    for (const check of this.opts.checks ?? []) check(state, env, xt);
    const total = fee + tip;
    if (total > 0n) {
      const free = freeBalance(state, who);
      // fees are withdrawn with `Preservation::Preserve`: paying may not reap the account
      if (free >= total + EXISTENTIAL_DEPOSIT || (isModuleAccount(who) && free >= total)) {
        balancesStorage.TotalIssuance.mutate(state, (t) => t - total);
        setFree({ state }, who, free - total);
      } else if (tip === 0n && (this.opts.feeFallbacks ?? []).some((f) => f(state, env, who, xt.call, fee))) {
        // paid in another asset by a fallback (which also credited the author)
        return { fee: 0n, info };
      } else {
        throw new InvalidTransaction('Payment', { who, fee: total, free });
      }
    }
    return { fee, info };
  }

  /**
   * Apply one extrinsic. Throws InvalidTransaction when it cannot be included (bad nonce, cannot
   * pay): nothing changes. Otherwise the fee is charged, the nonce bumped and the call dispatched;
   * a failing call is rolled back and reported in the outcome (and an ExtrinsicFailed event).
   */
  applyExtrinsic(state: State, env: BlockEnv, xt: Extrinsic, index: number): ApplyOutcome {
    const pre = state.child();
    let fee: bigint;
    let info: ReturnType<Runtime['callInfo']>;
    try {
      ({ fee, info } = this.prepare(pre, env, xt, false));
    } catch (e) {
      pre.discard();
      throw e;
    }
    const tip = xt.tip ?? 0n;
    if (xt.signer !== undefined) {
      system.Account.mutate(pre, xt.signer, (a) => ({ ...a, nonce: a.nonce + 1 }));
    }
    pre.commit();
    const origin = xt.signer === undefined ? NONE_ORIGIN : signed(xt.signer);
    let error: DispatchError | undefined;
    try {
      this.runtime.dispatch(state, origin, xt.call, env, index);
    } catch (e) {
      if (!(e instanceof DispatchError)) throw e;
      error = e;
    }
    const ctx = { state, extrinsicIndex: index };
    const paid = fee + tip;
    if (paid > 0n) {
      if (env.author) {
        // fees are moved, not minted: restore issuance and credit the author
        deposit(ctx, env.author, paid);
      }
      if (xt.signer !== undefined) emit(ctx, 'TransactionPayment', 'TransactionFeePaid', xt.signer, fee, tip);
    }
    const dispatchInfo = { weight: { ref_time: info.weight, proof_size: 0n }, class: { type: info.dispatchClass }, pays_fee: { type: info.pays ? 'Yes' : 'No' } };
    if (error) emit(ctx, 'System', 'ExtrinsicFailed', dispatchErrorValue(error), dispatchInfo);
    else emit(ctx, 'System', 'ExtrinsicSuccess', dispatchInfo);
    system.ExtrinsicCount.set(state, index + 1);
    return { ok: !error, error, fee, tip, weight: info.weight };
  }

  /**
   * Apply an inherent: an unsigned call the block author places at the start of the block (the
   * timestamp). No signer, nonce or fee; a Mandatory call that must succeed — if it fails the block is
   * invalid, so this throws (`InvalidInherent`) and the caller abandons the block.
   */
  applyInherent(state: State, env: BlockEnv, call: RuntimeCall, index: number): ApplyOutcome {
    let info: ReturnType<Runtime['callInfo']>;
    try {
      info = this.runtime.callInfo(call);
    } catch {
      throw new InvalidInherent(`unknown inherent ${call.pallet}.${call.name}`, { call: `${call.pallet}.${call.name}` });
    }
    if (info.dispatchClass !== 'Mandatory') throw new InvalidInherent(`${call.pallet}.${call.name} is not an inherent`, { class: info.dispatchClass });
    try {
      this.runtime.dispatch(state, NONE_ORIGIN, call, env, index);
    } catch (e) {
      if (e instanceof DispatchError) throw new InvalidInherent(`inherent ${call.pallet}.${call.name} failed: ${e.message}`, { error: e.name });
      throw e;
    }
    const ctx = { state, extrinsicIndex: index };
    emit(ctx, 'System', 'ExtrinsicSuccess', { weight: { ref_time: info.weight, proof_size: 0n }, class: { type: 'Mandatory' }, pays_fee: { type: 'No' } });
    system.ExtrinsicCount.set(state, index + 1);
    return { ok: true, fee: 0n, tip: 0n, weight: info.weight };
  }

  finalizeBlock(state: State, env: BlockEnv): void {
    for (const p of this.runtime.pallets) {
      if (p.hooks.onFinalize) p.hooks.onFinalize(this.runtime.context(state, NONE_ORIGIN, env));
    }
  }
}
