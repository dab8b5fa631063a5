/**
 * `run_coinbase` (spec/economics.md §4): split the block's TAO emission between subnets by EMA
 * price, inject TAO and price-neutral alpha into each pool (excess TAO buys alpha for the protocol),
 * mint the block's alpha and split it into pending buckets (owner cut, miners, validators, root),
 * then drain the buckets of subnets whose epoch is due and distribute them.
 * Iteration is in ascending netuid order, as the chain's BTreeMap.
 */
import { MAX_PRICE_RAO } from '@tensorium/params';
import { U64F64, U96F32 } from '@tensorium/primitives';
import { emit } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { adjustProtocolLiquidity, currentAlphaPrice } from '../../swapPallet/index.js';
import { PALLET } from '../decl.js';
import { storage as S } from '../storage.js';
import { getAlphaIssuance, getTaoWeight, recordProtocolInflow, recycleCredit, recycleSubnetAlpha, spendCredit, subnetAccountId, swapTaoForAlpha, ROOT, type Ctx } from '../staking/stakeUtils.js';
import { splitAlphaOut } from './alphaOutSplit.js';
import { getMovingAlphaPrice } from './movingPrice.js';
import { rootProportion } from './rootProportion.js';
import { shouldRunEpochAt } from './scheduler.js';
import { getNetworkRootSellFlag, getSubnetBlockEmissions } from './subnetEmissions.js';
import { getSubnetTerms } from './subnetTerms.js';
import { distributeEmission } from './distributeEmission.js';
import { isEpochInputStateConsistent } from '../epoch/epochWithMechanisms.js';

/** Every added netuid except root, ascending. */
export function nonRootNetuids(s: State): number[] {
  return S.NetworksAdded.entries(s)
    .filter(([netuid, added]) => added && netuid !== ROOT)
    .map(([netuid]) => netuid);
}

/** `get_subnets_to_emit_to`: started (FirstEmissionBlockNumber), subtoken enabled, registration allowed. */
export function getSubnetsToEmitTo(s: State, subnets: readonly number[]): number[] {
  return subnets.filter(
    (n) => n !== ROOT && S.FirstEmissionBlockNumber.raw(s, n) !== undefined && S.SubtokenEnabled.get(s, n) && S.NetworkRegistrationAllowed.get(s, n),
  );
}

/** `get_moving_alpha_price` (U64F64 bits): 1 for root and stable subnets. */
export function movingAlphaPrice(s: State, netuid: number): bigint {
  return getMovingAlphaPrice(S.SubnetMovingPrice.get(s, netuid), netuid === ROOT || S.SubnetMechanism.get(s, netuid) === 0);
}

/** `root_proportion(netuid)` from storage (U96F32 bits). */
export function rootProportionOf(s: State, netuid: number): bigint {
  return rootProportion(S.SubnetTAO.get(s, ROOT), getTaoWeight(s), getAlphaIssuance(s, netuid));
}

/** Pending buckets drained for one subnet: server, validator, root, owner cut. */
export interface DrainedEmission {
  readonly netuid: number;
  readonly server: bigint;
  readonly validator: bigint;
  readonly root: bigint;
  readonly ownerCut: bigint;
}

/** The subnet lists of one block step: every added non-root subnet and those emitting. */
export interface BlockSubnets {
  /** `nonRootNetuids`, ascending. */
  readonly subnets: readonly number[];
  /** `getSubnetsToEmitTo(subnets)`, ascending. */
  readonly emitting: readonly number[];
}

/**
 * Both subnet lists, read once per block step: nothing between the coinbase and the moving-price
 * update adds, removes, starts or stops a subnet (NetworksAdded, FirstEmissionBlockNumber,
 * SubtokenEnabled, NetworkRegistrationAllowed are only written by extrinsics and registration),
 * so the lists the chain recomputes at each step are the same.
 */
export function blockSubnets(s: State): BlockSubnets {
  const subnets = nonRootNetuids(s);
  return { subnets, emitting: getSubnetsToEmitTo(s, subnets) };
}

