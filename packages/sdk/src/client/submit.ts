/**
 * The submission pipeline (spec/sdk.md §4.6, §10): sign with a wallet Keypair → submit and watch →
 * wait for inclusion (or finalization) → decode this extrinsic's events → the fee from
 * `TransactionPayment.TransactionFeePaid` → a typed result, or a thrown {@link ChainError} naming
 * the module error (`SubtensorModule.NotEnoughBalanceToStake`). Never a silent `false`.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import type { Codec } from '@polkadot/types/types';
import type { Keypair } from '../wallet/keypair.js';
import type { TensoriumClient } from './client.js';
import { ChainError, ParameterError, TransactionError } from './errors.js';

/** A JSON-friendly value: u64/u128 as bigint, accounts as SS58, structs as objects. */
export type PlainValue = string | number | bigint | boolean | null | readonly PlainValue[] | { readonly [k: string]: PlainValue };

export interface DecodedEvent {
  /** Pallet name as in the metadata, e.g. `SubtensorModule`. */
  readonly pallet: string;
  /** Event name, e.g. `StakeAdded`. */
  readonly name: string;
  /** Fields by name (or `0`, `1`, … for unnamed fields). */
  readonly data: Readonly<Record<string, PlainValue>>;
}

export type WaitFor = 'inBlock' | 'finalized';

/** Options common to every write action. */
export interface TxParameters {
  /** The keypair that signs (coldkey for most calls, hotkey for weights/axon/commitments). */
  readonly signer: Keypair;
  /** Return once the extrinsic is in a block (default) or once that block is finalized. */
  readonly waitFor?: WaitFor;
  /** Tip in rao. */
  readonly tip?: bigint;
  /** Status updates while waiting (`ready`, `broadcast`, `inBlock`, `finalized`). */
  readonly onStatus?: (status: string) => void;
}

export interface TxResult {
  /** Hash of the block that included the extrinsic (0x…). */
  readonly blockHash: string;
  readonly blockNumber: number;
  /** Extrinsic hash (0x…). */
  readonly txHash: string;
  /** Index of the extrinsic within its block. */
  readonly extrinsicIndex: number;
  /** `block-index`, the identifier btcli prints. */
  readonly extrinsicId: string;
  /** This extrinsic's events, decoded. */
  readonly events: readonly DecodedEvent[];
  /** Fee actually paid in rao (TransactionFeePaid.actual_fee; 0 for Pays::No calls). */
  readonly fee: bigint;
  readonly tip: bigint;
}

const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });

/** A @polkadot/keyring pair for a wallet keypair (sr25519, ed25519-expanded secret). */
export function toKeyringPair(kp: Keypair): KeyringPair {
  if (!kp.secretKey) throw new ParameterError('the signing key has no private key (public-only keyfile)', { address: kp.ss58Address }, 'use a wallet with its coldkey/hotkey file, not only the pub.txt');
  return keyring.addFromPair({ publicKey: kp.publicKey, secretKey: kp.secretKey });
}

/** A codec → plain JS value: integers wider than 32 bits as bigint, accounts as SS58. */
export function toPlain(codec: Codec): PlainValue {
  const c = codec as Codec & { toBigInt?: () => bigint; bitLength?: () => number; toRawType?: () => string };
  const raw = c.toRawType?.() ?? '';
  if (typeof c.toBigInt === 'function' && typeof c.bitLength === 'function') {
    return c.bitLength() > 32 ? c.toBigInt() : Number(c.toBigInt());
  }
  if (raw === 'AccountId' || raw === 'AccountId32' || raw === 'AccountId20') return codec.toString();
  if (codec instanceof Map) {
    const out: Record<string, PlainValue> = {};
    for (const [k, v] of codec as unknown as Map<string, Codec>) out[k] = toPlain(v);
    return out;
  }
  if (Array.isArray(codec)) return (codec as unknown as Codec[]).map((v) => toPlain(v));
  const j = codec.toJSON();
  return j as PlainValue;
}

