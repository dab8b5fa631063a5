/**
 * The runtime version (subtensor runtime/src/lib.rs `VERSION`) and the runtime APIs it reports.
 * API ids are blake2b-64 of the trait name, as `sp_api` computes them.
 */
import { blake2AsU8a } from '@polkadot/util-crypto';
import { bytesToHex, encode } from '@tensorium/primitives';
import { RuntimeVersionType } from './runtimeTypes.js';

export const SPEC_NAME = 'node-subtensor';
export const IMPL_NAME = 'node-subtensor';
export const AUTHORING_VERSION = 1;
export const SPEC_VERSION = 425;
export const IMPL_VERSION = 1;
export const TRANSACTION_VERSION = 1;
export const SYSTEM_VERSION = 1;
export const SS58_PREFIX = 42;
/** Extrinsic format version (signed = 0x84, unsigned = 0x04). */
export const EXTRINSIC_VERSION = 4;

/** Runtime APIs the node serves through `state_call`, with their versions in subtensor's polkadot-sdk. */
export const RUNTIME_API_VERSIONS: readonly (readonly [string, number])[] = [
  ['Core', 5],
  ['Metadata', 2],
  ['BlockBuilder', 6],
  ['TaggedTransactionQueue', 3],
  ['OffchainWorkerApi', 2],
  ['AccountNonceApi', 1],
  ['TransactionPaymentApi', 4],
  ['TransactionPaymentCallApi', 3],
  ['GenesisBuilder', 1],
  ['DelegateInfoRuntimeApi', 1],
  ['NeuronInfoRuntimeApi', 1],
  ['SubnetInfoRuntimeApi', 1],
  ['StakeInfoRuntimeApi', 1],
  ['SubnetRegistrationRuntimeApi', 1],
  ['SwapRuntimeApi', 1],
];

/** `blake2_64(name)` as 0x-hex, the id `state_getRuntimeVersion` reports for a runtime API. */
export function runtimeApiId(name: string): string {
  return '0x' + bytesToHex(blake2AsU8a(new TextEncoder().encode(name), 64));
}

export interface RuntimeVersionData {
  readonly specName: string;
  readonly implName: string;
  readonly authoringVersion: number;
  readonly specVersion: number;
  readonly implVersion: number;
  /** `[apiId (0x + 16 hex), version]` pairs. */
  readonly apis: readonly (readonly [string, number])[];
  readonly transactionVersion: number;
  readonly systemVersion: number;
  /** Legacy JSON name of `systemVersion` still read by some clients. */
  readonly stateVersion: number;
}

export interface RuntimeVersionOptions {
  readonly specVersion?: number;
  readonly apis?: readonly (readonly [string, number])[];
}

/** The runtime version as `state_getRuntimeVersion` returns it (JSON shape). */
export function runtimeVersion(opts: RuntimeVersionOptions = {}): RuntimeVersionData {
  return {
    specName: SPEC_NAME,
    implName: IMPL_NAME,
    authoringVersion: AUTHORING_VERSION,
    specVersion: opts.specVersion ?? SPEC_VERSION,
    implVersion: IMPL_VERSION,
    apis: (opts.apis ?? RUNTIME_API_VERSIONS).map(([n, v]) => [runtimeApiId(n), v] as const),
    transactionVersion: TRANSACTION_VERSION,
    systemVersion: SYSTEM_VERSION,
    stateVersion: SYSTEM_VERSION,
  };
}

/** SCALE of `sp_version::RuntimeVersion` (the result of the `Core_version` runtime call). */
export function encodeRuntimeVersion(v: RuntimeVersionData = runtimeVersion()): Uint8Array {
  return encode(RuntimeVersionType, {
    spec_name: v.specName,
    impl_name: v.implName,
    authoring_version: v.authoringVersion,
    spec_version: v.specVersion,
    impl_version: v.implVersion,
    apis: v.apis.map(([id, ver]) => [id.slice(2), ver]),
    transaction_version: v.transactionVersion,
    system_version: v.systemVersion,
  });
}
