/**
 * Serving endpoints (subnets/serving.rs; spec/economics.md §9.1): `serve_axon`, `serve_axon_tls`
 * and `serve_prometheus`, signed by the hotkey, with IP validation and the per-subnet serving
 * rate limit.
 */
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import type { State } from '../../../state/state.js';
import { errors as E, PALLET } from '../decl.js';
import type { Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import type { AxonInfoValue, NeuronCertificateValue, PrometheusInfoValue } from '../types.js';
import { isHotkeyRegisteredOnNetwork, satSub } from './common.js';

const U32_MAX = (1n << 32n) - 1n;
const U128_MAX = (1n << 128n) - 1n;

export interface AxonArgs {
  readonly version: number;
  readonly ip: bigint;
  readonly port: number;
  readonly ip_type: number;
  readonly protocol: number;
  readonly placeholder1: number;
  readonly placeholder2: number;
}

export interface PrometheusArgs {
  readonly version: number;
  readonly ip: bigint;
  readonly port: number;
  readonly ip_type: number;
}

/** `is_valid_ip_type`: 4 or 6. */
export function isValidIpType(ipType: number): boolean {
  return ipType === 4 || ipType === 6;
}

/**
 * `is_valid_ip_address`: zero only if allowed; IPv4 below u32::MAX and not 127.0.0.1; IPv6 not
 * u128::MAX and not ::1.
 */
export function isValidIpAddress(ipType: number, addr: bigint, allowZero: boolean): boolean {
  if (!allowZero && addr === 0n) return false;
  if (ipType === 4 && (addr >= U32_MAX || addr === 0x7f000001n)) return false;
  if (ipType === 6 && (addr === U128_MAX || addr === 1n)) return false;
  return true;
}

function passesServingRateLimit(s: State, netuid: number, lastServe: bigint, block: bigint): boolean {
  const limit = S.ServingRateLimit.get(s, netuid);
  return limit === 0n || lastServe === 0n || satSub(block, lastServe) >= limit;
}

/** `NeuronCertificate::try_from`: first byte = algorithm, the rest (<= 64 bytes) = public key. */
export function parseCertificate(bytes: Uint8Array): NeuronCertificateValue | undefined {
  if (bytes.length > 65 || bytes.length === 0) return undefined;
  return { algorithm: bytes[0], public_key: bytes.slice(1) };
}

/** `do_serve_axon` (certificate: serve_axon_tls; an invalid certificate is silently ignored). */
export function doServeAxon(ctx: Ctx, hotkey: AccountId, netuid: number, a: AxonArgs, certificate?: Uint8Array): void {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(isHotkeyRegisteredOnNetwork(s, netuid, hotkey), E.HotKeyNotRegisteredInNetwork);
  ensure(isValidIpType(a.ip_type), E.InvalidIpType);
  ensure(isValidIpAddress(a.ip_type, a.ip, true), E.InvalidIpAddress);
  const prev = S.Axons.raw(s, netuid, hotkey);
  ensure(passesServingRateLimit(s, netuid, prev?.block ?? 0n, block), E.ServingRateLimitExceeded);
  ensure(a.port !== 0, E.InvalidPort);
  if (certificate !== undefined) {
    const cert = parseCertificate(certificate);
    if (cert) S.NeuronCertificates.set(s, netuid, hotkey, cert);
  }
  const axon: AxonInfoValue = {
    block,
    version: a.version,
    ip: a.ip,
    port: a.port,
    ip_type: a.ip_type,
    protocol: a.protocol,
    placeholder1: a.placeholder1,
    placeholder2: a.placeholder2,
  };
  S.Axons.set(s, netuid, hotkey, axon);
  emit(ctx, PALLET, 'AxonServed', netuid, hotkey);
}

/** `do_serve_prometheus` (ip 0 is not allowed; checks in upstream order). */
export function doServePrometheus(ctx: Ctx, hotkey: AccountId, netuid: number, a: PrometheusArgs): void {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(isValidIpType(a.ip_type), E.InvalidIpType);
  ensure(isValidIpAddress(a.ip_type, a.ip, false), E.InvalidIpAddress);
  ensure(isHotkeyRegisteredOnNetwork(s, netuid, hotkey), E.HotKeyNotRegisteredInNetwork);
  const prev = S.Prometheus.raw(s, netuid, hotkey);
  ensure(passesServingRateLimit(s, netuid, prev?.block ?? 0n, block), E.ServingRateLimitExceeded);
  ensure(a.port !== 0, E.InvalidPort);
  const info: PrometheusInfoValue = { block, version: a.version, ip: a.ip, port: a.port, ip_type: a.ip_type };
  S.Prometheus.set(s, netuid, hotkey, info);
  emit(ctx, PALLET, 'PrometheusServed', netuid, hotkey);
}
