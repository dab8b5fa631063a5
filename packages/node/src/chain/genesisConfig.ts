/**
 * Genesis from a config file (`tensorium node --chain <file.json>`): a preset, overrides of its
 * fields, funded accounts and the sudo key. Validated with zod; every error names the bad field.
 *
 *   {
 *     "name": "my-localnet",                 // system_chain (default "Development")
 *     "preset": "fast",                      // fast | mainnet
 *     "overrides": { "initialTempo": 20, "networkMinLockCost": "100000000000" },
 *     "devAccounts": true,                   // fund //Alice..//Ferdie with 1,000,000 TAO each (default true)
 *     "balances": { "5F...": "5000000000000" },  // SS58 or 0x-hex account -> rao
 *     "sudo": "5F..."                         // default //Alice when devAccounts, else none
 *   }
 */
import { readFileSync } from 'node:fs';
import { decodeAddress } from '@polkadot/util-crypto';
import { getPreset, type Preset } from '@tensorium/params';
import type { GenesisConfig } from '@tensorium/runtime/genesis';
import { z } from 'zod';
import { toHex } from '../storage/hashing.js';
import { DEV_BALANCE } from './chain.js';
import { devAccounts } from './devAccounts.js';

export interface LoadedGenesis {
  readonly preset: Preset;
  readonly genesis: GenesisConfig;
  readonly chainName?: string;
}

export class GenesisConfigError extends Error {
  readonly code = 'GENESIS_CONFIG_INVALID';
  constructor(
    message: string,
    readonly details: { readonly path?: string; readonly issues?: readonly string[] } = {},
  ) {
    super(message);
    this.name = 'GenesisConfigError';
  }
}

const account = z.string().transform((s, ctx) => {
  try {
    const id = decodeAddress(s);
    if (id.length !== 32) throw new Error('not 32 bytes');
    return toHex(id).slice(2);
  } catch {
    ctx.addIssue({ code: 'custom', message: `not an SS58 address or 32-byte hex account: ${s}` });
    return z.NEVER;
  }
});
const rao = z.union([z.string().regex(/^\d+$/, 'a decimal string of rao'), z.number().int().nonnegative()]).transform((v) => BigInt(v));

const fileSchema = z
  .object({
    name: z.string().min(1).max(64).optional(),
    preset: z.enum(['fast', 'mainnet']).default('fast'),
    overrides: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    devAccounts: z.boolean().default(true),
    balances: z.record(z.string(), rao).default({}),
    sudo: account.optional(),
  })
  .strict();

/** Apply overrides to a preset, keeping each field's type (bigint fields accept numbers or strings). */
function applyOverrides(base: Preset, overrides: Record<string, string | number | boolean>): Preset {
  const out: Record<string, unknown> = { ...base };
  const issues: string[] = [];
  for (const [k, v] of Object.entries(overrides)) {
    if (k === 'name' || !(k in base)) {
      issues.push(`overrides.${k}: unknown preset field (known: ${Object.keys(base).filter((x) => x !== 'name').join(', ')})`);
      continue;
    }
    const current = (base as unknown as Record<string, unknown>)[k];
    if (typeof current === 'bigint') {
      if ((typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && /^\d+$/.test(v))) out[k] = BigInt(v);
      else issues.push(`overrides.${k}: expected a non-negative integer`);
    } else if (typeof current === 'number') {
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) out[k] = v;
      else issues.push(`overrides.${k}: expected a non-negative integer`);
    } else if (typeof current === 'boolean') {
      if (typeof v === 'boolean') out[k] = v;
      else issues.push(`overrides.${k}: expected true or false`);
    }
  }
  if (issues.length) throw new GenesisConfigError(`invalid genesis config: ${issues.join('; ')}`, { issues });
  return Object.freeze(out) as unknown as Preset;
}

/** Validate a parsed genesis config object. */
export function parseGenesisConfig(raw: unknown): LoadedGenesis {
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
    throw new GenesisConfigError(`invalid genesis config: ${issues.join('; ')}`, { issues });
  }
  const c = r.data;
  const preset = applyOverrides(getPreset(c.preset), c.overrides);
  const balances = new Map<string, bigint>();
  if (c.devAccounts) for (const a of devAccounts()) balances.set(a, DEV_BALANCE);
  const issues: string[] = [];
  for (const [addr, amount] of Object.entries(c.balances)) {
    const id = account.safeParse(addr);
    if (!id.success) issues.push(`balances.${addr}: not an SS58 address or 32-byte hex account`);
    else balances.set(id.data, (balances.get(id.data) ?? 0n) + amount);
  }
  if (issues.length) throw new GenesisConfigError(`invalid genesis config: ${issues.join('; ')}`, { issues });
  const sudo = c.sudo ?? (c.devAccounts ? devAccounts()[0] : undefined);
  return { preset, genesis: { balances: [...balances.entries()], sudo }, chainName: c.name };
}

/** Read and validate a genesis config file. */
export function loadGenesisConfig(path: string): LoadedGenesis {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GenesisConfigError(`cannot read genesis config ${path}: ${(e as Error).message}`, { path });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new GenesisConfigError(`genesis config ${path} is not valid JSON: ${(e as Error).message}`, { path });
  }
  try {
    return parseGenesisConfig(raw);
  } catch (e) {
    if (e instanceof GenesisConfigError) throw new GenesisConfigError(`${path}: ${e.message}`, { ...e.details, path });
    throw e;
  }
}
