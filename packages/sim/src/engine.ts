/**
 * The simulation loop: set up genesis and subnets through real extrinsics, then run the scenario's
 * blocks. Blocks in which nothing happens (no extrinsics, no sample, no epoch to observe) are run
 * in batches through `BlockDriver.idle`; everything else goes block by block.
 *
 * Time: `t` is the run block (0 = the first block after setup); chain block = start + t.
 */
import { RAO_PER_TAO, getPreset, type Preset } from '@tensorium/params';
import type { Extrinsic } from '@tensorium/runtime/executive';
import type { AccountId } from '@tensorium/runtime/frame/pallet';
import { currentAlphaPrice } from '@tensorium/runtime/pallets/swapPallet/index';
import { getStake } from '@tensorium/runtime/pallets/subtensor/staking/stakeUtils';
import { storage as S } from '@tensorium/runtime/pallets/subtensor/storage';
import { commitHash } from '@tensorium/runtime/pallets/subtensor/weights/commitHash';
import { createRuntime } from '@tensorium/runtime/runtimeDefinition';
import type { Runtime } from '@tensorium/runtime/runtime';
import type { State } from '@tensorium/runtime/state/state';
import { SUDO, accountOf, coldkeyOf, hotkeyOf, hyperparameterCall, ownerHotkeyOf, sub, sudo, xt } from './accounts.js';
import { LocalDriver, type BlockDriver, type XtOutcome } from './driver.js';
import { SimError } from './errors.js';
import { Prng } from './prng.js';
import type { ActionSpec, MinerSpec, Scenario, SubnetSpec, TraderSpec } from './scenario.js';
import { QualityCurve, ValidatorAgent } from './strategies.js';
import { emptyTables, type RunResult, type Summary, type Tables } from './results.js';

const TAO = Number(RAO_PER_TAO);
const toTao = (rao: bigint): number => Number(rao) / TAO;
/** TAO (up to 9 decimals) → rao, exact for whole-TAO amounts beyond 2^53 rao. */
const rao = (taoAmount: number): bigint => {
  const whole = Math.trunc(taoAmount);
  return BigInt(whole) * RAO_PER_TAO + BigInt(Math.round((taoAmount - whole) * TAO));
};
/** U64F64 price bits → TAO per alpha. */
const priceOf = (bits: bigint): number => Number(bits >> 32n) / 2 ** 32;
/** I96F32 bits → float. */
const i96 = (bits: bigint): number => Number(bits) / 2 ** 32;
const HALVING_ISSUANCE = 10_500_000 * TAO;

export interface RunOptions {
  /** Override the scenario's length (reduced runs in tests, `--blocks`). */
  readonly blocks?: number;
  /** The block driver (default: a LocalDriver with the idle fast path). */
  readonly driver?: (preset: Preset, genesis: { balances: [AccountId, bigint][]; sudo: AccountId }) => BlockDriver;
  /** Called after each processed stretch with (run block, total). */
  readonly onProgress?: (t: number, total: number) => void;
}

interface NeuronInfo {
  readonly name: string;
  readonly role: 'validator' | 'miner' | 'owner';
  readonly hotkey: AccountId;
  readonly coldkey: AccountId;
  readonly quality?: QualityCurve;
  readonly agent?: ValidatorAgent;
  readonly strategy?: string;
  readonly initialStake: number;
  earned: number;
  divShareSum: number;
  /** Σ dividends / stake share over epochs with stake (1 = paid exactly its stake share). */
  fairnessSum: number;
  fairnessEpochs: number;
  incentiveSum: number;
  epochs: number;
  qualitySum: number;
  lastCommit?: { uids: number[]; values: number[]; salt: number[] };
  acted: number;
}

interface SubnetRun {
  readonly spec: SubnetSpec;
  readonly owner: AccountId;
  readonly ownerHotkey: AccountId;
  netuid: number | undefined;
  removedAt?: number;
  readonly neurons: NeuronInfo[];
  readonly consensusHistory: number[][];
  /** Validators act in the block after an epoch. */
  actPending: boolean;
  epochs: number;
}

interface TraderRun {
  readonly spec: TraderSpec;
  readonly coldkey: AccountId;
  spent: number;
  holding: string | undefined;
  lastPrice: number | undefined;
  nextAt: number;
}

/** The genesis of a scenario: funded accounts and the sudo key (for drivers built outside the simulator). */
export function scenarioGenesis(sc: Scenario): { balances: [AccountId, bigint][]; sudo: AccountId } {
  return { balances: genesisBalances(sc), sudo: SUDO };
}

