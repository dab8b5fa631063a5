/**
 * The `BlockBuilder` runtime API over `state_call` (and `system_dryRun`, which is its `apply_extrinsic`):
 * - `apply_extrinsic(xt)`: a dry run — the extrinsic applied to a throwaway copy of the state after block
 *   `at`, as it would be in the next block; answers `ApplyExtrinsicResult`
 *   (`Result<Result<(), DispatchError>, TransactionValidityError>`) and changes nothing.
 * - `inherent_extrinsics(InherentData)`: the block's inherents for the given inherent data — the timestamp
 *   (`timstap0`): `Timestamp.set(max(data, Now + MinimumPeriod))`, as pallet_timestamp creates it.
 * - `check_inherents(block, InherentData)`: pallet_timestamp's check of the block's `Timestamp.set`
 *   against the data: `TooFarInFuture` beyond 30 s of drift, `TooEarly` before `Now + MinimumPeriod`.
 * `finalize_block` is not answered: it only means something inside block production, which this node
 * does itself (Substrate's own state_call of it runs against a finished block).
 */
import { decode, decodePrefix, encode, T, type EnumValue, type TypeDef } from '@tensorium/primitives';
import { InvalidTransaction, UnknownTransaction } from '@tensorium/runtime/executive';
import { dispatchErrorValue } from '@tensorium/runtime/frame/runtimeCall';
import { storage as timestampStorage, setCall as timestampCall } from '@tensorium/runtime/pallets/timestamp/index';
import { DispatchErrorType } from '@tensorium/runtime/types';
import type { Chain } from '../chain/chain.js';
import { HeaderType } from '../chain/header.js';
import { encodeUnsignedExtrinsic } from '../extrinsic/codec.js';
import { TransactionValidityErrorType } from '../metadata/runtimeTypes.js';
import { PoolError, type DecodedExtrinsic } from '../txpool/pool.js';
import { RpcError } from './server.js';
import type { RuntimeApiHost } from './subtensorApis.js';

/** `sp_runtime::ApplyExtrinsicResult`. */
export const ApplyExtrinsicResultType: TypeDef = T.enum('Result', [
  { name: 'Ok', fields: [T.enum('Result', [{ name: 'Ok', fields: [T.tuple()] }, { name: 'Err', fields: [DispatchErrorType] }])] },
  { name: 'Err', fields: [TransactionValidityErrorType] },
]);
/** `sp_inherents::InherentData`: a map of 8-byte identifiers to SCALE-encoded data. */
export const InherentDataType: TypeDef = T.vec(T.tuple(T.byteArray(8), T.bytes));
/** `sp_inherents::CheckInherentsResult`. */
export const CheckInherentsResultType: TypeDef = T.struct('CheckInherentsResult', { okay: T.bool, fatal_error: T.bool, errors: InherentDataType });
/** `sp_timestamp::InherentError`. */
export const TimestampInherentErrorType: TypeDef = T.enum('InherentError', ['TooEarly', 'TooFarInFuture']);

/** `timstap0`, pallet_timestamp's inherent identifier. */
export const TIMESTAMP_INHERENT_ID = Buffer.from('timstap0').toString('hex');
/** How far ahead of the checker's clock a block's time may be (pallet_timestamp's MAX_TIMESTAMP_DRIFT_MILLIS). */
export const MAX_TIMESTAMP_DRIFT_MS = 30_000n;

const codecError = (e: unknown): RpcError => new RpcError(4002, `Client error: Execution failed: Runtime error: Codec error: ${(e as Error)?.message ?? String(e)}`);
const execError = (message: string): RpcError => new RpcError(4002, `Client error: Execution failed: Execution aborted due to trap: ${message}`);
const hexKey = (k: unknown): string => String(k).replace(/^0x/, '').toLowerCase();

/** The runtime's transaction-validity errors as `TransactionValidityError` values (undefined: not one). */
export function validityErrorValue(e: unknown): EnumValue | undefined {
  if (e instanceof InvalidTransaction) {
    const inv = e.reason === 'Custom' ? { type: 'Custom', value: e.custom ?? 0 } : { type: e.reason === 'BadSigner' ? 'BadProof' : e.reason };
    return { type: 'Invalid', value: inv };
  }
  if (e instanceof UnknownTransaction) return { type: 'Unknown', value: e.reason === 'Custom' ? { type: 'Custom', value: 0 } : { type: e.reason } };
  // a signature that does not verify
  if (e instanceof PoolError && e.code === 1010) return { type: 'Invalid', value: { type: 'BadProof' } };
  return undefined;
}

/** Splits the SCALE of `Vec<UncheckedExtrinsic>` into each extrinsic's own bytes (length prefix included). */
function splitExtrinsics(data: Uint8Array): { xts: Uint8Array[]; used: number } {
  const [count, head] = decodePrefix(T.compact(T.u32), data) as [number, number];
  let at = head;
  const xts: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const [, used] = decodePrefix(T.bytes, data.subarray(at));
    xts.push(data.slice(at, at + used));
    at += used;
  }
  return { xts, used: at };
}

