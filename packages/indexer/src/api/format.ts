/** Row → API object mappers and the decimal helpers they need (all amounts as strings). */
import { ratioDecimal } from '../chain/codec.js';
import type { Axon, Block, ChainEvent, Extrinsic, JsonValue, Neuron } from './types.js';

/** A `blocks` row: the Block answer without `finalized` (also has the block's network figures, unused here). */
export type BlockRow = Omit<Block, 'finalized'>;
export function blockOf(r: BlockRow, finalized: number): Block {
  return {
    block_number: Number(r.block_number), hash: r.hash, parent_hash: r.parent_hash, state_root: r.state_root, extrinsics_root: r.extrinsics_root,
    timestamp: Number(r.timestamp), extrinsic_count: Number(r.extrinsic_count), event_count: Number(r.event_count), finalized: Number(r.block_number) <= finalized,
  };
}

export interface ExtrinsicRow {
  block_number: number;
  idx: number;
  hash: string;
  signer: string | null;
  call_module: string;
  call_name: string;
  args: string;
  success: number;
  error_module: string | null;
  error_name: string | null;
  fee: string;
  tip: string;
  nonce: number | null;
  timestamp: number;
}
export function extrinsicOf(r: ExtrinsicRow): Extrinsic {
  return {
    id: `${r.block_number}-${r.idx}`, block_number: Number(r.block_number), index: Number(r.idx), hash: r.hash, signer: r.signer, call_module: r.call_module,
    call_name: r.call_name, args: JSON.parse(r.args) as JsonValue, success: Number(r.success) === 1,
    // the indexer writes error_module and error_name together (both null on success)
    error: r.error_name && r.error_module !== null ? { module: r.error_module, name: r.error_name } : null, fee: r.fee, tip: r.tip, nonce: r.nonce === null ? null : Number(r.nonce), timestamp: Number(r.timestamp),
  };
}

export interface EventRow {
  block_number: number;
  idx: number;
  extrinsic_index: number | null;
  pallet: string;
  name: string;
  data: string;
  timestamp: number;
}
export function eventOf(r: EventRow): ChainEvent {
  return {
    id: `${r.block_number}-${r.idx}`, block_number: Number(r.block_number), index: Number(r.idx), extrinsic_index: r.extrinsic_index === null ? null : Number(r.extrinsic_index),
    extrinsic_id: r.extrinsic_index === null ? null : `${r.block_number}-${r.extrinsic_index}`, pallet: r.pallet, name: r.name, data: JSON.parse(r.data) as JsonValue, timestamp: Number(r.timestamp),
  };
}

/** A `neurons` row: the Neuron answer's fields as stored (booleans as 0/1, the axon as JSON, no derived role). */
export type NeuronRow = Omit<Neuron, 'active' | 'validator_permit' | 'is_immune' | 'axon' | 'role'> & {
  active: number;
  validator_permit: number;
  is_immune: number;
  axon: string | null;
};
export function neuronOf(r: NeuronRow): Neuron {
  const permit = Number(r.validator_permit) === 1;
  return {
    netuid: Number(r.netuid), uid: Number(r.uid), hotkey: r.hotkey, coldkey: r.coldkey, active: Number(r.active) === 1, validator_permit: permit,
    role: permit ? 'validator' : 'miner', stake: r.stake, stake_weight: r.stake_weight, rank: r.rank, trust: r.trust, validator_trust: r.validator_trust,
    consensus: r.consensus, incentive: r.incentive, dividends: r.dividends, emission: r.emission, last_update: Number(r.last_update),
    registered_at_block: Number(r.registered_at_block), is_immune: Number(r.is_immune) === 1, axon: r.axon ? (JSON.parse(r.axon) as Axon) : null,
    block_number: Number(r.block_number),
  };
}

/** A 9-decimal string ("1.234000000") as an integer of nano units. */
export function nanos(dec: string): bigint {
  const neg = dec.startsWith('-');
  const [i, f = ''] = (neg ? dec.slice(1) : dec).split('.');
  const v = BigInt(i || '0') * 1_000_000_000n + BigInt((f + '000000000').slice(0, 9));
  return neg ? -v : v;
}

/** Percent change from `from` to `to` (decimal strings) as a decimal string, or null when `from` is 0. */
export function percentChange(from: string | undefined, to: string): string | null {
  if (from === undefined) return null;
  const a = nanos(from);
  const b = nanos(to);
  if (a === 0n) return null;
  const d = (b - a) * 100n;
  const neg = d < 0n;
  const s = ratioDecimal(neg ? -d : d, a, 6);
  return neg && s !== '0.000000' ? '-' + s : s;
}
