/**
 * The localnet's declarative scenario: which subnets run, with which validators (and their stakes),
 * which miners (and their quality), which extra wallets are funded and who stakes to whom.
 *
 * ```json
 * {
 *   "subnets": [
 *     { "name": "template", "kit": "template", "hyperparameters": { "commit_reveal_weights_enabled": false },
 *       "validators": [{ "stake": "1000" }, { "stake": "750" }],
 *       "miners": [{ "behaviour": "good" }, { "behaviour": "slow" }, { "behaviour": "wrong", "count": 2 }] }
 *   ],
 *   "wallets": [{ "name": "nominator", "balance": "500" }],
 *   "stakes": [{ "wallet": "nominator", "subnet": "template", "validator": 0, "amount": "100" }]
 * }
 * ```
 * Amounts are TAO as decimal strings (or numbers). Wallet names default to the localnet's: validators
 * share the `validator` coldkey (hotkeys `<subnet>-<i>`), miners of one quality share
 * `miner-<behaviour>` (hotkey `<subnet>`, then `<subnet>-<j>`). Every key is derived from
 * `//Localnet//<wallet>[//<hotkey>]`, so the same scenario gives the same addresses on every run.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseTao } from '@tensorium/sdk';
import { KIT_NAMES, MINER_BEHAVIOURS, type KitName, type MinerBehaviour } from './kits.js';

export class ScenarioError extends Error {
  constructor(
    readonly code: 'SCENARIO_INVALID' | 'SCENARIO_UNREADABLE',
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}

const tao = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const rao = parseTao(String(v));
    if (rao < 0n) throw new Error('negative');
    return rao;
  } catch {
    ctx.addIssue({ code: 'custom', message: `not an amount of TAO: ${JSON.stringify(v)}` });
    return z.NEVER;
  }
});
const name = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,31}$/, 'lowercase letters, digits, "-" or "_" (at most 32)');

const subnetSchema = z
  .object({
    name: name.optional(),
    kit: z.enum(KIT_NAMES),
    hyperparameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    validators: z.array(z.object({ wallet: name.optional(), hotkey: name.optional(), stake: tao }).strict()).min(1, 'a subnet needs a validator'),
    miners: z.array(z.object({ behaviour: z.enum(MINER_BEHAVIOURS as [MinerBehaviour, ...MinerBehaviour[]]), wallet: name.optional(), count: z.number().int().min(1).max(16).default(1) }).strict()).min(1, 'a subnet needs a miner'),
  })
  .strict();

const scenarioSchema = z
  .object({
    subnets: z.array(subnetSchema).min(1, 'at least one subnet'),
    wallets: z.array(z.object({ name, balance: tao }).strict()).default([]),
    stakes: z.array(z.object({ wallet: name, subnet: name, validator: z.number().int().min(0).default(0), amount: tao }).strict()).default([]),
  })
  .strict();

/** One neuron of a resolved scenario: the wallet and hotkey names it uses. */
export interface ScenarioNeuron {
  readonly wallet: string;
  readonly hotkey: string;
}

export interface ScenarioSubnet {
  readonly name: string;
  readonly kit: KitName;
  readonly hyperparameters: Readonly<Record<string, string | number | boolean>>;
  readonly validators: readonly (ScenarioNeuron & { readonly stake: bigint })[];
  readonly miners: readonly (ScenarioNeuron & { readonly behaviour: MinerBehaviour })[];
}

/** A validated scenario with every default filled in. */
export interface Scenario {
  readonly subnets: readonly ScenarioSubnet[];
  readonly wallets: readonly { readonly name: string; readonly balance: bigint }[];
  readonly stakes: readonly { readonly wallet: string; readonly subnet: string; readonly validator: number; readonly amount: bigint }[];
}

const RESERVED_WALLETS = new Set(['owner']);