function inherentData(bytes: Uint8Array): Map<string, Uint8Array> {
  try {
    const entries = decode(InherentDataType, bytes) as [unknown, Uint8Array][];
    return new Map(entries.map(([k, v]) => [hexKey(k), v]));
  } catch (e) {
    throw codecError(e);
  }
}

/** The timestamp the data carries (ms); a missing or malformed entry aborts, as the pallet's `expect` does. */
function timestampOf(data: Map<string, Uint8Array>): bigint {
  const raw = data.get(TIMESTAMP_INHERENT_ID);
  if (!raw) throw execError('Timestamp inherent data must be provided');
  try {
    return decode(T.u64, raw) as bigint;
  } catch {
    throw execError('Timestamp inherent data not correctly encoded');
  }
}

/** The earliest time the next block may carry: the parent's `Now` + MinimumPeriod (pallet_timestamp). */
const earliestNext = (ctx: BlockBuilderContext): bigint => ctx.host.view((s) => timestampStorage.Now.get(s)) + BigInt(ctx.chain.preset.minimumPeriodMs);

export interface BlockBuilderContext {
  readonly chain: Chain;
  readonly decode: (bytes: Uint8Array) => DecodedExtrinsic;
  /** The state after block `at`. */
  readonly host: RuntimeApiHost;
  readonly at: string;
}

/** Answers a `BlockBuilder_*` call, or undefined when `method` is not one this module answers. */
export function blockBuilderApi(ctx: BlockBuilderContext, method: string, data: Uint8Array): Uint8Array | undefined {
  switch (method) {
    case 'BlockBuilder_apply_extrinsic': {
      let xtBytes: Uint8Array;
      try {
        const [, used] = decodePrefix(T.bytes, data);
        xtBytes = data.slice(0, used);
      } catch (e) {
        throw codecError(e);
      }
      return encode(ApplyExtrinsicResultType, dryRun(ctx, xtBytes));
    }
    case 'BlockBuilder_inherent_extrinsics': {
      const now = timestampOf(inherentData(data));
      const floor = earliestNext(ctx);
      const xt = encodeUnsignedExtrinsic(timestampCall(now > floor ? now : floor));
      return new Uint8Array([...encode(T.compact(T.u32), 1), ...xt]);
    }
    case 'BlockBuilder_check_inherents': {
      let body: Uint8Array[];
      let rest: Uint8Array;
      try {
        const [, headerLen] = decodePrefix(HeaderType, data);
        const { xts, used } = splitExtrinsics(data.subarray(headerLen));
        body = xts;
        rest = data.subarray(headerLen + used);
      } catch (e) {
        throw codecError(e);
      }
      const provided = inherentData(rest);
      const errors: [string, Uint8Array][] = [];
      for (const bytes of body) {
        let call: { pallet: string; name: string; args: unknown };
        try {
          call = ctx.decode(bytes).xt.call as typeof call;
        } catch {
          continue; // not decodable here: not an inherent this runtime checks
        }
        if (call.pallet !== 'Timestamp' || call.name !== 'set') continue;
        const t = BigInt((call.args as { now: bigint | number }).now);
        const data = timestampOf(provided);
        const minimum = earliestNext(ctx);
        const error = t > data + MAX_TIMESTAMP_DRIFT_MS ? 'TooFarInFuture' : t < minimum ? 'TooEarly' : undefined;
        if (error) errors.push([TIMESTAMP_INHERENT_ID, encode(TimestampInherentErrorType, { type: error })]);
      }
      // both timestamp errors are fatal (sp_timestamp's IsFatalError)
      return encode(CheckInherentsResultType, { okay: errors.length === 0, fatal_error: errors.length > 0, errors });
    }
    default:
      return undefined;
  }
}

/** `ApplyExtrinsicResult` of `xtBytes` in the block after `at`, on a copy of the state that is thrown away. */
export function dryRun(ctx: BlockBuilderContext, xtBytes: Uint8Array): EnumValue {
  const { chain, host, at } = ctx;
  let decoded: DecodedExtrinsic;
  try {
    decoded = ctx.decode(xtBytes);
  } catch (e) {
    const v = validityErrorValue(e);
    if (v) return { type: 'Err', value: v };
    throw codecError(e);
  }
  const number = host.head.number + 1;
  const m = decoded.mortality;
  if (m && (number >= m.death || number < m.birth)) return { type: 'Err', value: { type: 'Invalid', value: { type: 'AncientBirthBlock' } } };
  const env = { preset: chain.preset, number: BigInt(number), parentHash: at, author: chain.opts.author };
  return host.view((s) => {
    try {
      // index 1: after the block's timestamp inherent
      const outcome = chain.executive.applyExtrinsic(s, env, decoded.xt, 1);
      if (outcome.ok) return { type: 'Ok', value: { type: 'Ok', value: [] } };
      return { type: 'Ok', value: { type: 'Err', value: outcome.error ? dispatchErrorValue(outcome.error) : { type: 'Other' } } };
    } catch (e) {
      const v = validityErrorValue(e);
      if (v) return { type: 'Err', value: v };
      throw e;
    }
  });
}
