/**
 * A chain in memory: genesis, then blocks built from extrinsics through the executive. No
 * networking, signatures or persistence — the node adds those; tests, the simulator, benchmarks and
 * the demo drive the runtime through this.
 */
import type { Preset } from '@tensorium/params';
import { blake2_256, bytesToHex, encode, T } from '@tensorium/primitives';
import { Executive, type ApplyOutcome, type ExecutiveOptions, type Extrinsic } from './executive.js';
import type { AccountId, BlockEnv, RuntimeCall } from './frame/pallet.js';
import { buildGenesis, type GenesisConfig } from './genesis.js';
import { createRuntime, executiveOptions } from './runtimeDefinition.js';
import type { Runtime } from './runtime.js';
import { MemoryBackend, State, type RuntimeEvent } from './state/state.js';

export interface BlockResult {
  readonly number: bigint;
  readonly hash: string;
  readonly outcomes: readonly (ApplyOutcome | { readonly ok: false; readonly invalid: Error })[];
  readonly events: readonly RuntimeEvent[];
}

export interface LocalChainOptions {
  readonly preset: Preset;
  readonly genesis: GenesisConfig;
  /** Block author (receives fees); default: none (fees are burned). */
  readonly author?: AccountId;
  readonly executive?: ExecutiveOptions;
}

export class LocalChain {
  readonly backend = new MemoryBackend();
  readonly runtime: Runtime;
  readonly executive: Executive;
  number = 0n;
  hash: string;
  author?: AccountId;

  constructor(readonly opts: LocalChainOptions) {
    this.runtime = createRuntime(opts.preset);
    this.executive = new Executive(this.runtime, opts.executive ?? executiveOptions());
    this.author = opts.author;
    const s = State.over(this.backend);
    buildGenesis(s, opts.genesis, opts.preset);
    this.backend.apply(s.takeChanges().changes);
    this.hash = bytesToHex(blake2_256(encode(T.str, `tensorium-genesis-${opts.preset.name}`)));
  }

  /** An independent copy of this chain (same state, number and hash) for what-if runs and tests. */
  fork(): LocalChain {
    const c = Object.create(LocalChain.prototype) as LocalChain;
    const backend = new MemoryBackend();
    for (const [item, m] of this.backend.single) backend.single.set(item, new Map(m));
    for (const [item, m] of this.backend.multi) backend.multi.set(item, new Map([...m].map(([k1, km]) => [k1, new Map(km)])));
    Object.assign(c, { ...this, backend });
    return c;
  }

  /** A read-only view of the committed state (writes are discarded). */
  view<R>(fn: (s: State) => R): R {
    const s = State.over(this.backend);
    return fn(s);
  }

  /** Build and commit the next block from these extrinsics (invalid ones are reported and skipped). */
  produceBlock(extrinsics: readonly Extrinsic[] = []): BlockResult {
    const number = this.number + 1n;
    const env: BlockEnv = { preset: this.opts.preset, number, parentHash: this.hash, author: this.author };
    const s = State.over(this.backend);
    this.executive.initializeBlock(s, env);
    const outcomes: BlockResult['outcomes'][number][] = [];
    let index = 0;
    for (const xt of extrinsics) {
      try {
        outcomes.push(this.executive.applyExtrinsic(s, env, xt, index));
        index++;
      } catch (e) {
        outcomes.push({ ok: false, invalid: e as Error });
      }
    }
    this.executive.finalizeBlock(s, env);
    const { changes, events } = s.takeChanges();
    this.backend.apply(changes);
    this.number = number;
    this.hash = bytesToHex(blake2_256(encode(T.tuple(T.h256, T.u64, T.u32), [this.hash, number, index])));
    return { number, hash: this.hash, outcomes, events };
  }

  /** Produce `n` empty blocks. */
  advance(n: number): BlockResult[] {
    const out: BlockResult[] = [];
    for (let i = 0; i < n; i++) out.push(this.produceBlock());
    return out;
  }

  /** Convenience: a signed extrinsic of `call` by `signer` (length estimate for the fee). */
  static xt(signer: AccountId, call: RuntimeCall, len = 150): Extrinsic {
    return { signer, call, len };
  }
}