/** Validate a parsed scenario document; errors name the field (`subnets[1].miners[0].behaviour: …`). */
export function parseScenario(doc: unknown): Scenario {
  const r = scenarioSchema.safeParse(doc);
  if (!r.success) {
    const issue = r.error.issues[0];
    const path = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    throw new ScenarioError('SCENARIO_INVALID', `${path || 'scenario'}: ${issue.message}`, { path, issues: r.error.issues.length });
  }
  const raw = r.data;
  const subnets: ScenarioSubnet[] = raw.subnets.map((s) => {
    const sn = s.name ?? s.kit;
    const validators = s.validators.map((v, i) => ({ wallet: v.wallet ?? 'validator', hotkey: v.hotkey ?? `${sn}-${i}`, stake: v.stake }));
    const perWallet = new Map<string, number>();
    const miners: (ScenarioNeuron & { behaviour: MinerBehaviour })[] = [];
    for (const m of s.miners) {
      for (let c = 0; c < m.count; c++) {
        const wallet = m.wallet ?? `miner-${m.behaviour}`;
        const j = perWallet.get(wallet) ?? 0;
        perWallet.set(wallet, j + 1);
        miners.push({ wallet, hotkey: j === 0 ? sn : `${sn}-${j}`, behaviour: m.behaviour });
      }
    }
    return { name: sn, kit: s.kit, hyperparameters: s.hyperparameters ?? {}, validators, miners };
  });
  const fail = (path: string, message: string): never => {
    throw new ScenarioError('SCENARIO_INVALID', `${path}: ${message}`, { path });
  };
  const names = new Set<string>();
  subnets.forEach((s, i) => {
    if (names.has(s.name)) fail(`subnets[${i}].name`, `"${s.name}" is used twice (give each subnet a distinct name)`);
    names.add(s.name);
    const hotkeys = new Set<string>();
    for (const n of [...s.validators, ...s.miners]) {
      if (RESERVED_WALLETS.has(n.wallet)) fail(`subnets[${i}]`, `wallet "${n.wallet}" is the subnet owner's`);
      const id = `${n.wallet}/${n.hotkey}`;
      if (hotkeys.has(id)) fail(`subnets[${i}]`, `hotkey ${id} is used by two neurons`);
      hotkeys.add(id);
    }
  });
  const wallets = new Set(raw.wallets.map((w) => w.name));
  raw.wallets.forEach((w, i) => {
    if (RESERVED_WALLETS.has(w.name)) fail(`wallets[${i}].name`, `"${w.name}" is reserved`);
  });
  raw.stakes.forEach((st, i) => {
    if (!wallets.has(st.wallet)) fail(`stakes[${i}].wallet`, `"${st.wallet}" is not declared under "wallets"`);
    const sn = subnets.find((s) => s.name === st.subnet);
    if (!sn) return fail(`stakes[${i}].subnet`, `no subnet named "${st.subnet}"`);
    if (st.validator >= sn.validators.length) fail(`stakes[${i}].validator`, `subnet "${st.subnet}" has ${sn.validators.length} validator(s)`);
  });
  return { subnets, wallets: raw.wallets, stakes: raw.stakes };
}

/** Read and validate a scenario file (JSON). */
export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ScenarioError('SCENARIO_UNREADABLE', `cannot read the scenario ${path}: ${(e as Error).message}`, { path });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError('SCENARIO_INVALID', `${path} is not JSON: ${(e as Error).message}`, { path });
  }
  return parseScenario(doc);
}

/**
 * The default localnet: the three example subnets, each with `validators` validators (1000 TAO,
 * 750, 500, 250…) and one miner of each quality.
 */
export function defaultScenario(validators = 2, kits: readonly KitName[] = KIT_NAMES): Scenario {
  return parseScenario({
    subnets: kits.map((kit) => ({
      kit,
      validators: Array.from({ length: validators }, (_, i) => ({ stake: String(1000 - 250 * Math.min(i, 3)) })),
      miners: MINER_BEHAVIOURS.map((behaviour) => ({ behaviour })),
    })),
  });
}