/**
 * `run_coinbase(credit)`: `credit` is the block emission already minted by `mint_tao`.
 * `lists`: the block's subnet lists when the caller already has them (see {@link blockSubnets}).
 */
export function runCoinbase(ctx: Ctx, credit: bigint, lists?: BlockSubnets): void {
  const s = ctx.state;
  const block = ctx.env.number;
  for (const netuid of S.SubnetRootSellTao.keysOf(s)) S.SubnetRootSellTao.remove(s, netuid);
  const { subnets, emitting } = lists ?? blockSubnets(s);
  const blockEmission = U96F32.fromInt(credit);
  const movingPrices = emitting.map((n) => movingAlphaPrice(s, n));
  const shares = getSubnetBlockEmissions(
    blockEmission,
    emitting.map((n, i) => ({
      movingPriceU64F64: movingPrices[i],
      minerBurnedU96F32: S.MinerBurned.get(s, n),
      emissionEnabled: S.SubnetEmissionEnabled.get(s, n),
    })),
  );
  const rootSellFlag = getNetworkRootSellFlag(movingPrices);
  emitToSubnets(ctx, emitting, shares, credit, rootSellFlag);
  const drained = drainPending(ctx, subnets, block);
  for (const d of drained) {
    distributeEmission(ctx, d.netuid, d.server, d.validator, d.root, d.ownerCut);
    S.LastMechansimStepBlock.set(s, d.netuid, block);
  }
}

/** `emit_to_subnets`: subnet terms, injection and chain buys, then the alpha-out split. */
export function emitToSubnets(ctx: Ctx, emitting: readonly number[], taoEmissions: readonly bigint[], credit: bigint, rootSellFlag: boolean): void {
  const s = ctx.state;
  const rootTao = S.SubnetTAO.get(s, ROOT);
  const tw = getTaoWeight(s);
  const terms = emitting.map((netuid, i) =>
    getSubnetTerms({
      taoEmissionU96F32: taoEmissions[i],
      alphaIssuance: getAlphaIssuance(s, netuid),
      spotPriceU64F64: currentAlphaPrice(s, netuid),
      rootTao,
      taoWeightU96F32: tw,
    }),
  );
  // inject_and_maybe_swap
  let remaining = credit;
  emitting.forEach((netuid, i) => {
    const account = subnetAccountId(netuid);
    const taoIn = U96F32.toU64(terms[i].taoInU96F32);
    const alphaIn = U96F32.toU64(terms[i].alphaInU96F32);
    const excess = U96F32.toU64(terms[i].excessTaoU96F32);
    const injected = adjustProtocolLiquidity(s, netuid, taoIn, alphaIn);
    S.SubnetExcessTao.set(s, netuid, 0n);
    S.SubnetTaoInEmission.set(s, netuid, 0n);
    if (excess > 0n && remaining >= excess) {
      remaining -= excess;
      spendCredit(ctx, account, excess);
      try {
        const r = s.transactional((t) => swapTaoForAlpha(t, netuid, excess, MAX_PRICE_RAO, true));
        S.SubnetProtocolAlpha.mutate(s, netuid, (v) => v + r.amountPaidOut);
        S.SubnetExcessTao.set(s, netuid, r.amountPaidIn);
        recordProtocolInflow(s, netuid, r.amountPaidIn);
      } catch {
        // A failed chain buy leaves the TAO in the subnet account, as on chain.
      }
    }
    S.SubnetAlphaInEmission.set(s, netuid, injected.alpha);
    S.SubnetAlphaIn.mutate(s, netuid, (v) => v + injected.alpha);
    if (injected.tao > 0n && remaining >= injected.tao) {
      remaining -= injected.tao;
      spendCredit(ctx, account, injected.tao);
      S.SubnetTaoInEmission.set(s, netuid, injected.tao);
      S.SubnetTAO.mutate(s, netuid, (v) => v + injected.tao);
      S.TotalStake.mutate(s, (v) => v + injected.tao);
      recordProtocolInflow(s, netuid, injected.tao);
    }
  });
  if (remaining > 0n) recycleCredit(ctx, remaining);

  const ownerCut = BigInt(S.SubnetOwnerCut.get(s));
  emitting.forEach((netuid, i) => {
    const alphaOut = terms[i].alphaOutU96F32;
    const created = U96F32.toU64(alphaOut);
    S.SubnetAlphaOutEmission.set(s, netuid, created);
    S.SubnetAlphaOut.mutate(s, netuid, (v) => v + created);
    const split = splitAlphaOut({
      alphaOutU96F32: alphaOut,
      subnetOwnerCutU16: ownerCut,
      ownerCutEnabled: S.OwnerCutEnabled.get(s, netuid),
      rootPropU96F32: rootProportionOf(s, netuid),
      rootSellFlag,
    });
    if (S.OwnerCutEnabled.get(s, netuid)) S.PendingOwnerCut.mutate(s, netuid, (v) => v + split.ownerCut);
    S.PendingServerEmission.mutate(s, netuid, (v) => v + split.server);
    S.PendingValidatorEmission.mutate(s, netuid, (v) => v + split.validator);
    if (rootSellFlag) S.PendingRootAlphaDivs.mutate(s, netuid, (v) => v + split.rootAlphaPending);
    else recycleSubnetAlpha(s, netuid, split.rootAlphaRecycled);
  });
}

