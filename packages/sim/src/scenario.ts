/**
 * Scenario files (YAML or JSON): genesis, subnets with their hyperparameters, validators with a
 * strategy, miners with a quality over time, traders, and scheduled actions. Validated with zod;
 * an invalid file is reported with the path of every bad field (`subnets[1].validators[0].stake`).
 * Amounts are in TAO (decimals allowed), blocks are block numbers counted from the start of the run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SimError } from './errors.js';

const name = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." or "-"');
const tao = z.number().nonnegative();
const block = z.number().int().nonnegative();

/** A miner's quality over time (the honest validators' "observed" score before noise). */
export const QualitySchema = z.union([
  z.number().nonnegative(),
  z.object({ kind: z.literal('sine'), base: z.number(), amplitude: z.number(), period: z.number().int().positive(), phase: z.number().default(0) }).strict(),
  z.object({ kind: z.literal('steps'), points: z.array(z.tuple([block, z.number().nonnegative()])).min(1) }).strict(),
  z.object({ kind: z.literal('walk'), start: z.number().nonnegative(), sigma: z.number().nonnegative(), every: z.number().int().positive().default(100) }).strict(),
]);
export type Quality = z.infer<typeof QualitySchema>;

export const StrategySchema = z.discriminatedUnion('kind', [
  /** Weights ∝ observed miner quality plus seeded gaussian noise (relative, per weight). */
  z.object({ kind: z.literal('honest'), noise: z.number().nonnegative().default(0.05) }).strict(),
  /** Copies the chain's consensus vector as it was `lag` epochs ago. */
  z.object({ kind: z.literal('copier'), lag: z.number().int().nonnegative().default(1) }).strict(),
  /** Puts `share` of its weight on the group's favoured miners, the rest honest. */
  z.object({ kind: z.literal('colluding'), group: name, favour: z.array(name).min(1), share: z.number().min(0).max(1).default(0.8), noise: z.number().nonnegative().default(0.05) }).strict(),
  /** Honest weights, but refreshed only every `refresh` epochs (stale in between). */
  z.object({ kind: z.literal('lazy'), refresh: z.number().int().positive().default(10), noise: z.number().nonnegative().default(0.05) }).strict(),
]);
export type Strategy = z.infer<typeof StrategySchema>;

export const ValidatorSchema = z
  .object({
    name,
    /** TAO staked by the validator's coldkey on its hotkey at setup. */
    stake: tao,
    strategy: StrategySchema.default({ kind: 'honest', noise: 0.05 }),
  })
  .strict();

export const MinerSchema = z
  .object({
    name,
    quality: QualitySchema,
    /** Sybil miners: one coldkey registers `count` hotkeys that all produce the same output. */
    count: z.number().int().positive().default(1),
  })
  .strict();
export type MinerSpec = z.infer<typeof MinerSchema>;

const hyperValue = z.union([z.number(), z.boolean()]);

export const SubnetSchema = z
  .object({
    name,
    description: z.string().optional(),
    /** Owner wallet (funded automatically if not in genesis balances). */
    owner: name.optional(),
    /** Block at which the subnet is registered (0 = during setup). */
    register_at: block.default(0),
    tempo: z.number().int().positive().optional(),
    /** AdminUtils `sudo_set_<name>` values, e.g. yuma3_enabled, liquid_alpha_enabled, commit_reveal_weights_enabled. */
    hyperparameters: z.record(z.string(), hyperValue).default({}),
    validators: z.array(ValidatorSchema).default([]),
    miners: z.array(MinerSchema).default([]),
  })
  .strict();
export type SubnetSpec = z.infer<typeof SubnetSchema>;

export const TraderSchema = z.discriminatedUnion('kind', [
  /** Buys alpha of `subnet` with `budget` TAO at `at` and holds. */
  z.object({ kind: z.literal('buy_and_hold'), name, subnet: name, budget: tao, at: block.default(0) }).strict(),
  /** Every `interval` blocks: buys `step` TAO of alpha if the price rose over `lookback` blocks, sells as much if it fell. */
  z.object({ kind: z.literal('momentum'), name, subnet: name, budget: tao, step: tao, interval: z.number().int().positive().default(100), lookback: z.number().int().positive().default(100) }).strict(),
  /** Every `interval` blocks moves all its stake to the subnet with the highest alpha yield (emission / alpha out). */
  z.object({ kind: z.literal('stake_chaser'), name, budget: tao, subnets: z.array(name).min(1), interval: z.number().int().positive().default(100) }).strict(),
]);
export type TraderSpec = z.infer<typeof TraderSchema>;

export const ActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('add_stake'), at: block, wallet: name, subnet: name, validator: name.optional(), amount: tao }).strict(),
  z.object({ type: z.literal('remove_stake'), at: block, wallet: name, subnet: name, validator: name.optional(), fraction: z.number().min(0).max(1).default(1) }).strict(),
  z.object({ type: z.literal('move_stake'), at: block, wallet: name, from: name, to: name, validator: name.optional(), fraction: z.number().min(0).max(1).default(1) }).strict(),
  z.object({ type: z.literal('register_miner'), at: block, subnet: name, miner: MinerSchema }).strict(),
  z.object({ type: z.literal('set_hyperparameter'), at: block, subnet: name, name: z.string(), value: hyperValue }).strict(),
  /** A large swap: `tao` > 0 buys alpha with that much TAO, `tao` < 0 sells alpha worth about |tao| TAO. */
  z.object({ type: z.literal('price_shock'), at: block, subnet: name, wallet: name, tao: z.number() }).strict(),
]);
export type ActionSpec = z.infer<typeof ActionSchema>;

