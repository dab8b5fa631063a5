/**
 * Conformance handlers for the economics kinds of shared/vectors/economics/README.md (all but the
 * swap kinds): each reads a case's `input`, calls the runtime's pure functions and returns the
 * `expected` shape. Fixed-point values travel as raw bigints.
 */
import { U96F32, U64_MAX } from '@tensorium/primitives';
import { arr, big, bool, num, obj, perCase, str, type KindTable } from '../lib.js';
import { getBlockEmissionForIssuance } from '../../packages/runtime/src/pallets/subtensor/coinbase/blockEmission.js';
import { getSubnetBlockEmissions } from '../../packages/runtime/src/pallets/subtensor/coinbase/subnetEmissions.js';
import { getSubnetTerms } from '../../packages/runtime/src/pallets/subtensor/coinbase/subnetTerms.js';
import { splitAlphaOut } from '../../packages/runtime/src/pallets/subtensor/coinbase/alphaOutSplit.js';
import { getTaoWeight, rootProportion, u64FractionToU96F32 } from '../../packages/runtime/src/pallets/subtensor/coinbase/rootProportion.js';
import { getMovingAlphaPrice, updateMovingPrice } from '../../packages/runtime/src/pallets/subtensor/coinbase/movingPrice.js';
import { applyDelegateTake, calculateDividendDistribution } from '../../packages/runtime/src/pallets/subtensor/coinbase/dividendDistribution.js';
import { getParentChildDividendsDistribution } from '../../packages/runtime/src/pallets/subtensor/coinbase/childkeyDividends.js';
import {
  blocksUntilNextAutoEpoch,
  initialLastEpochBlock,
  migrateDynamicTempoAnchors,
  shouldRunEpoch,
} from '../../packages/runtime/src/pallets/subtensor/coinbase/epochSchedule.js';
import { InMemorySharePoolStorage, SharePool } from '../../packages/runtime/src/pallets/subtensor/staking/sharePool.js';
import { getRootOwedFloat, increaseRootClaimable, rootClaimAmount } from '../../packages/runtime/src/pallets/subtensor/staking/rootClaim.js';
import { bumpBurnAfterRegistration, decayBurn, decayFactorQ32 } from '../../packages/runtime/src/pallets/subtensor/subnets/registrationPrice.js';
import { getLockReductionInterval, getNetworkLockCost } from '../../packages/runtime/src/pallets/subtensor/subnets/lockCost.js';
import { getMedianSubnetAlphaPrice, newSubnetPoolSeed } from '../../packages/runtime/src/pallets/subtensor/subnets/poolSeed.js';
import { DEFAULT_SYMBOL, SYMBOLS } from '../../packages/runtime/src/pallets/subtensor/subnets/symbols.js';

const U16_MAX = 65535n;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;

function u64(v: unknown, what: string): bigint {
  const b = big(v, what);
  if (b < 0n || b > U64_MAX) throw new Error(`${what}: not a u64`);
  return b;
}

function u16(v: unknown, what: string): bigint {
  const b = big(v, what);
  if (b < 0n || b > U16_MAX) throw new Error(`${what}: not a u16`);
  return b;
}

function i64(v: unknown, what: string): bigint {
  const b = big(v, what);
  if (b < I64_MIN || b > I64_MAX) throw new Error(`${what}: not an i64`);
  return b;
}

const blockEmission = perCase((input) => ({ block_emission_rao: getBlockEmissionForIssuance(u64(input.issuance_rao, 'issuance_rao')) }));

const burnDecay = perCase((input) => {
  const halfLife = num(u16(input.half_life, 'half_life'));
  const minBurn = u64(input.min_burn, 'min_burn');
  const maxBurn = u64(input.max_burn, 'max_burn');
  const mult = big(input.bump_mult_u64f64_bits, 'bump_mult_u64f64_bits');
  let burn = u64(input.start_burn, 'start_burn');
  const after: bigint[] = [];
  for (const [i, raw] of arr(input.ops, 'ops').entries()) {
    const op = obj(raw, `ops[${i}]`);
    const kind = str(op.op, `ops[${i}].op`);
    if (kind === 'decay') {
      const blocks = u64(op.blocks, `ops[${i}].blocks`);
      // Every decay block is a block number above 1 (README), so the decay always applies.
      for (let b = 0n; b < blocks; b++) {
        const next = decayBurn({ burn, minBurn, maxBurn, halfLife, currentBlock: 2n });
        if (next === burn) break; // a fixed point: every further block gives the same burn
        burn = next;
      }
    } else if (kind === 'bump') {
      burn = bumpBurnAfterRegistration({ burn, multU64F64: mult, minBurn, maxBurn });
    } else {
      throw new Error(`ops[${i}]: unknown op ${kind}`);
    }
    after.push(burn);
  }
  return { decay_factor_q32: decayFactorQ32(halfLife), burn_after_op: after };
});

