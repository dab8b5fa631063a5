import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signed } from '../../frame/pallet.js';
import { ctxOf, events, expectFails, hk, ROOT, runCall, Scenario } from '../subtensor/utils/testkit.js';
import { consensus, consensusCalls, MAX_UPDATES_PER_BLOCK, MAX_VOTING_POWER, storage } from './index.js';

const setValidator = consensusCalls.set_validator;
const key = (i: number): string => i.toString(16).padStart(2, '0').repeat(32);

describe('Consensus.set_validator', () => {
  it('root sets and removes a voting power and deposits ValidatorUpdateScheduled', () => {
    const s = new Scenario(() => undefined).fresh();
    runCall(s, setValidator, ROOT, { pub_key: key(1), power: 10n });
    assert.equal(storage.ValidatorPower.get(s, key(1)), 10n);
    runCall(s, setValidator, ROOT, { pub_key: key(1), power: 0n });
    assert.equal(storage.ValidatorPower.get(s, key(1)), undefined);
    assert.deepEqual(events(s, 'Consensus', 'ValidatorUpdateScheduled'), [
      [key(1), 10n],
      [key(1), 0n],
    ]);
  });
  it('is root only, bounds the power and the updates per block; a new block resets the count', () => {
    const s = new Scenario(() => undefined).fresh();
    expectFails(s, 'BadOrigin', setValidator, signed(hk(0)), { pub_key: key(1), power: 1n });
    expectFails(s, 'PowerTooHigh', setValidator, ROOT, { pub_key: key(1), power: MAX_VOTING_POWER + 1n });
    for (let i = 0; i < MAX_UPDATES_PER_BLOCK; i++) runCall(s, setValidator, ROOT, { pub_key: key(i + 2), power: 5n });
    expectFails(s, 'TooManyUpdatesInBlock', setValidator, ROOT, { pub_key: key(99), power: 5n });
    consensus.hooks.onInitialize?.(ctxOf(s, ROOT));
    runCall(s, setValidator, ROOT, { pub_key: key(99), power: 5n });
    assert.equal(storage.ValidatorPower.get(s, key(99)), 5n);
  });
});