function decodeEvent(event: { section: string; method: string; data: Codec[] & { names?: string[] | null }; meta: { fields: { name: { isSome: boolean; unwrap(): { toString(): string } } }[] } }, palletNames: Map<string, string>): DecodedEvent {
  const data: Record<string, PlainValue> = {};
  const fields = event.meta.fields;
  event.data.forEach((v, i) => {
    const f = fields[i];
    const name = f && f.name.isSome ? f.name.unwrap().toString() : String(i);
    data[name] = toPlain(v);
  });
  return { pallet: palletNames.get(event.section) ?? event.section, name: event.method, data };
}

/** section (camelCase, as @polkadot/api names pallets) → the metadata's pallet name. */
function palletNameMap(client: TensoriumClient): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of client.api.runtimeMetadata.asLatest.pallets) {
    const name = p.name.toString();
    m.set(name.charAt(0).toLowerCase() + name.slice(1), name);
  }
  return m;
}

/**
 * Sign, submit and wait for `call`; resolve with the inclusion result or throw a typed error.
 * @example
 * const r = await submitCall(client, client.api.tx.balances.transferKeepAlive(dest, 10n ** 9n), { signer });
 */
export async function submitCall(client: TensoriumClient, call: SubmittableExtrinsic<'promise'>, params: TxParameters): Promise<TxResult> {
  const pair = toKeyringPair(params.signer);
  const waitFor = params.waitFor ?? 'inBlock';
  const api = client.api;
  const pallets = palletNameMap(client);
  const tip = params.tip ?? 0n;
  const { blockHash, result } = await new Promise<{ blockHash: string; result: ISubmittableResult }>((resolve, reject) => {
    let unsub: (() => void) | undefined;
    let done = false;
    const finish = (f: () => void): void => {
      if (done) return;
      done = true;
      unsub?.();
      f();
    };
    call
      .signAndSend(pair, { nonce: -1, tip }, (r: ISubmittableResult) => {
        params.onStatus?.(r.status.type.charAt(0).toLowerCase() + r.status.type.slice(1));
        if (r.status.isInvalid || r.status.isDropped || r.status.isUsurped) {
          finish(() => reject(new TransactionError(`transaction ${r.status.type.toLowerCase()}`, { status: r.status.type })));
        } else if (r.status.isInBlock && waitFor === 'inBlock') {
          finish(() => resolve({ blockHash: r.status.asInBlock.toHex(), result: r }));
        } else if (r.status.isFinalized) {
          finish(() => resolve({ blockHash: r.status.asFinalized.toHex(), result: r }));
        }
      })
      .then((u) => {
        unsub = u;
        if (done) u();
      })
      .catch((e: unknown) => finish(() => reject(new TransactionError((e as Error)?.message ?? String(e), {}, e))));
  });
  const header = await api.rpc.chain.getHeader(blockHash);
  const blockNumber = header.number.toNumber();
  const events = result.events.map(({ event }) => decodeEvent(event as unknown as Parameters<typeof decodeEvent>[0], pallets));
  const extrinsicIndex = result.txIndex ?? 0;
  let fee = 0n;
  for (const e of events) if (e.pallet === 'TransactionPayment' && e.name === 'TransactionFeePaid') fee = BigInt((e.data.actual_fee ?? e.data['1'] ?? 0) as bigint | number);
  const base = { blockHash, blockNumber, txHash: result.txHash.toHex(), extrinsicIndex, extrinsicId: `${blockNumber}-${extrinsicIndex}`, events, fee, tip };
  const failed = result.dispatchError;
  if (failed) {
    if (failed.isModule) {
      const meta = api.registry.findMetaError(failed.asModule);
      throw new ChainError(pallets.get(meta.section) ?? meta.section, meta.name, meta.docs.join(' ').trim(), { ...base, events: undefined });
    }
    const kind = failed.type;
    const inner = (failed as unknown as Record<string, unknown>)[`as${kind}`] as Codec | undefined;
    const sub = inner && typeof inner.toString === 'function' ? inner.toString() : '';
    const name = sub && /^[A-Za-z]+$/.test(sub) ? sub : kind;
    throw new ChainError(kind, name, '', { ...base, events: undefined });
  }
  return base;
}

/** A module event's data in `result.events`, or undefined. */
export function findEvent(result: TxResult, pallet: string, name: string): DecodedEvent | undefined {
  return result.events.find((e) => e.pallet === pallet && e.name === name);
}
