import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storage as S } from '../storage.js';
import { subnetCalls as C } from './calls.js';
import { isValidIpAddress } from './serving.js';
import { acct, eventNames, expectFail, fund, newState, run, TAO } from './testHelpers.js';

const OWNER = acct(1);
const HOT = acct(2);
const axon = { netuid: 1, version: 7, ip: 0x0a000001n, port: 8091, ip_type: 4, protocol: 4, placeholder1: 0, placeholder2: 0 };
const prom = { netuid: 1, version: 7, ip: 0x0a000001n, port: 9100, ip_type: 4 };

function withSubnet() {
  const s = newState();
  fund(s, OWNER, 5000n * TAO);
  run(s, OWNER, C.register_network, { hotkey: HOT });
  return s;
}

test('ip validation', () => {
  assert.equal(isValidIpAddress(4, 0n, true), true);
  assert.equal(isValidIpAddress(4, 0n, false), false);
  assert.equal(isValidIpAddress(4, 0x7f000001n, true), false);
  assert.equal(isValidIpAddress(4, 0xffffffffn, true), false);
  assert.equal(isValidIpAddress(4, 0xfffffffen, true), true);
  assert.equal(isValidIpAddress(6, 1n, true), false);
  assert.equal(isValidIpAddress(6, (1n << 128n) - 1n, true), false);
  assert.equal(isValidIpAddress(6, 0x20010db8n << 96n, true), true);
});

test('serve_axon stores the axon and is rate limited per subnet', () => {
  const s = withSubnet();
  run(s, HOT, C.serve_axon, axon, 100n);
  assert.deepEqual(S.Axons.raw(s, 1, HOT), { block: 100n, version: 7, ip: 0x0a000001n, port: 8091, ip_type: 4, protocol: 4, placeholder1: 0, placeholder2: 0 });
  assert.ok(eventNames(s).includes('AxonServed'));
  expectFail(s, 'ServingRateLimitExceeded', () => run(s, HOT, C.serve_axon, axon, 149n));
  run(s, HOT, C.serve_axon, { ...axon, port: 1 }, 150n);
  assert.equal(S.Axons.get(s, 1, HOT)?.port, 1);
  S.ServingRateLimit.set(s, 1, 0n);
  run(s, HOT, C.serve_axon, { ...axon, ip: 0n }, 151n); // ip 0 allowed for axons
});

test('serve_axon errors', () => {
  const s = withSubnet();
  expectFail(s, 'HotKeyNotRegisteredInNetwork', () => run(s, acct(9), C.serve_axon, axon));
  expectFail(s, 'InvalidIpType', () => run(s, HOT, C.serve_axon, { ...axon, ip_type: 5 }));
  expectFail(s, 'InvalidIpAddress', () => run(s, HOT, C.serve_axon, { ...axon, ip: 0x7f000001n }));
  expectFail(s, 'InvalidPort', () => run(s, HOT, C.serve_axon, { ...axon, port: 0 }));
});

test('serve_axon_tls stores the certificate (ignored if invalid)', () => {
  const s = withSubnet();
  const cert = new Uint8Array(65).map((_, i) => i);
  run(s, HOT, C.serve_axon_tls, { ...axon, certificate: cert }, 100n);
  assert.deepEqual(S.NeuronCertificates.raw(s, 1, HOT), { algorithm: 0, public_key: cert.slice(1) });
  S.ServingRateLimit.set(s, 1, 0n);
  run(s, HOT, C.serve_axon_tls, { ...axon, certificate: new Uint8Array(66) }, 101n);
  assert.deepEqual(S.NeuronCertificates.raw(s, 1, HOT)?.public_key, cert.slice(1));
  expectFail(s, 'InvalidPort', () => run(s, HOT, C.serve_axon_tls, { ...axon, port: 0, certificate: new Uint8Array([9, 9]) }, 102n));
});

test('serve_prometheus: stored, ip 0 refused, rate limited, errors in upstream order', () => {
  const s = withSubnet();
  run(s, HOT, C.serve_prometheus, prom, 100n);
  assert.deepEqual(S.Prometheus.raw(s, 1, HOT), { block: 100n, version: 7, ip: 0x0a000001n, port: 9100, ip_type: 4 });
  assert.ok(eventNames(s).includes('PrometheusServed'));
  expectFail(s, 'ServingRateLimitExceeded', () => run(s, HOT, C.serve_prometheus, prom, 120n));
  expectFail(s, 'InvalidIpAddress', () => run(s, HOT, C.serve_prometheus, { ...prom, ip: 0n }, 200n));
  expectFail(s, 'InvalidIpType', () => run(s, acct(9), C.serve_prometheus, { ...prom, ip_type: 0 }, 200n));
  expectFail(s, 'HotKeyNotRegisteredInNetwork', () => run(s, acct(9), C.serve_prometheus, prom, 200n));
  expectFail(s, 'InvalidPort', () => run(s, HOT, C.serve_prometheus, { ...prom, port: 0 }, 200n));
});
