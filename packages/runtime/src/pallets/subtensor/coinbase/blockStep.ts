/**
 * `block_step` (spec/economics.md §2), run from SubtensorModule's `on_initialize`: registration
 * price decay, the block's TAO emission (minted by issuance with halvings), timelocked weight
 * reveals, the coinbase, EMA prices and root proportions, due pending child keys, and automatic
 * root-dividend claims.
 */
import { U64F64 } from '@tensorium/primitives';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { mintTao, type Ctx } from '../staking/stakeUtils.js';
import { getBlockEmissionForIssuance } from './blockEmission.js';
import { updateMovingPrice } from './movingPrice.js';
import { currentAlphaPrice } from '../../swapPallet/index.js';
import { blockSubnets, runCoinbase, updateMovingPricesAndRootProp } from './runCoinbase.js';

/** Steps provided by other feature folders, run in the order of `block_step`. */
export interface BlockStepHooks {
  /** `update_registration_prices_for_networks`. */
  readonly updateRegistrationPrices?: (ctx: Ctx) => void;
  /** `reveal_crv3_commits`. */
  readonly revealTimelockedCommits?: (ctx: Ctx) => void;
  /** `do_set_pending_children(netuid)` for a subnet whose epoch fired this block. */
  readonly applyPendingChildKeys?: (ctx: Ctx, netuid: number) => void;
  /** `run_auto_claim_root_divs(parent_hash)`. */
  readonly autoClaimRootDivs?: (ctx: Ctx, parentHash: string) => void;
}

/** `get_block_emission`: emission for the current `TotalIssuance` (also stored in BlockEmission). */
export function getBlockEmission(s: State): bigint {
  const e = getBlockEmissionForIssuance(S.TotalIssuance.get(s));
  S.BlockEmission.set(s, e);
  return e;
}

/** `update_moving_price(netuid)` on storage. */
export function updateMovingPriceOf(s: State, netuid: number, block: bigint): void {
  const next = updateMovingPrice({
    movingAlphaI96F32: S.SubnetMovingAlpha.get(s),
    spotPriceU64F64: S.SubnetMechanism.get(s, netuid) === 1 ? currentAlphaPrice(s, netuid) : U64F64.ONE,
    movingPriceI96F32: S.SubnetMovingPrice.get(s, netuid),
    currentBlock: block,
    firstEmissionBlock: S.FirstEmissionBlockNumber.raw(s, netuid),
    halvingBlocks: S.EMAPriceHalvingBlocks.get(s, netuid),
  });
  S.SubnetMovingPrice.set(s, netuid, next);
}

export function blockStep(ctx: Ctx, hooks: BlockStepHooks): void {
  const s = ctx.state;
  const block = ctx.env.number;
  hooks.updateRegistrationPrices?.(ctx);
  const emission = getBlockEmission(s);
  const credit = mintTao(ctx, emission);
  hooks.revealTimelockedCommits?.(ctx);
  // Computed once for the three steps below (see blockSubnets for why the lists do not change).
  const lists = blockSubnets(s);
  runCoinbase(ctx, credit, lists);
  updateMovingPricesAndRootProp(ctx, updateMovingPriceOf, lists);
  if (hooks.applyPendingChildKeys) {
    for (const netuid of [0, ...lists.subnets]) {
      if (S.LastEpochBlock.get(s, netuid) === block) hooks.applyPendingChildKeys(ctx, netuid);
    }
  }
  hooks.autoClaimRootDivs?.(ctx, ctx.env.parentHash);
}