const burnBump = perCase((input) => ({
  burn: bumpBurnAfterRegistration({
    burn: u64(input.burn, 'burn'),
    multU64F64: big(input.mult_u64f64_bits, 'mult_u64f64_bits'),
    minBurn: u64(input.min_burn, 'min_burn'),
    maxBurn: u64(input.max_burn, 'max_burn'),
  }),
}));

const lockCost = perCase((input) => {
  const interval = getLockReductionInterval(u64(input.lock_reduction_interval, 'lock_reduction_interval'), u64(input.block_emission_rao, 'block_emission_rao'));
  const lastLock = u64(input.last_lock_rao, 'last_lock_rao');
  const lastLockBlock = u64(input.last_lock_block, 'last_lock_block');
  const minLock = u64(input.min_lock_rao, 'min_lock_rao');
  const costs = arr(input.blocks_since_last_lock, 'blocks_since_last_lock').map((d, i) =>
    getNetworkLockCost({ lastLock, minLock, lastLockBlock, currentBlock: lastLockBlock + u64(d, `blocks_since_last_lock[${i}]`), lockReductionInterval: interval }),
  );
  return { effective_interval: interval, lock_cost_rao: costs };
});

const movingPriceEma = perCase((input) => {
  const updates = u64(input.updates, 'updates');
  const out: bigint[] = [];
  let moving = big(input.start_moving_price_i96f32_bits, 'start_moving_price_i96f32_bits');
  for (let i = 0n; i < updates; i++) {
    moving = updateMovingPrice({
      movingAlphaI96F32: big(input.moving_alpha_i96f32_bits, 'moving_alpha_i96f32_bits'),
      spotPriceU64F64: big(input.spot_price_u64f64_bits, 'spot_price_u64f64_bits'),
      movingPriceI96F32: moving,
      currentBlock: u64(input.block, 'block'),
      firstEmissionBlock: u64(input.first_emission_block, 'first_emission_block'),
      halvingBlocks: u64(input.halving_blocks, 'halving_blocks'),
    });
    out.push(moving);
  }
  return { moving_price_i96f32_bits: out };
});

const coinbaseSubnetTerms = perCase((input) => {
  const subnets = arr(input.subnets, 'subnets').map((s, i) => obj(s, `subnets[${i}]`));
  const rootTao = u64(input.root_tao, 'root_tao');
  const taoWeight = getTaoWeight(u64(input.tao_weight_u64, 'tao_weight_u64'));
  const emissions = getSubnetBlockEmissions(
    U96F32.fromInt(u64(input.block_emission_rao, 'block_emission_rao')),
    subnets.map((s) => ({ movingPriceU64F64: getMovingAlphaPrice(big(s.moving_price_i96f32_bits, 'moving_price_i96f32_bits')) })),
  );
  return {
    subnets: subnets.map((s, i) => {
      const t = getSubnetTerms({
        taoEmissionU96F32: emissions[i],
        alphaIssuance: u64(s.alpha_issuance, 'alpha_issuance'),
        spotPriceU64F64: big(s.spot_price_u64f64_bits, 'spot_price_u64f64_bits'),
        rootTao,
        taoWeightU96F32: taoWeight,
      });
      return {
        tao_in: U96F32.toU64(t.taoInU96F32),
        alpha_in: U96F32.toU64(t.alphaInU96F32),
        excess_tao: U96F32.toU64(t.excessTaoU96F32),
        alpha_out: U96F32.toU64(t.alphaOutU96F32),
        tao_emission: U96F32.toU64(emissions[i]),
        root_prop_u96f32_bits: t.rootPropU96F32,
        cap: U96F32.toU64(t.capU96F32),
        capped: t.capped,
      };
    }),
  };
});

const coinbaseAlphaOutSplit = perCase((input) => {
  const s = splitAlphaOut({
    alphaOutU96F32: U96F32.fromInt(u64(input.alpha_out, 'alpha_out')),
    subnetOwnerCutU16: u16(input.subnet_owner_cut_u16, 'subnet_owner_cut_u16'),
    ownerCutEnabled: bool(input.owner_cut_enabled, 'owner_cut_enabled'),
    rootPropU96F32: big(input.root_prop_u96f32_bits, 'root_prop_u96f32_bits'),
    rootSellFlag: bool(input.root_sell_flag, 'root_sell_flag'),
  });
  return {
    owner_cut: s.ownerCut,
    server: s.server,
    validator: s.validator,
    root_alpha: s.rootAlpha,
    root_alpha_recycled: s.rootAlphaRecycled,
    root_alpha_pending: s.rootAlphaPending,
  };
});