export const ScenarioSchema = z
  .object({
    name,
    description: z.string().default(''),
    seed: z.union([z.number().int(), z.string()]).default(1),
    /** Blocks to run after setup. */
    blocks: z.number().int().positive(),
    /** Blocks between samples of the per-subnet and chain tables (default 10). */
    sample_every: z.number().int().positive().default(10),
    genesis: z
      .object({
        preset: z.enum(['fast', 'mainnet']).default('fast'),
        /** Free balances in TAO by wallet name. */
        balances: z.record(name, tao).default({}),
        /** Total issuance at genesis in TAO: an idle account holds the difference (e.g. to start just below a halving). */
        target_issuance: tao.optional(),
        /** SubnetLimit at genesis (sudo_set_subnet_limit). */
        subnet_limit: z.number().int().positive().optional(),
        /** Chain-wide AdminUtils `sudo_set_<name>` values applied at setup, e.g. lock_reduction_interval. */
        admin: z.record(z.string(), hyperValue).default({}),
      })
      .strict()
      .default({ preset: 'fast', balances: {}, admin: {} }),
    subnets: z.array(SubnetSchema).default([]),
    traders: z.array(TraderSchema).default([]),
    actions: z.array(ActionSchema).default([]),
  })
  .strict()
  .superRefine((sc, ctx) => {
    const subnets = new Set<string>();
    sc.subnets.forEach((s, i) => {
      if (subnets.has(s.name)) ctx.addIssue({ code: 'custom', path: ['subnets', i, 'name'], message: `duplicate subnet "${s.name}"` });
      subnets.add(s.name);
    });
    const neurons = new Set<string>();
    sc.subnets.forEach((s, i) => {
      for (const [kind, list] of [['validators', s.validators], ['miners', s.miners]] as const)
        list.forEach((n, j) => {
          if (neurons.has(n.name)) ctx.addIssue({ code: 'custom', path: ['subnets', i, kind, j, 'name'], message: `duplicate neuron "${n.name}"` });
          neurons.add(n.name);
        });
    });
    const checkSubnet = (v: string, path: (string | number)[]): void => {
      if (!subnets.has(v)) ctx.addIssue({ code: 'custom', path, message: `unknown subnet "${v}"` });
    };
    sc.traders.forEach((t, i) => {
      if (t.kind === 'stake_chaser') t.subnets.forEach((s, j) => checkSubnet(s, ['traders', i, 'subnets', j]));
      else checkSubnet(t.subnet, ['traders', i, 'subnet']);
    });
    sc.actions.forEach((a, i) => {
      if (a.type === 'move_stake') {
        checkSubnet(a.from, ['actions', i, 'from']);
        checkSubnet(a.to, ['actions', i, 'to']);
      } else checkSubnet(a.subnet, ['actions', i, 'subnet']);
      if (a.at >= sc.blocks) ctx.addIssue({ code: 'custom', path: ['actions', i, 'at'], message: `block ${a.at} is after the end of the run (${sc.blocks})` });
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Format zod issues as `path: message` lines. */
function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const path = i.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    return `${path || '(root)'}: ${i.message}`;
  });
}

/** Validate a parsed scenario document. Throws SCENARIO_INVALID listing every bad field with its path. */
export function parseScenario(doc: unknown, source = 'scenario'): Scenario {
  const r = ScenarioSchema.safeParse(doc);
  if (!r.success) {
    const problems = formatIssues(r.error.issues);
    throw new SimError('SCENARIO_INVALID', `${source} is invalid:\n  ${problems.join('\n  ')}`, { source, problems });
  }
  return r.data;
}

/** Parse YAML or JSON text (JSON is YAML) and validate it. */
export function parseScenarioText(text: string, source = 'scenario'): Scenario {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw new SimError('SCENARIO_PARSE', `${source}: ${(e as Error).message}`, { source }, { cause: e });
  }
  return parseScenario(doc, source);
}

/** The folder of bundled scenarios (packages/sim/scenarios). */
export const BUNDLED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');

/** Bundled scenarios: name and one-line description, sorted by name. */
export function listBundled(): { name: string; description: string; file: string }[] {
  return readdirSync(BUNDLED_DIR)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((f) => {
      const file = join(BUNDLED_DIR, f);
      const sc = parseScenarioText(readFileSync(file, 'utf8'), f);
      return { name: sc.name, description: sc.description.split('\n')[0], file };
    });
}

/** Load a scenario by bundled name (e.g. "halving") or file path. */
export function loadScenario(nameOrFile: string): Scenario {
  let file = nameOrFile;
  if (!existsSync(file)) {
    const found = ['.yaml', '.yml', '.json'].map((e) => join(BUNDLED_DIR, `${nameOrFile}${e}`)).find((f) => existsSync(f));
    if (!found) {
      const known = existsSync(BUNDLED_DIR) ? readdirSync(BUNDLED_DIR).map((f) => basename(f, extname(f))) : [];
      throw new SimError('SCENARIO_NOT_FOUND', `no scenario file or bundled scenario named "${nameOrFile}"`, { name: nameOrFile, bundled: known });
    }
    file = found;
  }
  return parseScenarioText(readFileSync(file, 'utf8'), file);
}