/** Genesis balances (rao) of every account the scenario names, plus automatic funding. */
function genesisBalances(sc: Scenario): [AccountId, bigint][] {
  const bal = new Map<AccountId, number>();
  const fund = (who: AccountId, amount: number, replace = false): void => {
    if (replace || !bal.has(who)) bal.set(who, amount);
  };
  for (const [wallet, amount] of Object.entries(sc.genesis.balances)) fund(coldkeyOf(wallet), amount, true);
  fund(SUDO, 1_000);
  const miner = (m: MinerSpec): void => fund(coldkeyOf(m.name), 100 * m.count + 100);
  for (const s of sc.subnets) {
    fund(coldkeyOf(s.owner ?? `${s.name}-owner`), 100_000);
    for (const v of s.validators) fund(coldkeyOf(v.name), v.stake + 1_000);
    s.miners.forEach(miner);
  }
  for (const a of sc.actions) if (a.type === 'register_miner') miner(a.miner);
  for (const t of sc.traders) fund(coldkeyOf(t.name), t.budget + 100);
  let total = [...bal.values()].reduce((a, b) => a + b, 0);
  if (sc.genesis.target_issuance !== undefined) {
    const pad = sc.genesis.target_issuance - total;
    if (pad < 0) throw new SimError('SCENARIO_INVALID', `genesis.target_issuance ${sc.genesis.target_issuance} is below the funded balances (${total} TAO)`, { funded: total });
    if (pad > 0) bal.set(accountOf('issuance-padding'), pad);
    total += pad;
  }
  return [...bal.entries()].map(([k, v]) => [k, rao(v)] as [AccountId, bigint]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

function outcomeError(o: XtOutcome | undefined): string | undefined {
  if (!o) return 'missing';
  if ('invalid' in o) return o.invalid.message;
  return o.ok ? undefined : (o.error?.code ?? 'failed');
}

export class Simulation {
  readonly preset: Preset;
  readonly driver: BlockDriver;
  readonly runtime: Runtime;
  readonly tables: Tables = emptyTables();
  readonly subnets: SubnetRun[];
  readonly traders: TraderRun[];
  readonly failures = new Map<string, number>();
  readonly halvings: Summary['halvings'] = [];
  readonly pruned: Summary['pruned'] = [];
  private readonly rng: Prng;
  private readonly actions: ActionSpec[];
  private start = 0n;
  private lastEmission: bigint | undefined;
  private lastIssuance = 0n;
  readonly blocks: number;

  constructor(
    readonly scenario: Scenario,
    private readonly opts: RunOptions = {},
  ) {
    this.preset = getPreset(scenario.genesis.preset);
    this.runtime = createRuntime(this.preset);
    this.blocks = opts.blocks ?? scenario.blocks;
    this.rng = new Prng(scenario.seed);
    const genesis = scenarioGenesis(scenario);
    this.driver = opts.driver ? opts.driver(this.preset, genesis) : new LocalDriver({ preset: this.preset, genesis });
    this.subnets = scenario.subnets.map((spec) => ({
      spec,
      owner: coldkeyOf(spec.owner ?? `${spec.name}-owner`),
      ownerHotkey: ownerHotkeyOf(spec.name),
      netuid: undefined,
      neurons: [],
      consensusHistory: [],
      actPending: false,
      epochs: 0,
    }));
    this.traders = scenario.traders.map((spec) => ({
      spec,
      coldkey: coldkeyOf(spec.name),
      spent: 0,
      holding: undefined,
      lastPrice: undefined,
      nextAt: spec.kind === 'buy_and_hold' ? spec.at : 0,
    }));
    this.actions = [...scenario.actions].sort((a, b) => a.at - b.at);
  }

  private get t(): number {
    return Number(this.driver.number - this.start);
  }

  private view<R>(fn: (s: State) => R): R {
    return this.driver.view(fn);
  }

  private fail(label: string, err: string): void {
    const k = `${label}: ${err}`;
    this.failures.set(k, (this.failures.get(k) ?? 0) + 1);
  }

  /** Produce one block; failures are counted (or thrown during setup). */
  private block(xts: readonly (readonly [string, Extrinsic])[], strict = false): void {
    const outcomes = this.driver.produce(xts.map(([, x]) => x));
    this.afterBlock();
    outcomes.forEach((o, i) => {
      const err = outcomeError(o);
      if (err === undefined) return;
      if (strict) throw new SimError('SETUP_FAILED', `${xts[i][0]} failed at block ${this.driver.number}: ${err}`, { label: xts[i][0], error: err, block: Number(this.driver.number) });
      this.fail(xts[i][0], err);
    });
  }

  private sudoXt(label: string, netuid: number | undefined, param: string, value: number | boolean): readonly [string, Extrinsic] {
    return [`${label} ${param}`, xt(SUDO, sudo(hyperparameterCall(this.runtime, netuid, param, value)))];
  }

  // ---------------------------------------------------------------- setup

  private globalSetup(): void {
    const xts: (readonly [string, Extrinsic])[] = [];
    if (this.preset.adminFreezeWindow > 0) xts.push(this.sudoXt('setup', undefined, 'admin_freeze_window', 0));
    if (this.preset.networkRateLimit > 0n) xts.push(this.sudoXt('setup', undefined, 'network_rate_limit', 0));
    if (this.scenario.genesis.subnet_limit !== undefined) xts.push(this.sudoXt('setup', undefined, 'subnet_limit', this.scenario.genesis.subnet_limit));
    for (const [k, v] of Object.entries(this.scenario.genesis.admin)) xts.push(this.sudoXt('setup', undefined, k, v));
    if (xts.length) this.block(xts, true);
  }

  /** Register, start and configure a subnet, register its neurons and stake its validators. */
  private setupSubnet(sn: SubnetRun, strict: boolean): void {
    const before = this.view((s) => new Map(S.NetworksAdded.entries(s).filter(([, a]) => a).map(([n]) => [n, S.SubnetOwnerHotkey.get(s, n)] as const)));
    const prices = this.view((s) => [...before.keys()].filter((n) => n !== 0).map((n) => ({ netuid: n, moving: i96(S.SubnetMovingPrice.get(s, n)) })));
    this.block([[`register_network ${sn.spec.name}`, xt(sn.owner, sub('register_network', { hotkey: sn.ownerHotkey }))]], strict);
    const netuid = this.view((s) => S.NetworksAdded.entries(s).find(([n, a]) => a && n !== 0 && S.SubnetOwnerHotkey.get(s, n) === sn.ownerHotkey)?.[0]);
    if (netuid === undefined) {
      this.fail(`register_network ${sn.spec.name}`, 'no netuid');
      return;
    }
    sn.netuid = netuid;
    // A subnet registered at the limit replaces the one with the lowest EMA price.
    if (before.has(netuid)) {
      const victim = this.subnets.find((o) => o !== sn && o.netuid === netuid);
      const sorted = [...prices].sort((a, b) => a.moving - b.moving);
      this.pruned.push({
        t: this.t,
        netuid,
        subnet: victim?.spec.name ?? `netuid ${netuid}`,
        replacedBy: sn.spec.name,
        movingPrice: prices.find((p) => p.netuid === netuid)?.moving ?? 0,
        lowestMovingPrice: sorted[0]?.moving ?? 0,
        movingPrices: Object.fromEntries(prices.map((p) => [this.subnets.find((o) => o.netuid === p.netuid && o !== sn)?.spec.name ?? `netuid ${p.netuid}`, p.moving])),
      });
      if (victim) {
        victim.removedAt = this.t;
        victim.netuid = undefined;
      }
    }
    if (this.preset.startCallDelay > 0n) this.driver.idle(Number(this.preset.startCallDelay));
    const cfg: (readonly [string, Extrinsic])[] = [[`start_call ${sn.spec.name}`, xt(sn.owner, sub('start_call', { netuid }))]];
    const hp: Record<string, number | boolean> = { subnet_emission_enabled: true, max_registrations_per_block: 255, target_registrations_per_interval: 255, ...sn.spec.hyperparameters };
    if (sn.spec.tempo !== undefined) hp.tempo = sn.spec.tempo;
    for (const [k, v] of Object.entries(hp)) cfg.push(this.sudoXt(sn.spec.name, netuid, k, v));
    this.block(cfg, strict);
    sn.neurons.push({ name: `${sn.spec.name}-owner`, role: 'owner', hotkey: sn.ownerHotkey, coldkey: sn.owner, initialStake: 0, earned: 0, divShareSum: 0, fairnessSum: 0, fairnessEpochs: 0, incentiveSum: 0, epochs: 0, qualitySum: 0, acted: 0 });
    const regs: (readonly [string, Extrinsic])[] = [];
    for (const v of sn.spec.validators) {
      const rng = this.rng.fork(`validator/${v.name}`);
      const favour = v.strategy.kind === 'colluding' ? new Set(v.strategy.favour) : undefined;
      const n: NeuronInfo = { name: v.name, role: 'validator', hotkey: hotkeyOf(v.name), coldkey: coldkeyOf(v.name), agent: new ValidatorAgent(v.strategy, rng, favour), strategy: v.strategy.kind, initialStake: v.stake, earned: 0, divShareSum: 0, fairnessSum: 0, fairnessEpochs: 0, incentiveSum: 0, epochs: 0, qualitySum: 0, acted: 0 };
      sn.neurons.push(n);
      regs.push([`burned_register ${v.name}`, xt(n.coldkey, sub('burned_register', { netuid, hotkey: n.hotkey }))]);
    }
    for (const m of sn.spec.miners) regs.push(...this.minerRegistrations(sn, netuid, m));
    for (let i = 0; i < regs.length; i += 64) this.block(regs.slice(i, i + 64), strict);
    const stakes = sn.spec.validators
      .filter((v) => v.stake > 0)
      .map((v) => [`add_stake ${v.name}`, xt(coldkeyOf(v.name), sub('add_stake', { hotkey: hotkeyOf(v.name), netuid, amount_staked: rao(v.stake) }))] as const);
    if (stakes.length) this.block(stakes, strict);
  }

  private minerRegistrations(sn: SubnetRun, netuid: number, m: MinerSpec): (readonly [string, Extrinsic])[] {
    const curve = new QualityCurve(m.quality, this.rng.fork(`miner/${m.name}`));
    const out: (readonly [string, Extrinsic])[] = [];
    for (let k = 0; k < m.count; k++) {
      const name = m.count > 1 ? `${m.name}#${k}` : m.name;
      const n: NeuronInfo = { name, role: 'miner', hotkey: hotkeyOf(m.name, k), coldkey: coldkeyOf(m.name), quality: curve, initialStake: 0, earned: 0, divShareSum: 0, fairnessSum: 0, fairnessEpochs: 0, incentiveSum: 0, epochs: 0, qualitySum: 0, acted: 0 };
      sn.neurons.push(n);
      out.push([`burned_register ${name}`, xt(n.coldkey, sub('burned_register', { netuid, hotkey: n.hotkey }))]);
    }
    return out;
  }

  // ---------------------------------------------------------------- observation

  /** After every block: epochs that ran (LastEpochBlock = this block), halvings. */
  private afterBlock(): void {
    const number = this.driver.number;
    this.view((s) => {
      const emission = S.BlockEmission.get(s);
      const issuance = S.TotalIssuance.get(s);
      if (this.lastEmission !== undefined && emission !== this.lastEmission && emission < this.lastEmission) {
        this.halvings.push({ t: this.t, block: Number(number), issuanceBefore: toTao(this.lastIssuance), emissionBefore: toTao(this.lastEmission), emissionAfter: toTao(emission) });
      }
      this.lastEmission = emission;
      this.lastIssuance = issuance;
      for (const sn of this.subnets) {
        if (sn.netuid === undefined || !S.NetworksAdded.get(s, sn.netuid)) continue;
        if (S.LastEpochBlock.get(s, sn.netuid) === number && S.SubnetEpochIndex.get(s, sn.netuid) > 0n) this.observeEpoch(s, sn, sn.netuid);
      }
    });
  }

  private observeEpoch(s: State, sn: SubnetRun, netuid: number): void {
    sn.epochs++;
    sn.actPending = true;
    const t = this.t;
    const consensus = [...S.Consensus.get(s, netuid)];
    sn.consensusHistory.push(consensus);
    if (sn.consensusHistory.length > 64) sn.consensusHistory.shift();
    const incentive = S.Incentive.get(s, netuid);
    const dividends = S.Dividends.get(s, netuid);
    const vtrust = S.ValidatorTrust.get(s, netuid);
    const emission = S.Emission.get(s, netuid);
    const stakes = sn.neurons.map((n) => getStake(s, n.hotkey, n.coldkey, netuid));
    const validatorStake = sn.neurons.reduce((a, n, i) => (n.role === 'validator' ? a + toTao(stakes[i]) : a), 0);
    sn.neurons.forEach((n, i) => {
      const uid = S.Uids.get(s, netuid, n.hotkey);
      if (uid === undefined) return;
      const inc = (incentive[uid] ?? 0) / 65535;
      const div = (dividends[uid] ?? 0) / 65535;
      const em = toTao(emission[uid] ?? 0n);
      const bonds = S.Bonds.get(s, netuid, uid).reduce((a, [, b]) => a + b, 0) / 65535;
      const q = n.quality?.at(t) ?? 0;
      n.earned += em;
      n.divShareSum += div;
      n.incentiveSum += inc;
      n.qualitySum += q;
      n.epochs++;
      this.tables.neurons.push({ block: Number(this.driver.number), t, subnet: sn.spec.name, netuid, uid, name: n.name, role: n.role, strategy: n.strategy ?? '', quality: q, stake: toTao(stakes[i]), incentive: inc, dividends: div, consensus: (consensus[uid] ?? 0) / 65535, vtrust: (vtrust[uid] ?? 0) / 65535, bonds, emission: em });
      if (n.role === 'validator') {
        const share = validatorStake > 0 ? toTao(stakes[i]) / validatorStake : 0;
        if (share > 0 && sn.epochs > 2) {
          n.fairnessSum += div / share;
          n.fairnessEpochs++;
        }
        this.tables.validators.push({ block: Number(this.driver.number), t, subnet: sn.spec.name, name: n.name, strategy: n.strategy ?? '', stake: toTao(stakes[i]), stake_share: validatorStake > 0 ? toTao(stakes[i]) / validatorStake : 0, dividends: div, emission: em, cumulative: n.earned, vtrust: (vtrust[uid] ?? 0) / 65535 });
      }
    });
  }

  private sample(): void {
    const t = this.t;
    const block = Number(this.driver.number);
    this.view((s) => {
      this.tables.chain.push({ block, t, total_issuance: toTao(S.TotalIssuance.get(s)), block_emission: toTao(S.BlockEmission.get(s)), total_stake: toTao(S.TotalStake.get(s)), halvings: this.halvings.length });
      const live = this.subnets.filter((sn) => sn.netuid !== undefined && S.NetworksAdded.get(s, sn.netuid));
      const em = live.map((sn) => toTao(S.SubnetTaoInEmission.get(s, sn.netuid!) + S.SubnetExcessTao.get(s, sn.netuid!)));
      const total = em.reduce((a, b) => a + b, 0);
      live.forEach((sn, i) => {
        const n = sn.netuid!;
        this.tables.subnets.push({ block, t, subnet: sn.spec.name, netuid: n, price: priceOf(currentAlphaPrice(s, n)), moving_price: i96(S.SubnetMovingPrice.get(s, n)), tao_reserve: toTao(S.SubnetTAO.get(s, n)), alpha_in: toTao(S.SubnetAlphaIn.get(s, n)), alpha_out: toTao(S.SubnetAlphaOut.get(s, n)), tao_emission: em[i], emission_share: total > 0 ? em[i] / total : 0 });
      });
      for (const tr of this.traders) {
        const held = this.traderHoldings(s, tr);
        this.tables.traders.push({ block, t, name: tr.spec.name, kind: tr.spec.kind, subnet: tr.holding ?? '', free: this.free(s, tr.coldkey), stake_value: held.value, spent: tr.spent });
      }
    });
  }

  private free(s: State, who: AccountId): number {
    const a = s.read('System.Account', who, '') as { data: { free: bigint } } | undefined;
    return a ? toTao(a.data.free) : 0;
  }

  private traderHoldings(s: State, tr: TraderRun): { alpha: number; value: number } {
    let alpha = 0;
    let value = 0;
    for (const sn of this.subnets) {
      if (sn.netuid === undefined || !S.NetworksAdded.get(s, sn.netuid)) continue;
      const a = toTao(getStake(s, sn.ownerHotkey, tr.coldkey, sn.netuid));
      alpha += a;
      value += a * priceOf(currentAlphaPrice(s, sn.netuid));
    }
    return { alpha, value };
  }

  // ---------------------------------------------------------------- agents

  private validatorXts(sn: SubnetRun): (readonly [string, Extrinsic])[] {
    const netuid = sn.netuid!;
    const t = this.t + 1;
    const out: (readonly [string, Extrinsic])[] = [];
    this.view((s) => {
      const cr = S.CommitRevealWeightsEnabled.get(s, netuid);
      const miners = sn.neurons.filter((n) => n.role === 'miner').flatMap((n) => {
        const uid = S.Uids.get(s, netuid, n.hotkey);
        return uid === undefined ? [] : [{ uid, name: n.name.replace(/#\d+$/, ''), quality: n.quality!.at(t) }];
      });
      for (const v of sn.neurons) {
        if (v.role !== 'validator' || !v.agent || S.Uids.get(s, netuid, v.hotkey) === undefined) continue;
        const w = v.agent.weights({ miners, consensusHistory: sn.consensusHistory, epoch: v.acted++ });
        if (cr) {
          if (v.lastCommit) {
            out.push([`reveal_weights ${v.name}`, xt(v.hotkey, sub('reveal_weights', { netuid, uids: v.lastCommit.uids, values: v.lastCommit.values, salt: v.lastCommit.salt, version_key: 0n }))]);
            v.lastCommit = undefined;
          }
          if (w.length === 0) continue;
          const uids = w.map(([u]) => u);
          const values = w.map(([, x]) => x);
          const salt = [t & 0xffff, v.acted & 0xffff];
          out.push([`commit_weights ${v.name}`, xt(v.hotkey, sub('commit_weights', { netuid, commit_hash: commitHash(v.hotkey, netuid, uids, values, salt, 0n) }))]);
          v.lastCommit = { uids, values, salt };
        } else if (w.length > 0) {
          out.push([`set_weights ${v.name}`, xt(v.hotkey, sub('set_weights', { netuid, dests: w.map(([u]) => u), weights: w.map(([, x]) => x), version_key: 0n }))]);
        }
      }
    });
    return out;
  }

  private subnetByName(name: string): SubnetRun {
    return this.subnets.find((s) => s.spec.name === name)!;
  }

  private hotkeyFor(sn: SubnetRun, validator: string | undefined): AccountId {
    return validator ? hotkeyOf(validator) : sn.ownerHotkey;
  }

  private actionXts(a: ActionSpec): (readonly [string, Extrinsic])[] {
    const label = `${a.type}@${a.at}`;
    if (a.type === 'move_stake') {
      const from = this.subnetByName(a.from);
      const to = this.subnetByName(a.to);
      if (from.netuid === undefined || to.netuid === undefined) return [];
      const ck = coldkeyOf(a.wallet);
      const hk = this.hotkeyFor(from, a.validator);
      const alpha = this.view((s) => getStake(s, hk, ck, from.netuid!));
      const amount = (alpha * BigInt(Math.round(a.fraction * 1e6))) / 1_000_000n;
      if (amount === 0n) return [];
      return [[label, xt(ck, sub('move_stake', { origin_hotkey: hk, destination_hotkey: to.ownerHotkey, origin_netuid: from.netuid, destination_netuid: to.netuid, alpha_amount: amount }))]];
    }
    const sn = this.subnetByName(a.subnet);
    const netuid = sn.netuid;
    if (netuid === undefined) return [];
    switch (a.type) {
      case 'add_stake':
        return [[label, xt(coldkeyOf(a.wallet), sub('add_stake', { hotkey: this.hotkeyFor(sn, a.validator), netuid, amount_staked: rao(a.amount) }))]];
      case 'remove_stake': {
        const ck = coldkeyOf(a.wallet);
        const hk = this.hotkeyFor(sn, a.validator);
        const alpha = this.view((s) => getStake(s, hk, ck, netuid));
        const amount = (alpha * BigInt(Math.round(a.fraction * 1e6))) / 1_000_000n;
        return amount > 0n ? [[label, xt(ck, sub('remove_stake', { hotkey: hk, netuid, amount_unstaked: amount }))]] : [];
      }
      case 'register_miner':
        return this.minerRegistrations(sn, netuid, a.miner);
      case 'set_hyperparameter':
        return [this.sudoXt(label, netuid, a.name, a.value)];
      case 'price_shock': {
        const ck = coldkeyOf(a.wallet);
        if (a.tao >= 0) return [[label, xt(ck, sub('add_stake', { hotkey: sn.ownerHotkey, netuid, amount_staked: rao(a.tao) }))]];
        const [held, price] = this.view((s) => [getStake(s, sn.ownerHotkey, ck, netuid), priceOf(currentAlphaPrice(s, netuid))] as const);
        const want = rao(-a.tao / Math.max(price, 1e-12));
        const amount = want < held ? want : held;
        return amount > 0n ? [[label, xt(ck, sub('remove_stake', { hotkey: sn.ownerHotkey, netuid, amount_unstaked: amount }))]] : [];
      }
    }
  }

  private traderXts(tr: TraderRun): (readonly [string, Extrinsic])[] {
    const sp = tr.spec;
    const label = `${sp.kind} ${sp.name}`;
    if (sp.kind === 'buy_and_hold') {
      tr.nextAt = Number.POSITIVE_INFINITY;
      const sn = this.subnetByName(sp.subnet);
      if (sn.netuid === undefined) return [];
      tr.spent += sp.budget;
      tr.holding = sp.subnet;
      return [[label, xt(tr.coldkey, sub('add_stake', { hotkey: sn.ownerHotkey, netuid: sn.netuid, amount_staked: rao(sp.budget) }))]];
    }
    tr.nextAt += sp.interval;
    if (sp.kind === 'momentum') {
      const sn = this.subnetByName(sp.subnet);
      const netuid = sn.netuid;
      if (netuid === undefined) return [];
      const [price, held] = this.view((s) => [priceOf(currentAlphaPrice(s, netuid)), getStake(s, sn.ownerHotkey, tr.coldkey, netuid)] as const);
      const last = tr.lastPrice;
      tr.lastPrice = price;
      tr.holding = sp.subnet;
      if (last === undefined) return [];
      if (price > last && tr.spent + sp.step <= sp.budget) {
        tr.spent += sp.step;
        return [[label, xt(tr.coldkey, sub('add_stake', { hotkey: sn.ownerHotkey, netuid, amount_staked: rao(sp.step) }))]];
      }
      if (price < last && held > 0n) {
        const want = rao(sp.step / Math.max(price, 1e-12));
        tr.spent -= sp.step;
        return [[label, xt(tr.coldkey, sub('remove_stake', { hotkey: sn.ownerHotkey, netuid, amount_unstaked: want < held ? want : held }))]];
      }
      return [];
    }
    // stake_chaser
    const best = this.view((s) => {
      let top: { name: string; y: number } | undefined;
      for (const name of sp.subnets) {
        const sn = this.subnetByName(name);
        if (sn.netuid === undefined || !S.NetworksAdded.get(s, sn.netuid)) continue;
        const out = Number(S.SubnetAlphaOut.get(s, sn.netuid));
        const y = out > 0 ? Number(S.SubnetAlphaOutEmission.get(s, sn.netuid)) / out : 0;
        if (!top || y > top.y) top = { name, y };
      }
      return top?.name;
    });
    if (!best) return [];
    const to = this.subnetByName(best);
    if (tr.holding === undefined) {
      tr.holding = best;
      tr.spent += sp.budget;
      return [[label, xt(tr.coldkey, sub('add_stake', { hotkey: to.ownerHotkey, netuid: to.netuid, amount_staked: rao(sp.budget) }))]];
    }
    if (best === tr.holding) return [];
    const from = this.subnetByName(tr.holding);
    if (from.netuid === undefined) {
      tr.holding = undefined;
      return [];
    }
    const alpha = this.view((s) => getStake(s, from.ownerHotkey, tr.coldkey, from.netuid!));
    tr.holding = best;
    if (alpha === 0n) return [];
    return [[label, xt(tr.coldkey, sub('move_stake', { origin_hotkey: from.ownerHotkey, destination_hotkey: to.ownerHotkey, origin_netuid: from.netuid, destination_netuid: to.netuid, alpha_amount: alpha }))]];
  }

  /** The next run block at which an epoch may fire (LastEpochBlock + Tempo or PendingEpochAt). */
  private nextEpochT(): number {
    let next = Number.POSITIVE_INFINITY;
    this.view((s) => {
      for (const sn of this.subnets) {
        if (sn.netuid === undefined) continue;
        const n = sn.netuid;
        let at = S.LastEpochBlock.get(s, n) + BigInt(S.Tempo.get(s, n));
        const pending = S.PendingEpochAt.get(s, n);
        if (pending > 0n && pending < at) at = pending;
        next = Math.min(next, Number(at - this.start));
      }
    });
    return next;
  }

  // ---------------------------------------------------------------- run

  run(): RunResult {
    const t0 = performance.now();
    this.globalSetup();
    for (const sn of this.subnets) if (sn.spec.register_at === 0) this.setupSubnet(sn, true);
    this.start = this.driver.number;
    const setupBlocks = Number(this.start);
    const tRun = performance.now();
    const total = this.blocks;
    let nextSample = 0;
    let actionIdx = 0;
    const pendingSubnets = this.subnets.filter((sn) => sn.spec.register_at > 0).sort((a, b) => a.spec.register_at - b.spec.register_at);
    let lastProgress = 0;
    let idleBlocks = 0;
    while (this.t < total) {
      const t = this.t + 1; // the block about to be produced
      const nextAction = this.actions[actionIdx]?.at ?? Number.POSITIVE_INFINITY;
      const nextTrader = Math.min(...this.traders.map((tr) => tr.nextAt), Number.POSITIVE_INFINITY);
      const nextSubnet = pendingSubnets[0]?.spec.register_at ?? Number.POSITIVE_INFINITY;
      const acting = this.subnets.some((sn) => sn.actPending);
      // The next block that needs attention: something to submit, sample or observe (an epoch).
      const need = acting ? t : Math.min(nextSample, nextAction, nextTrader, nextSubnet, this.nextEpochT(), total);
      if (need > t) {
        // Blocks t .. need-1 have no extrinsics, no sample and no epoch: run them as idle blocks.
        this.driver.idle(need - t);
        idleBlocks += need - t;
        continue;
      }
      if (nextSubnet <= t) {
        this.setupSubnet(pendingSubnets.shift()!, false);
        continue;
      }
      const xts: (readonly [string, Extrinsic])[] = [];
      while (actionIdx < this.actions.length && this.actions[actionIdx].at <= t) xts.push(...this.actionXts(this.actions[actionIdx++]));
      for (const tr of this.traders) if (tr.nextAt <= t) xts.push(...this.traderXts(tr));
      for (const sn of this.subnets) {
        if (!sn.actPending) continue;
        sn.actPending = false;
        if (sn.netuid !== undefined) xts.push(...this.validatorXts(sn));
      }
      this.block(xts);
      if (this.t >= nextSample) {
        this.sample();
        nextSample = this.t + this.scenario.sample_every;
      }
      if (this.opts.onProgress && this.t - lastProgress >= 50) {
        lastProgress = this.t;
        this.opts.onProgress(this.t, total);
      }
    }
    if (this.tables.chain.at(-1)?.t !== this.t) this.sample();
    this.opts.onProgress?.(this.t, total);
    const end = performance.now();
    return { scenario: this.scenario, tables: this.tables, summary: this.summarize(end - t0, end - tRun, setupBlocks, idleBlocks) };
  }

  private summarize(ms: number, runMs: number, setupBlocks: number, idleBlocks: number): Summary {
    const last = this.tables.chain.at(-1);
    const first = this.tables.chain[0];
    const validators = this.subnets.flatMap((sn) =>
      sn.neurons
        .filter((n) => n.role === 'validator')
        .map((n) => ({ subnet: sn.spec.name, name: n.name, strategy: n.strategy ?? '', stake: n.initialStake, earned: n.earned, earnedPerStake: n.initialStake > 0 ? n.earned / n.initialStake : 0, meanDividends: n.epochs ? n.divShareSum / n.epochs : 0, dividendsPerStakeShare: n.fairnessEpochs ? n.fairnessSum / n.fairnessEpochs : 0 })),
    );
    const byStrategy: Record<string, number> = {};
    for (const st of new Set(validators.map((v) => v.strategy))) {
      const vs = validators.filter((v) => v.strategy === st && v.stake > 0);
      byStrategy[st] = vs.length ? vs.reduce((a, v) => a + v.earnedPerStake, 0) / vs.length : 0;
    }
    const fairness: Record<string, Record<string, number>> = {};
    for (const v of validators) {
      const row = (fairness[v.subnet] ??= {});
      const same = validators.filter((o) => o.subnet === v.subnet && o.strategy === v.strategy);
      row[v.strategy] = same.reduce((a, o) => a + o.dividendsPerStakeShare, 0) / same.length;
    }
    const finalSubnets = this.view((s) =>
      this.subnets.map((sn) => {
        const rows = this.tables.subnets.filter((r) => r.subnet === sn.spec.name);
        const lastRow = rows.at(-1);
        return {
          name: sn.spec.name,
          netuid: sn.netuid ?? null,
          registeredAt: sn.spec.register_at,
          removedAt: sn.removedAt ?? null,
          price: lastRow?.price ?? 0,
          movingPrice: sn.netuid !== undefined ? i96(S.SubnetMovingPrice.get(s, sn.netuid)) : (lastRow?.moving_price ?? 0),
          emissionShare: lastRow?.emission_share ?? 0,
          meanEmissionShare: rows.length ? rows.reduce((a, r) => a + r.emission_share, 0) / rows.length : 0,
          epochs: sn.epochs,
        };
      }),
    );
    const traders = this.view((s) =>
      this.traders.map((tr) => {
        const h = this.traderHoldings(s, tr);
        const free = this.free(s, tr.coldkey);
        const initial = tr.spec.budget + 100;
        return { name: tr.spec.name, kind: tr.spec.kind, finalValue: free + h.value, pnl: free + h.value - initial, holding: tr.holding ?? null };
      }),
    );
    return {
      scenario: this.scenario.name,
      description: this.scenario.description.split('\n')[0],
      preset: this.preset.name,
      seed: this.scenario.seed,
      blocks: this.t,
      setupBlocks,
      idleBlocks,
      wallMs: Math.round(ms),
      blocksPerSecond: runMs > 0 ? (this.t / runMs) * 1000 : 0,
      chain: {
        issuanceStart: first?.total_issuance ?? 0,
        issuanceEnd: last?.total_issuance ?? 0,
        blockEmissionStart: first?.block_emission ?? 0,
        blockEmissionEnd: last?.block_emission ?? 0,
        halvingThreshold: HALVING_ISSUANCE / TAO,
      },
      halvings: this.halvings,
      pruned: this.pruned,
      subnets: finalSubnets,
      validators,
      earnedPerStakeByStrategy: byStrategy,
      dividendsPerStakeShare: fairness,
      miners: this.subnets.flatMap((sn) =>
        sn.neurons.filter((n) => n.role === 'miner').map((n) => ({ subnet: sn.spec.name, name: n.name, meanQuality: n.epochs ? n.qualitySum / n.epochs : 0, meanIncentive: n.epochs ? n.incentiveSum / n.epochs : 0, earned: n.earned })),
      ),
      traders,
      failedExtrinsics: Object.fromEntries([...this.failures.entries()].sort()),
    };
  }
}

/** Run a scenario (see RunOptions). */
export function runScenario(scenario: Scenario, opts: RunOptions = {}): RunResult {
  return new Simulation(scenario, opts).run();
}
