/**
 * Genesis state: funded accounts (Balances and SubtensorModule issuance agree), the sudo key, and
 * the root subnet with the preset's global parameters.
 */
import type { Preset } from '@tensorium/params';
import type { AccountId } from './frame/pallet.js';
import { setFree } from './pallets/balances/currency.js';
import { storage as balances } from './pallets/balances/storage.js';
import { storage as sudo } from './pallets/sudo/index.js';
import { storage as subtensor } from './pallets/subtensor/storage.js';
import type { State } from './state/state.js';
import { subtensorGenesis } from './pallets/subtensor/genesis.js';

export interface GenesisConfig {
  /** Accounts and their free balances in rao. */
  readonly balances: readonly (readonly [AccountId, bigint])[];
  /** The sudo key (Alice on dev chains). */
  readonly sudo?: AccountId;
}


export function buildGenesis(s: State, config: GenesisConfig, preset: Preset): void {
  let total = 0n;
  for (const [who, amount] of config.balances) {
    setFree({ state: s }, who, amount);
    total += amount;
  }
  balances.TotalIssuance.set(s, total);
  subtensor.TotalIssuance.set(s, total);
  if (config.sudo) sudo.Key.set(s, config.sudo);
  subtensorGenesis(s, preset);
}
