/**
 * The declarative pallet description: calls (with argument types, origin, weight, fee class),
 * events, errors, constants, storage and block hooks. Dispatch, the RuntimeCall/RuntimeEvent SCALE
 * types and the node's metadata are all derived from these descriptions.
 */
import type { TypeDef } from '@tensorium/primitives';
import type { Preset } from '@tensorium/params';
import type { State } from '../state/state.js';
import { badOrigin, type DispatchError } from './errors.js';

/** What a pallet's error declaration exposes to the runtime (names in on-chain order). */
export interface ErrorsInfo {
  readonly names: readonly string[];
  readonly pallet: string;
}
import type { StorageMeta } from './storage.js';

/** Account ids are lowercase hex of the 32-byte public key (no 0x). */
export type AccountId = string;

export type Origin = { readonly kind: 'root' } | { readonly kind: 'signed'; readonly who: AccountId } | { readonly kind: 'none' };

export const ROOT_ORIGIN: Origin = Object.freeze({ kind: 'root' });
export const NONE_ORIGIN: Origin = Object.freeze({ kind: 'none' });
export const signed = (who: AccountId): Origin => ({ kind: 'signed', who });

/** A call value: which pallet and call, with its decoded arguments. */
export interface RuntimeCall {
  readonly pallet: string;
  readonly name: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** What a block knows about itself while it executes. */
export interface BlockEnv {
  readonly preset: Preset;
  /** Current block number. */
  readonly number: bigint;
  /** Hash of the parent block, hex without 0x (32 zero bytes for genesis). */
  readonly parentHash: string;
  /** The block author's account (fees and tips go to it); undefined = burned. */
  readonly author?: AccountId;
}

/** Everything a call or hook can use. */
export interface CallContext {
  readonly state: State;
  readonly origin: Origin;
  readonly env: BlockEnv;
  /** Dispatch a nested call (utility, sudo) with the given origin, transactional. */
  readonly dispatch: (state: State, origin: Origin, call: RuntimeCall) => void;
  /** Index of the extrinsic being applied, undefined inside block hooks. */
  readonly extrinsicIndex?: number;
}

export type DispatchClass = 'Normal' | 'Operational' | 'Mandatory';

export interface CallSpec<A> {
  /** Call index inside the pallet (fixed, from subtensor). */
  readonly index: number;
  /** Argument names and types in on-chain order. */
  readonly args: readonly (readonly [string, TypeDef])[];
  /** Reference-time weight (picoseconds) used for fees and block limits. */
  readonly weight: bigint | ((args: A) => bigint);
  /** `Pays::No` calls are free. Default: true. */
  readonly pays?: boolean;
  readonly dispatchClass?: DispatchClass;
  readonly docs?: string;
  readonly fn: (ctx: CallContext, args: A) => void;
}

/** A call with its name, erased argument type (for dispatch tables). */
export interface CallDef extends CallSpec<Record<string, unknown>> {
  readonly name: string;
}

export interface EventSpec {
  /** Field names (null for tuple-style fields) and types, in order. */
  readonly fields: readonly (readonly [string | null, TypeDef])[];
  readonly docs?: string;
}

export interface ConstantSpec {
  readonly type: TypeDef;
  readonly value: (preset: Preset) => unknown;
  readonly docs?: string;
}

export interface Hooks {
  /** Runs at the start of every block, before extrinsics. */
  readonly onInitialize?: (ctx: CallContext) => void;
  /** Runs after every extrinsic of the block. */
  readonly onFinalize?: (ctx: CallContext) => void;
}

export interface PalletDef {
  readonly name: string;
  /** Index in the runtime (construct_runtime order of subtensor). */
  readonly index: number;
  readonly calls: readonly CallDef[];
  readonly events: Readonly<Record<string, EventSpec>>;
  readonly errors?: ErrorsInfo;
  readonly constants: Readonly<Record<string, ConstantSpec>>;
  readonly storage: readonly StorageMeta[];
  readonly hooks: Hooks;
  readonly docs?: string;
}

/** Typed call declaration: `call<{ netuid: number }>({ index: 1, args: [['netuid', T.u16]], ... })`. */
export function call<A>(spec: CallSpec<A>): CallSpec<A> {
  return spec;
}

export interface PalletInput {
  name: string;
  index: number;
  calls?: Record<string, CallSpec<never>>;
  events?: Record<string, EventSpec>;
  errors?: ErrorsInfo;
  constants?: Record<string, ConstantSpec>;
  storage?: readonly StorageMeta[];
  hooks?: Hooks;
  docs?: string;
}

export function definePallet(p: PalletInput): PalletDef {
  const calls: CallDef[] = [];
  const seen = new Set<number>();
  for (const [name, spec] of Object.entries(p.calls ?? {})) {
    if (seen.has(spec.index)) throw new Error(`${p.name}: duplicate call index ${spec.index} (${name})`);
    seen.add(spec.index);
    calls.push({ ...(spec as unknown as CallSpec<Record<string, unknown>>), name });
  }
  calls.sort((a, b) => a.index - b.index);
  return {
    name: p.name,
    index: p.index,
    calls,
    events: p.events ?? {},
    errors: p.errors,
    constants: p.constants ?? {},
    storage: p.storage ?? [],
    hooks: p.hooks ?? {},
    docs: p.docs,
  };
}

// ---------------------------------------------------------------------------------------------
// Origins

export function ensureSigned(origin: Origin): AccountId {
  if (origin.kind !== 'signed') throw badOrigin({ expected: 'signed', got: origin.kind });
  return origin.who;
}

export function ensureRoot(origin: Origin): void {
  if (origin.kind !== 'root') throw badOrigin({ expected: 'root', got: origin.kind });
}

/** Signed or root: returns the signer, or undefined for root. */
export function ensureSignedOrRoot(origin: Origin): AccountId | undefined {
  if (origin.kind === 'root') return undefined;
  if (origin.kind === 'signed') return origin.who;
  throw badOrigin({ expected: 'signed or root', got: origin.kind });
}

/** Deposit an event from a pallet. */
export function emit(ctx: { state: State; extrinsicIndex?: number }, pallet: string, name: string, ...fields: unknown[]): void {
  ctx.state.deposit({
    pallet,
    name,
    fields,
    phase: ctx.extrinsicIndex === undefined ? undefined : { kind: 'applyExtrinsic', index: ctx.extrinsicIndex },
  });
}

export type { DispatchError };
