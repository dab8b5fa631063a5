/**
 * Typed extrinsic errors. `ExtrinsicDecodeError`: the bytes are not a well-formed extrinsic of this
 * runtime (Substrate answers "Could not decode"). `TransactionValidityError`: well-formed but not
 * valid — Substrate's `TransactionValidityError::{Invalid, Unknown}` with its reason names and
 * messages (the RPC layer maps them to error 1010 / 1011).
 */
import { encode } from '@tensorium/primitives';
import { InvalidTransaction, UnknownTransaction } from '@tensorium/runtime/executive';
import { TransactionValidityErrorType } from '../metadata/runtimeTypes.js';

export type ExtrinsicPart = 'length' | 'version' | 'address' | 'signature' | 'era' | 'nonce' | 'tip' | 'extension' | 'call';

export class ExtrinsicDecodeError extends Error {
  constructor(
    readonly part: ExtrinsicPart,
    message: string,
  ) {
    super(`malformed extrinsic (${part}): ${message}`);
    this.name = 'ExtrinsicDecodeError';
  }
}

export type InvalidReason =
  | 'Call'
  | 'Payment'
  | 'Future'
  | 'Stale'
  | 'BadProof'
  | 'AncientBirthBlock'
  | 'ExhaustsResources'
  | 'Custom'
  | 'BadMandatory'
  | 'MandatoryValidation'
  | 'BadSigner'
  | 'IndeterminateImplicit'
  | 'UnknownOrigin';
export type UnknownReason = 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';

const INVALID_MESSAGES: Record<InvalidReason, string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  Custom: 'InvalidTransaction custom error',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
  IndeterminateImplicit: 'The implicit data was unable to be calculated',
  UnknownOrigin: 'The transaction extension did not authorize any origin',
};
const UNKNOWN_MESSAGES: Record<UnknownReason, string> = {
  CannotLookup: 'Could not lookup information required to validate the transaction',
  NoUnsignedValidator: 'Could not find an unsigned validator for the unsigned transaction',
  Custom: 'UnknownTransaction custom error',
};

export type ValidityErrorKind = { readonly kind: 'Invalid'; readonly reason: InvalidReason } | { readonly kind: 'Unknown'; readonly reason: UnknownReason };

export class TransactionValidityError extends Error {
  readonly kind: 'Invalid' | 'Unknown';
  readonly reason: InvalidReason | UnknownReason;

  constructor(
    k: ValidityErrorKind,
    readonly details?: Readonly<Record<string, unknown>>,
    /** The code of a `Custom` reason. */
    readonly custom?: number,
  ) {
    const text = k.kind === 'Invalid' ? INVALID_MESSAGES[k.reason] : UNKNOWN_MESSAGES[k.reason];
    super(`${k.kind === 'Invalid' ? 'Invalid Transaction' : 'Unknown Transaction Validity'}: ${text}${custom !== undefined ? ` (${custom})` : ''}`);
    this.name = 'TransactionValidityError';
    this.kind = k.kind;
    this.reason = k.reason;
  }

  /** Substrate's Display text of the inner error (RPC error `data`). */
  get substrateMessage(): string {
    const base = this.kind === 'Invalid' ? INVALID_MESSAGES[this.reason as InvalidReason] : UNKNOWN_MESSAGES[this.reason as UnknownReason];
    return this.custom !== undefined ? `Custom error: ${this.custom}` : base;
  }

  /** JSON-RPC error code Substrate uses: 1010 invalid, 1011 unknown validity. */
  get rpcCode(): number {
    return this.kind === 'Invalid' ? 1010 : 1011;
  }

  /** SCALE of `sp_runtime::transaction_validity::TransactionValidityError`. */
  toScale(): Uint8Array {
    const inner = this.reason === 'Custom' ? { type: 'Custom', value: this.custom ?? 0 } : { type: this.reason };
    return encode(TransactionValidityErrorType, { type: this.kind, value: inner });
  }

  static invalid(reason: InvalidReason, details?: Readonly<Record<string, unknown>>, custom?: number): TransactionValidityError {
    return new TransactionValidityError({ kind: 'Invalid', reason }, details, custom);
  }

  static unknown(reason: UnknownReason, details?: Readonly<Record<string, unknown>>, custom?: number): TransactionValidityError {
    return new TransactionValidityError({ kind: 'Unknown', reason }, details, custom);
  }

  /** The same error for the executive's `InvalidTransaction` (nonce, payment, extension checks). */
  static fromInvalidTransaction(e: InvalidTransaction): TransactionValidityError {
    return TransactionValidityError.invalid(e.reason, e.details, e.custom);
  }
}

/** Normalise anything thrown while validating/applying into a TransactionValidityError when it is one. */
export function asValidityError(e: unknown): TransactionValidityError | undefined {
  if (e instanceof TransactionValidityError) return e;
  if (e instanceof InvalidTransaction) return TransactionValidityError.fromInvalidTransaction(e);
  if (e instanceof UnknownTransaction) return TransactionValidityError.unknown(e.reason);
  return undefined;
}
