import type { TensoriumClient } from '../client.js';
import { ChainError, ParameterError, type TransactionError } from '../errors.js';
import { camel, HYPERPARAMETERS } from '../hyperparameters.js';
import { submitCall, type TxParameters, type TxResult } from '../submit.js';
import { assertNetuid } from '../util.js';

export interface SetHyperparameterParameters extends TxParameters {
  readonly netuid: number;
  /** btcli name (`tempo`, `kappa`, `weights_rate_limit`, …) or an AdminUtils call name (`sudo_set_tempo`). */
  readonly name: string;
  /** Value as text or number/bigint/boolean; converted to the call's argument type. */
  readonly value: string | number | bigint | boolean;
  /** Wrap in `Sudo.sudo` (root) instead of signing as the subnet owner (default false). */
  readonly sudo?: boolean;
}
export interface SetHyperparameterReturnType extends TxResult {
  /** The AdminUtils call used. */
  readonly call: string;
}
export type SetHyperparameterErrorType = ChainError | TransactionError | ParameterError;

interface CallMeta {
  args: { name: { toString(): string }; typeName: { toString(): string }; type: { toString(): string } }[];
}

function coerce(value: SetHyperparameterParameters['value'], typeName: string, name: string): string | number | bigint | boolean {
  if (/bool/i.test(typeName)) {
    if (typeof value === 'boolean') return value;
    const s = String(value).toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(s)) return true;
    if (['false', '0', 'no', 'off'].includes(s)) return false;
    throw new ParameterError(`${name}: "${value}" is not a boolean`, { value: String(value) });
  }
  if (typeof value === 'boolean') throw new ParameterError(`${name}: expected a number`, { value });
  const s = String(value).trim();
  if (!/^-?\d+$/.test(s)) throw new ParameterError(`${name}: "${value}" is not an integer`, { value: s }, 'pass the raw on-chain integer (e.g. rao for burns, u16 for kappa)');
  return BigInt(s);
}

/**
 * Set a subnet hyperparameter. Chain call: `AdminUtils.sudo_set_<param>(netuid, value)` signed by
 * the subnet owner, or wrapped in `Sudo.sudo(call)` with `sudo: true` (root). The call and its
 * argument types come from the node's metadata.
 * @example
 * await setHyperparameter(client, { signer: ownerColdkey, netuid: 1, name: 'weights_rate_limit', value: 0 });
 * await setHyperparameter(client, { signer: alice, netuid: 1, name: 'tempo', value: 20, sudo: true });
 */
export async function setHyperparameter(client: TensoriumClient, params: SetHyperparameterParameters): Promise<SetHyperparameterReturnType> {
  assertNetuid(params.netuid);
  const callName = params.name.startsWith('sudo_') ? params.name : HYPERPARAMETERS[params.name]?.setter;
  if (!callName) throw new ParameterError(`unknown or read-only hyperparameter "${params.name}"`, { name: params.name }, `settable: ${Object.entries(HYPERPARAMETERS).filter(([, d]) => d.setter).map(([n]) => n).join(', ')}`);
  const admin = client.api.tx.adminUtils as unknown as Record<string, (((...a: unknown[]) => import('@polkadot/api/types').SubmittableExtrinsic<'promise'>) & { meta: CallMeta }) | undefined>;
  const fn = admin[camel(callName)];
  if (!fn) throw new ParameterError(`the chain has no AdminUtils.${callName}`, { call: callName });
  const args = fn.meta.args;
  const values: unknown[] = [];
  for (const a of args) {
    const argName = a.name.toString();
    if (argName === 'netuid') values.push(params.netuid);
    else values.push(coerce(params.value, `${a.typeName.toString()} ${a.type.toString()}`, params.name));
  }
  const call = fn(...values);
  const tx = params.sudo ? client.api.tx.sudo.sudo(call) : call;
  const r = await submitCall(client, tx, params);
  if (params.sudo) {
    const done = r.events.find((e) => e.pallet === 'Sudo' && e.name === 'Sudid');
    const res = done?.data['sudo_result'] ?? done?.data['0'];
    if (res && typeof res === 'object' && !Array.isArray(res) && 'err' in res) {
      const err = (res as { err: unknown }).err;
      const mod = err && typeof err === 'object' && 'module' in err ? (err as { module: { index: number; error: string } }).module : undefined;
      if (mod) {
        const meta = client.api.registry.findMetaError({ index: client.api.createType('u8', mod.index), error: client.api.createType('[u8;4]', mod.error) });
        throw new ChainError(meta.section.charAt(0).toUpperCase() + meta.section.slice(1), meta.name, meta.docs.join(' '), { blockHash: r.blockHash });
      }
      throw new ChainError('Sudo', JSON.stringify(err), 'the sudo-wrapped call failed', { blockHash: r.blockHash });
    }
  }
  return { ...r, call: callName };
}