const dividendDistribution = perCase((input) => {
  const hotkeys = arr(input.hotkeys, 'hotkeys').map((h, i) => obj(h, `hotkeys[${i}]`));
  const ids = hotkeys.map((h, i) => str(h.id, `hotkeys[${i}].id`));
  if (new Set(ids).size !== ids.length) throw new Error('duplicate hotkey id');
  const d = calculateDividendDistribution(
    u64(input.pending_validator_alpha, 'pending_validator_alpha'),
    u64(input.pending_root_alpha, 'pending_root_alpha'),
    big(input.tao_weight_u96f32_bits, 'tao_weight_u96f32_bits'),
    hotkeys.map((h) => ({
      alphaStake: u64(h.alpha_stake, 'alpha_stake'),
      rootStake: u64(h.root_stake, 'root_stake'),
      dividendU96F32: U96F32.fromInt(u64(h.dividend, 'dividend')),
    })),
  );
  const out: Record<string, Record<string, bigint>> = {};
  hotkeys.forEach((h, i) => {
    const alpha = d.alphaDividendsU96F32[i];
    const root = d.rootAlphaDividendsU96F32[i];
    const r: Record<string, bigint> = { alpha_dividend: U96F32.toU64(alpha), root_alpha_dividend: U96F32.toU64(root) };
    if (h.take_u16 !== undefined) {
      const take = u16(h.take_u16, 'take_u16');
      const a = applyDelegateTake(alpha, take);
      const b = applyDelegateTake(root, take);
      r.alpha_take = a.take;
      r.alpha_to_nominators = a.rest;
      r.root_take = b.take;
      r.root_to_claimable = b.rest;
    }
    out[ids[i]] = r;
  });
  return { hotkeys: out };
});

const childkeyDividendSplit = perCase((input) => {
  const r = getParentChildDividendsDistribution({
    dividend: u64(input.dividend, 'dividend'),
    childTakeU16: u16(input.child_take_u16, 'child_take_u16'),
    ckBurnU96F32: u64FractionToU96F32(u64(input.ck_burn_u64, 'ck_burn_u64')),
    taoWeightU96F32: getTaoWeight(u64(input.tao_weight_u64, 'tao_weight_u64')),
    childAlphaStake: u64(input.child_alpha_stake, 'child_alpha_stake'),
    childRootStake: u64(input.child_root_stake, 'child_root_stake'),
    childChildrenProportionsU64: arr(input.child_children_proportions_u64, 'child_children_proportions_u64').map((p) => u64(p, 'proportion')),
    parents: arr(input.parents, 'parents').map((p, i) => {
      const o = obj(p, `parents[${i}]`);
      return {
        proportionU64: u64(o.proportion_u64, 'proportion_u64'),
        alphaStake: u64(o.alpha_stake, 'alpha_stake'),
        rootStake: u64(o.root_stake, 'root_stake'),
        sameOwner: bool(o.same_owner, 'same_owner'),
      };
    }),
  });
  return { parents: r.parents, child: r.child, recycled: r.recycled };
});

const epochSchedule = perCase((input) => {
  const fn = str(input.function, 'function');
  switch (fn) {
    case 'should_run_epoch':
      return {
        should_run: shouldRunEpoch({
          tempo: u16(input.tempo, 'tempo'),
          lastEpochBlock: u64(input.last_epoch_block, 'last_epoch_block'),
          pendingEpochAt: u64(input.pending_epoch_at, 'pending_epoch_at'),
          blocksSinceLastStep: u64(input.blocks_since_last_step, 'blocks_since_last_step'),
          currentBlock: u64(input.block, 'block'),
        }),
      };
    case 'blocks_until_next_auto_epoch':
      return { blocks_until_next_epoch: blocksUntilNextAutoEpoch(u64(input.last_epoch_block, 'last_epoch_block'), u16(input.tempo, 'tempo'), u64(input.block, 'block')) };
    case 'init_new_network': {
      const tempo = u16(input.tempo, 'tempo');
      const last = initialLastEpochBlock(u16(input.netuid, 'netuid'), tempo, u64(input.registration_block, 'registration_block'));
      return { last_epoch_block: last, first_epoch_block: last + tempo };
    }
    case 'migrate_dynamic_tempo': {
      const tempo = u16(input.tempo, 'tempo');
      // tempo 0: the migration leaves LastEpochBlock and SubnetEpochIndex at their defaults (0).
      const a = migrateDynamicTempoAnchors(u16(input.netuid, 'netuid'), tempo, u64(input.migration_block, 'migration_block')) ?? { lastEpochBlock: 0n, subnetEpochIndex: 0n };
      return { last_epoch_block: a.lastEpochBlock, subnet_epoch_index: a.subnetEpochIndex, next_epoch_block: a.lastEpochBlock + tempo };
    }
    default:
      throw new Error(`unknown function ${fn}`);
  }
});

