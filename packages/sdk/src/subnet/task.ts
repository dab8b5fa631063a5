/**
 * What a subnet author writes (spec/sdk.md §7.1): the synapse (wire contract), the miner's handler,
 * and the validator's task — a query generator and a scoring function. Everything else (chain
 * timing, metagraph, sampling, dendrite, moving averages, weights, axon serving) is the framework's.
 */
import type { RequestInfo, SynapseContext, BlacklistResult } from '../axon/axon.js';
import type { AxonTarget, Dendrite, SynapseResult } from '../dendrite/dendrite.js';
import type { RequestInputOf, RequestOf, ResponseInputOf, SynapseDefinition } from '../synapse/synapse.js';
import type { Metagraph } from '../metagraph/metagraph.js';
import type { Rng } from './rng.js';

/** Context of one validator round, handed to `createQuery`. */
export interface QueryRound {
  /** Round counter (persisted across restarts). */
  readonly step: number;
  /** Best block when the round started. */
  readonly block: number;
  /** The miners about to be queried. */
  readonly uids: readonly number[];
  readonly metagraph: Metagraph;
}

/** One query: what is sent to every sampled miner, and what the scorer needs to judge the answers (never sent). */
export interface Query<D extends SynapseDefinition, C> {
  readonly request: RequestInputOf<D>;
  readonly context: C;
}

/** A miner's answer as the scorer sees it: the dendrite result plus which uid gave it. */
export type MinerResponse<D extends SynapseDefinition> = SynapseResult<D> & { readonly uid: number };

/**
 * The validator side of a subnet.
 * @example
 * const task: SubnetTask<typeof Echo, string> = {
 *   synapse: Echo,
 *   createQuery: (_round, rng) => { const text = String(rng.int(0, 1e6)); return { request: { text }, context: text }; },
 *   score: (expected, responses) => responses.map((r) => (r.ok && r.response.echo === expected ? 1 : 0)),
 * };
 */
export interface SubnetTask<D extends SynapseDefinition, C = unknown> {
  readonly synapse: D;
  /** Build the next query (same request to every sampled miner) and its private context. */
  createQuery(round: QueryRound, rng: Rng): Query<D, C> | Promise<Query<D, C>>;
  /** One reward in [0, 1] per response, in the order given (failed calls arrive with `ok: false`). */
  score(context: C, responses: readonly MinerResponse<D>[]): readonly number[] | Promise<readonly number[]>;
  /** Seconds each miner has to answer (default 12, bittensor's dendrite default). */
  readonly timeoutS?: number;
}

/** What a {@link RoundTask} gets for one round. */
export interface RoundContext extends QueryRound {
  /** The validator's dendrite (signed with its hotkey). */
  readonly dendrite: Dendrite;
  /** Axon of each uid in `uids`, same order. */
  readonly targets: readonly AxonTarget[];
  readonly rng: Rng;
}

/**
 * A validator task whose round is more than one request → one response (a multi-step protocol,
 * chunked downloads, on-chain commitments): it runs the round itself and returns one reward in
 * [0, 1] per uid of `round.uids`. The framework still samples, keeps the moving average and sets weights.
 */
export interface RoundTask<D extends SynapseDefinition> {
  readonly synapse: D;
  runRound(round: RoundContext): readonly number[] | Promise<readonly number[]>;
}

/** The miner side of a subnet: the synapse it serves and the business logic. */
export interface MinerHandler<D extends SynapseDefinition> {
  readonly synapse: D;
  /** Answer one request; `ctx.signal` aborts at the caller's deadline. */
  forward(request: RequestOf<D>, ctx: SynapseContext): ResponseInputOf<D> | Promise<ResponseInputOf<D>>;
  /** Extra refusal rule, run after the framework's (unregistered callers are already refused). */
  blacklist?(info: RequestInfo): BlacklistResult | Promise<BlacklistResult>;
  /** Higher first when busy (default: the caller's stake). */
  priority?(request: RequestOf<D>, info: RequestInfo): number | Promise<number>;
}
