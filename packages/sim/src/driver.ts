/**
 * How the simulator advances the chain. A `BlockDriver` builds the next block from extrinsics
 * (real calls through the runtime's executive: nonce, fee, dispatch with a signed origin) and
 * exposes a read-only view of the committed state.
 *
 * `LocalDriver` runs on `LocalChain` (in memory, no node). With `idleFastPath` (the default) a
 * block without extrinsics skips LocalChain's per-block bookkeeping that has no effect on state
 * (outcome list, event copies, result objects): initialize (block number, parent hash, every
 * `onInitialize`: the coinbase and due epochs) → finalize → commit the change set → the next hash,
 * exactly as `LocalChain.produceBlock([])` computes it. Nothing the runtime writes is skipped, so
 * state after N idle blocks is identical either way (the equality test checks it).
 *
 * `ChainDriver` runs the same blocks through a node's `Chain.buildBlock` (events encoded into
 * System.Events, trie state root, lmdb commit): the reference for the equality test. Its parent
 * hashes are real header hashes, so System.ParentHash/BlockHash differ from LocalChain's.
 */
import type { Preset } from '@tensorium/params';
import { blake2_256, bytesToHex, encode, T } from '@tensorium/primitives';
import type { ApplyOutcome, Extrinsic } from '@tensorium/runtime/executive';
import type { AccountId, BlockEnv } from '@tensorium/runtime/frame/pallet';
import type { GenesisConfig } from '@tensorium/runtime/genesis';
import { LocalChain } from '@tensorium/runtime/localChain';
import { State, type MemoryBackend, type StateReader } from '@tensorium/runtime/state/state';

/** Outcome of one extrinsic: applied (ok or failed dispatch) or not includable. */
export type XtOutcome = ApplyOutcome | { readonly ok: false; readonly invalid: Error };

export interface BlockDriver {
  /** Number of the last committed block. */
  readonly number: bigint;
  readonly preset: Preset;
  /** Build and commit the next block. */
  produce(xts: readonly Extrinsic[]): readonly XtOutcome[];
  /** Run `n` blocks without extrinsics. */
  idle(n: number): void;
  /** The committed state (read-only: writes are discarded). */
  view<R>(fn: (s: State) => R): R;
}

export interface LocalDriverOptions {
  readonly preset: Preset;
  readonly genesis: GenesisConfig;
  readonly author?: AccountId;
  /** Cheap idle blocks (default true); false = every block through `LocalChain.produceBlock`. */
  readonly idleFastPath?: boolean;
}

const HashInput = T.tuple(T.h256, T.u64, T.u32);

export class LocalDriver implements BlockDriver {
  readonly chain: LocalChain;
  readonly fast: boolean;

  constructor(opts: LocalDriverOptions) {
    this.chain = new LocalChain({ preset: opts.preset, genesis: opts.genesis, author: opts.author });
    this.fast = opts.idleFastPath ?? true;
  }

  get number(): bigint {
    return this.chain.number;
  }

  get preset(): Preset {
    return this.chain.opts.preset;
  }

  get backend(): MemoryBackend {
    return this.chain.backend;
  }

  produce(xts: readonly Extrinsic[]): readonly XtOutcome[] {
    if (xts.length === 0 && this.fast) {
      this.idle(1);
      return [];
    }
    return this.chain.produceBlock(xts).outcomes;
  }

  idle(n: number): void {
    if (!this.fast) {
      for (let i = 0; i < n; i++) this.chain.produceBlock();
      return;
    }
    const chain = this.chain;
    const executive = chain.executive;
    const preset = chain.opts.preset;
    for (let i = 0; i < n; i++) {
      const number = chain.number + 1n;
      const env: BlockEnv = { preset, number, parentHash: chain.hash, author: chain.author };
      const s = State.over(chain.backend);
      executive.initializeBlock(s, env);
      executive.finalizeBlock(s, env);
      chain.backend.apply(s.takeChanges().changes);
      chain.number = number;
      chain.hash = bytesToHex(blake2_256(encode(HashInput, [chain.hash, number, 0])));
    }
  }

  view<R>(fn: (s: State) => R): R {
    return fn(State.over(this.chain.backend));
  }
}

/** The parts of the node's `Chain` the reference driver uses (structural, so the sim does not depend on the node). */
export interface NodeChainLike {
  readonly head: { readonly number: number };
  readonly preset: Preset;
  readonly backend: StateReader;
  buildBlock(candidates: readonly { readonly bytes: Uint8Array; readonly xt: Extrinsic }[]): {
    readonly included: readonly number[];
    readonly outcomes: readonly ApplyOutcome[];
    readonly rejected: readonly { readonly index: number; readonly error: Error }[];
  };
}

/** Drives a node's chain block by block (the reference execution of the equality test). */
export class ChainDriver implements BlockDriver {
  private seq = 0;

  constructor(readonly chain: NodeChainLike) {}

  get number(): bigint {
    return BigInt(this.chain.head.number);
  }

  get preset(): Preset {
    return this.chain.preset;
  }

  produce(xts: readonly Extrinsic[]): readonly XtOutcome[] {
    // Extrinsics are handed over decoded; the body bytes only feed the extrinsics root and index.
    const candidates = xts.map((xt) => ({ xt, bytes: encode(T.tuple(T.str, T.u32), ['tensorium-sim', this.seq++]) }));
    const built = this.chain.buildBlock(candidates);
    const out: XtOutcome[] = new Array(xts.length);
    built.included.forEach((idx, k) => (out[idx] = built.outcomes[k]));
    for (const r of built.rejected) out[r.index] = { ok: false, invalid: r.error };
    return out;
  }

  idle(n: number): void {
    for (let i = 0; i < n; i++) this.chain.buildBlock([]);
  }

  view<R>(fn: (s: State) => R): R {
    return fn(State.over(this.chain.backend));
  }
}

/** Canonical text of a state value (bigints, bytes, nested arrays and records). */
function canonical(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof Uint8Array) return `0x${bytesToHex(v)}`;
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${k}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** blake2-256 over every (item, k1, rest, value) of a memory backend, in key order (`exclude`: item ids). */
export function stateDigest(backend: MemoryBackend, exclude: readonly string[] = []): string {
  const skip = new Set(exclude);
  const enc = new TextEncoder();
  const parts: string[] = [];
  for (const [item, k1, rest, value] of backend.entries()) {
    if (skip.has(item)) continue;
    parts.push(`${item}\u0000${k1}\u0000${rest}\u0000${canonical(value)}`);
  }
  return bytesToHex(blake2_256(enc.encode(parts.join('\u0001'))));
}
