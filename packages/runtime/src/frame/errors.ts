/**
 * Dispatch errors, shaped like Substrate's `DispatchError` so the node can encode them and clients
 * decode them by name: a module error carries its pallet and the error's name as subtensor names it.
 * Every error has a code ("Pallet.ErrorName"), a short message and optional details (STYLE.md).
 */

export type DispatchErrorKind = 'Module' | 'BadOrigin' | 'Other' | 'CannotLookup' | 'Token' | 'Arithmetic' | 'Exhausted';

export class DispatchError extends Error {
  /** e.g. "SubtensorModule.SubnetNotExists" or "BadOrigin". */
  readonly code: string;

  constructor(
    readonly kind: DispatchErrorKind,
    /** Pallet name for module errors. */
    readonly pallet: string | undefined,
    /** The error's variant name (module errors) or a Token/Arithmetic sub-kind. */
    readonly errorName: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(pallet ? `${pallet}.${errorName}` : errorName);
    this.name = 'DispatchError';
    this.code = pallet ? `${pallet}.${errorName}` : errorName;
  }

  get shortMessage(): string {
    return this.code;
  }
}

export const badOrigin = (details?: Record<string, unknown>): DispatchError => new DispatchError('BadOrigin', undefined, 'BadOrigin', details);
export const otherError = (message: string): DispatchError => new DispatchError('Other', undefined, message);
export const arithmeticError = (what: 'Overflow' | 'Underflow' | 'DivisionByZero'): DispatchError => new DispatchError('Arithmetic', undefined, what);

export type ErrorFactories<N extends string> = { readonly [K in N]: (details?: Record<string, unknown>) => DispatchError } & {
  readonly names: readonly N[];
  readonly pallet: string;
};

/**
 * Declare a pallet's errors in their on-chain order (the order fixes the error index in metadata).
 * `E.SubnetNotExists({ netuid })` makes a throwable error.
 */
export function palletErrors<const N extends string>(pallet: string, names: readonly N[]): ErrorFactories<N> {
  const out: Record<string, unknown> = { names, pallet };
  for (const n of names) {
    if (n in out && n !== 'names' && n !== 'pallet') throw new Error(`duplicate error ${pallet}.${n}`);
    out[n] = (details?: Record<string, unknown>) => new DispatchError('Module', pallet, n, details);
  }
  return out as ErrorFactories<N>;
}

export function isDispatchError(e: unknown): e is DispatchError {
  return e instanceof DispatchError;
}

/** Raise `err` unless `cond` holds (subtensor's `ensure!`). */
export function ensure(cond: boolean, err: () => DispatchError): asserts cond {
  if (!cond) throw err();
}

/** An inherent that cannot be applied: the block is invalid (Substrate panics in the runtime). */
export class InvalidInherent extends Error {
  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'InvalidInherent';
  }
}