const sharePoolOps = perCase((input, expected) => {
  const pool = new SharePool(new InMemorySharePoolStorage<number>());
  const seen = new Set<number>();
  const apply = (raw: unknown, where: string, allowRepeat: boolean): void => {
    const op = obj(raw, where);
    const kind = str(op.op, `${where}.op`);
    if (kind === 'one') {
      const coldkey = num(u16(op.coldkey, `${where}.coldkey`));
      seen.add(coldkey);
      pool.updateValueForOne(coldkey, i64(op.delta, `${where}.delta`));
    } else if (kind === 'all') {
      pool.updateValueForAll(i64(op.delta, `${where}.delta`));
    } else if (kind === 'repeat' && allowRepeat) {
      const times = u64(op.times, `${where}.times`);
      const inner = arr(op.ops, `${where}.ops`);
      for (let t = 0n; t < times; t++) inner.forEach((o, j) => apply(o, `${where}.ops[${j}]`, false));
    } else {
      throw new Error(`${where}: unsupported op ${kind}`);
    }
  };
  arr(input.ops, 'ops').forEach((o, i) => apply(o, `ops[${i}]`, true));
  // Report every coldkey that was operated on, plus any coldkey the case asks about.
  if (expected.values !== undefined) for (const k of Object.keys(obj(expected.values, 'expected.values'))) seen.add(num(u16(k, 'coldkey id')));
  const values: Record<string, bigint> = {};
  for (const c of [...seen].sort((a, b) => a - b)) values[String(c)] = pool.getValue(c);
  return { values };
});

const subnetPoolSeed = perCase((input) => {
  const median = getMedianSubnetAlphaPrice(arr(input.other_subnet_spot_prices_u64f64_bits, 'other_subnet_spot_prices_u64f64_bits').map((p) => big(p, 'price')));
  const seed = newSubnetPoolSeed(u64(input.lock_paid_rao, 'lock_paid_rao'), u64(input.network_min_lock_cost_rao, 'network_min_lock_cost_rao'), median);
  return {
    median_price_u64f64_bits: median,
    subnet_tao: seed.subnetTao,
    subnet_alpha_in: seed.subnetAlphaIn,
    recycled_tao: seed.recycledTao,
    subnet_locked: seed.subnetLocked,
  };
});

const rootClaimKeep = perCase((input) => {
  const s = u64(input.root_stake_of_coldkey, 'root_stake_of_coldkey');
  const pendingRoot = u64(input.pending_root_alpha, 'pending_root_alpha');
  const take = u16(input.validator_take_u16, 'validator_take_u16');
  let ownerStake = u64(input.initial_validator_alpha_stake, 'initial_validator_alpha_stake');
  // H is the only root validator: its share of the pending root alpha is exactly 1, so its root
  // alpha dividend is R itself.
  const split = applyDelegateTake(U96F32.fromInt(pendingRoot), take);
  ownerStake += split.take;
  const accrual = increaseRootClaimable(0n, split.rest, s);
  ownerStake += accrual.stakeToOwner;
  const owed = getRootOwedFloat(accrual.rateI96F32, s, 0n);
  return {
    validator_owner_stake_after: ownerStake,
    claimable_rate_i96f32_bits: accrual.rateI96F32,
    claimed_alpha_keep: rootClaimAmount(owed),
  };
});

const rootProportionKind = perCase((input) => {
  const tw = getTaoWeight(u64(input.tao_weight_u64, 'tao_weight_u64'));
  return {
    tao_weight_u96f32_bits: tw,
    root_prop_u96f32_bits: rootProportion(u64(input.root_tao, 'root_tao'), tw, u64(input.alpha_issuance, 'alpha_issuance')),
  };
});

const subnetSymbols = perCase(() => ({ symbols_by_index: [...SYMBOLS], default_symbol: DEFAULT_SYMBOL }));

export const kinds: KindTable = {
  block_emission: blockEmission,
  burn_decay: burnDecay,
  burn_bump: burnBump,
  lock_cost: lockCost,
  moving_price_ema: movingPriceEma,
  coinbase_subnet_terms: coinbaseSubnetTerms,
  coinbase_alpha_out_split: coinbaseAlphaOutSplit,
  dividend_distribution: dividendDistribution,
  childkey_dividend_split: childkeyDividendSplit,
  epoch_schedule: epochSchedule,
  share_pool_ops: sharePoolOps,
  subnet_pool_seed: subnetPoolSeed,
  root_claim_keep: rootClaimKeep,
  root_proportion: rootProportionKind,
  subnet_symbols: subnetSymbols,
};
