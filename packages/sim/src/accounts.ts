/**
 * Deterministic account ids for the names in a scenario, and the calls the simulator submits.
 * Every call is a real RuntimeCall dispatched through the executive with a signed origin.
 */
import { blake2_256, bytesToHex, type TypeDef } from '@tensorium/primitives';
import type { Extrinsic } from '@tensorium/runtime/executive';
import type { AccountId, RuntimeCall } from '@tensorium/runtime/frame/pallet';
import type { Runtime } from '@tensorium/runtime/runtime';
import { SimError } from './errors.js';

const enc = new TextEncoder();

/** The account id of a label (blake2-256 of "tensorium-sim/<label>"). */
export function accountOf(label: string): AccountId {
  return bytesToHex(blake2_256(enc.encode(`tensorium-sim/${label}`)));
}

/** A wallet's coldkey (wallets are the names under genesis.balances, owners, traders). */
export const coldkeyOf = (wallet: string): AccountId => accountOf(`${wallet}/coldkey`);
/** A neuron's hotkey (`index` > 0: the extra hotkeys of a sybil miner). */
export const hotkeyOf = (neuron: string, index = 0): AccountId => accountOf(index === 0 ? `${neuron}/hotkey` : `${neuron}#${index}/hotkey`);
/** A subnet owner's hotkey (registered as UID 0 by register_network). */
export const ownerHotkeyOf = (subnet: string): AccountId => accountOf(`${subnet}/owner-hotkey`);
export const SUDO = accountOf('sudo');
export const AUTHOR = accountOf('author');

export const sub = (name: string, args: Record<string, unknown>): RuntimeCall => ({ pallet: 'SubtensorModule', name, args });
export const sudo = (call: RuntimeCall): RuntimeCall => ({ pallet: 'Sudo', name: 'sudo', args: { call } });
export const xt = (signer: AccountId, call: RuntimeCall): Extrinsic => ({ signer, call, len: 150 });

function isBig(t: TypeDef): boolean {
  if (t.kind === 'lazy') return isBig(t.resolve());
  if (t.kind !== 'primitive') return false;
  return (t as { big?: boolean }).big === true || ['u64', 'u128', 'i64', 'i128'].includes(t.prim);
}

/**
 * `AdminUtils.sudo_set_<param>` for a subnet with `value` converted to the argument's type, e.g.
 * `hyperparameterCall(rt, 1, 'yuma3_enabled', true)`. Calls without a netuid (subnet_limit) too.
 */
export function hyperparameterCall(runtime: Runtime, netuid: number | undefined, param: string, value: number | boolean): RuntimeCall {
  const name = `sudo_set_${param}`;
  const def = runtime.pallet('AdminUtils')?.calls.find((c) => c.name === name);
  if (!def) throw new SimError('SCENARIO_INVALID', `unknown hyperparameter "${param}" (no AdminUtils.${name})`, { param });
  const args: Record<string, unknown> = {};
  let valueSet = false;
  for (const [argName, type] of def.args) {
    if (/netuid/.test(argName) && netuid !== undefined && !('netuid' in args)) {
      args[argName] = netuid;
      continue;
    }
    if (valueSet) throw new SimError('SCENARIO_INVALID', `hyperparameter "${param}" takes more than one value`, { param, args: def.args.map(([n]) => n) });
    args[argName] = typeof value === 'boolean' ? value : isBig(type) ? BigInt(Math.round(value)) : value;
    valueSet = true;
  }
  return { pallet: 'AdminUtils', name, args };
}