/**
 * `drain_pending`: for every subnet (ascending), count the block; when its epoch is due take the
 * four pending buckets (at most MaxEpochsPerBlock subnets per block; the rest are deferred one block).
 */
export function drainPending(ctx: Ctx, subnets: readonly number[], block: bigint): DrainedEmission[] {
  const s = ctx.state;
  const max = S.MaxEpochsPerBlock.get(s);
  let ran = 0;
  const out: DrainedEmission[] = [];
  for (const netuid of subnets) {
    S.BlocksSinceLastStep.mutate(s, netuid, (v) => v + 1n);
    if (!shouldRunEpochAt(s, netuid, block)) continue;
    if (ran >= max) {
      S.PendingEpochAt.set(s, netuid, block + 1n);
      emit(ctx, PALLET, 'EpochDeferred', netuid, block, block + 1n);
      continue;
    }
    if (isEpochInputStateConsistent(s, netuid)) {
      S.BlocksSinceLastStep.set(s, netuid, 0n);
      const server = S.PendingServerEmission.get(s, netuid);
      const validator = S.PendingValidatorEmission.get(s, netuid);
      const root = S.PendingRootAlphaDivs.get(s, netuid);
      const ownerCut = S.PendingOwnerCut.get(s, netuid);
      S.PendingServerEmission.set(s, netuid, 0n);
      S.PendingValidatorEmission.set(s, netuid, 0n);
      S.PendingRootAlphaDivs.set(s, netuid, 0n);
      S.PendingOwnerCut.set(s, netuid, 0n);
      out.push({ netuid, server, validator, root, ownerCut });
      ran++;
      // change_subnet_owner_if_needed depends on conviction locks, which are not implemented.
    } else {
      emit(ctx, PALLET, 'EpochSkipped', netuid, block);
    }
    S.LastEpochBlock.set(s, netuid, block);
    S.PendingEpochAt.set(s, netuid, 0n);
    S.SubnetEpochIndex.mutate(s, netuid, (v) => v + 1n);
  }
  return out;
}

/** `update_moving_prices` + `update_root_prop` for the emitting subnets (after the coinbase). */
export function updateMovingPricesAndRootProp(ctx: Ctx, updateMovingPrice: (s: State, netuid: number, block: bigint) => void, lists?: BlockSubnets): void {
  const s = ctx.state;
  const { emitting } = lists ?? blockSubnets(s);
  for (const netuid of emitting) updateMovingPrice(s, netuid, ctx.env.number);
  for (const netuid of emitting) S.RootProp.set(s, netuid, rootProportionOf(s, netuid));
}

/** Spot price helper for callers that need U64F64 bits of a subnet. */
export function spotPrice(s: State, netuid: number): bigint {
  return netuid === ROOT ? U64F64.ONE : currentAlphaPrice(s, netuid);
}
