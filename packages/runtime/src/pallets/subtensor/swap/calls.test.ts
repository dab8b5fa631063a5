import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definePallet } from '../../../frame/pallet.js';
import { subnetCalls } from '../subnets/calls.js';
import { keySwapCalls } from './calls.js';

test('call indices of the subnets and key-swap dispatchables', () => {
  const expected: Record<string, number> = {
    register_network: 59,
    register_network_with_identity: 79,
    start_call: 92,
    dissolve_network: 61,
    root_dissolve_network: 120,
    burned_register: 7,
    register: 6,
    register_limit: 134,
    root_register: 62,
    serve_axon: 4,
    serve_axon_tls: 40,
    serve_prometheus: 5,
    set_identity: 68,
    set_subnet_identity: 78,
    update_symbol: 112,
    swap_hotkey: 70,
    swap_hotkey_v2: 72,
    swap_coldkey: 71,
    announce_coldkey_swap: 125,
    swap_coldkey_announced: 126,
    dispute_coldkey_swap: 127,
    reset_coldkey_swap: 128,
    clear_coldkey_swap_announcement: 133,
    schedule_swap_coldkey: 73,
  };
  const all = { ...subnetCalls, ...keySwapCalls };
  assert.deepEqual(Object.keys(all).sort(), Object.keys(expected).sort());
  for (const [name, spec] of Object.entries(all)) assert.equal(spec.index, expected[name], name);
  // They assemble into a pallet without index clashes; serving is free.
  const p = definePallet({ name: 'X', index: 0, calls: all as never });
  assert.equal(p.calls.length, 24);
  assert.equal(subnetCalls.serve_axon.pays, false);
});
