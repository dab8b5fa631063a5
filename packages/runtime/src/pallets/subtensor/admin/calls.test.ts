import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CallSpec } from '../../../frame/pallet.js';
import { callSigs } from '../decl.js';
import { storage as S } from '../storage.js';
import { rlOwnerHyperparam } from '../utils/ownerOrRoot.js';
import { BLOCK, closeWindow, events, expectFails, MISSING, NETUID as N, NONE, other, owner, OWNER, ROOT, runCall, Scenario } from '../utils/testkit.js';
import { adminCalls as C } from './calls.js';

type AnyCall = CallSpec<Record<string, unknown>>;
const spec = (name: keyof typeof C): AnyCall => C[name] as unknown as AnyCall;

describe('SubtensorModule admin calls: declarations', () => {
  it('use the generated call signatures', () => {
    for (const [name, c] of Object.entries(C)) {
      const sig = callSigs[name as keyof typeof callSigs];
      assert.equal(c.index, sig.index, name);
      assert.equal(c.weight, sig.weight, name);
      assert.deepEqual(c.args, sig.args, name);
    }
  });
});

describe('root-only global setters', () => {
  const sc = new Scenario();
  const cases: { name: keyof typeof C; args: Record<string, unknown>; check: (s: ReturnType<Scenario['fresh']>) => void; event?: [string, unknown[]] }[] = [
    { name: 'sudo_set_tx_childkey_take_rate_limit', args: { tx_rate_limit: 9n }, check: (s) => assert.equal(S.TxChildkeyTakeRateLimit.get(s), 9n), event: ['TxChildKeyTakeRateLimitSet', [9n]] },
    { name: 'sudo_set_min_childkey_take', args: { take: 9 }, check: (s) => assert.equal(S.MinChildkeyTake.get(s), 9), event: ['MinChildKeyTakeSet', [9]] },
    { name: 'sudo_set_max_childkey_take', args: { take: 9 }, check: (s) => assert.equal(S.MaxChildkeyTake.get(s), 9), event: ['MaxChildKeyTakeSet', [9]] },
    { name: 'set_pending_childkey_cooldown', args: { cooldown: 9n }, check: (s) => assert.equal(S.PendingChildKeyCooldown.get(s), 9n) },
    { name: 'sudo_set_num_root_claims', args: { new_value: 50n }, check: (s) => assert.equal(S.NumRootClaim.get(s), 50n) },
    { name: 'sudo_set_voting_power_ema_alpha', args: { netuid: N, alpha: 10n ** 18n }, check: (s) => assert.equal(S.VotingPowerEmaAlpha.get(s, N), 10n ** 18n), event: ['VotingPowerEmaAlphaSet', [N, 10n ** 18n]] },
  ];
  for (const c of cases) {
    it(`${c.name}: root succeeds; owner, other and none are BadOrigin`, () => {
      const s = sc.fresh();
      expectFails(s, 'BadOrigin', spec(c.name), owner, c.args);
      expectFails(s, 'BadOrigin', spec(c.name), other, c.args);
      expectFails(s, 'BadOrigin', spec(c.name), NONE, c.args);
      runCall(s, spec(c.name), ROOT, c.args);
      c.check(s);
      if (c.event) assert.deepEqual(events(s, 'SubtensorModule', c.event[0]), [c.event[1]]);
    });
  }
  it('sudo_set_num_root_claims: <= 50', () => {
    expectFails(sc.fresh(), 'InvalidNumRootClaim', spec('sudo_set_num_root_claims'), ROOT, { new_value: 51n });
  });
  it('sudo_set_voting_power_ema_alpha: <= 1e18', () => {
    expectFails(sc.fresh(), 'InvalidVotingPowerEmaAlpha', spec('sudo_set_voting_power_ema_alpha'), ROOT, { netuid: N, alpha: 10n ** 18n + 1n });
  });
});

describe('sudo_set_root_claim_threshold (owner or root)', () => {
  const sc = new Scenario();
  const f = spec('sudo_set_root_claim_threshold');
  it('stores the threshold as I96F32 for owner and root', () => {
    const s = sc.fresh();
    runCall(s, f, owner, { netuid: N, new_value: 10_000_000n });
    assert.equal(S.RootClaimableThreshold.get(s, N), 10_000_000n << 32n);
    runCall(s, f, ROOT, { netuid: N, new_value: 7n });
    assert.equal(S.RootClaimableThreshold.get(s, N), 7n << 32n);
  });
  it('errors: BadOrigin, InvalidRootClaimThreshold', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', f, other, { netuid: N, new_value: 1n });
    expectFails(s, 'InvalidRootClaimThreshold', f, owner, { netuid: N, new_value: 10_000_001n });
  });
});

describe('voting power tracking (owner or root)', () => {
  const sc = new Scenario();
  it('enable sets the flag and cancels a scheduled disable; disable schedules 14 days ahead', () => {
    const s = sc.fresh();
    S.VotingPowerDisableAtBlock.set(s, N, 5n);
    runCall(s, spec('enable_voting_power_tracking'), owner, { netuid: N });
    assert.equal(S.VotingPowerTrackingEnabled.get(s, N), true);
    assert.equal(S.VotingPowerDisableAtBlock.raw(s, N), undefined);
    assert.deepEqual(events(s, 'SubtensorModule', 'VotingPowerTrackingEnabled'), [[N]]);
    runCall(s, spec('disable_voting_power_tracking'), ROOT, { netuid: N });
    assert.equal(S.VotingPowerDisableAtBlock.get(s, N), BLOCK + 100_800n);
    assert.deepEqual(events(s, 'SubtensorModule', 'VotingPowerTrackingDisableScheduled'), [[N, BLOCK + 100_800n]]);
  });
  it('errors: BadOrigin; disable requires tracking enabled', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', spec('enable_voting_power_tracking'), other, { netuid: N });
    expectFails(s, 'BadOrigin', spec('disable_voting_power_tracking'), NONE, { netuid: N });
    expectFails(s, 'VotingPowerTrackingNotEnabled', spec('disable_voting_power_tracking'), owner, { netuid: N });
  });
});

describe('set_tempo (owner)', () => {
  const sc = new Scenario();
  const f = spec('set_tempo');
  it('sets Tempo, restarts the cycle and records the 360-block cooldown', () => {
    const s = sc.fresh();
    runCall(s, f, owner, { netuid: N, tempo: 720 });
    assert.equal(S.Tempo.get(s, N), 720);
    assert.equal(S.LastEpochBlock.get(s, N), BLOCK);
    assert.equal(S.TransactionKeyLastBlock.get(s, OWNER, N, 11), BLOCK);
    assert.deepEqual(events(s, 'SubtensorModule', 'TempoSet'), [[N, 720]]);
    expectFails(s, 'TxRateLimitExceeded', f, owner, { netuid: N, tempo: 400 }, BLOCK + 359n);
    runCall(s, f, owner, { netuid: N, tempo: 400 }, BLOCK + 360n);
  });
  it('errors: BadOrigin (root too), TempoOutOfBounds, freeze window', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', f, ROOT, { netuid: N, tempo: 720 });
    expectFails(s, 'BadOrigin', f, other, { netuid: N, tempo: 720 });
    expectFails(s, 'TempoOutOfBounds', f, owner, { netuid: N, tempo: 359 });
    expectFails(s, 'TempoOutOfBounds', f, owner, { netuid: N, tempo: 50_401 });
    const w = sc.fresh();
    closeWindow(w);
    expectFails(w, 'AdminActionProhibitedDuringWeightsWindow', f, owner, { netuid: N, tempo: 720 });
  });
});

describe('set_activity_cutoff_factor (owner: FW + rate limit; root bypasses both)', () => {
  const sc = new Scenario();
  const f = spec('set_activity_cutoff_factor');
  it('owner sets it and is rate limited; root is not', () => {
    const s = sc.fresh();
    runCall(s, f, owner, { netuid: N, factor_milli: 50_000 });
    assert.equal(S.ActivityCutoffFactorMilli.get(s, N), 50_000);
    assert.deepEqual(events(s, 'SubtensorModule', 'ActivityCutoffFactorMilliSet'), [[N, 50_000]]);
    assert.equal(S.LastRateLimitedBlock.get(s, rlOwnerHyperparam(N, 'ActivityCutoffFactorMilli')), BLOCK);
    expectFails(s, 'TxRateLimitExceeded', f, owner, { netuid: N, factor_milli: 2_000 }, BLOCK + 1n);
    runCall(s, f, ROOT, { netuid: N, factor_milli: 1_000 }, BLOCK + 1n);
    assert.equal(S.ActivityCutoffFactorMilli.get(s, N), 1_000);
  });
  it('root bypasses the freeze window; the owner does not', () => {
    const s = sc.fresh();
    closeWindow(s);
    expectFails(s, 'AdminActionProhibitedDuringWeightsWindow', f, owner, { netuid: N, factor_milli: 2_000 });
    runCall(s, f, ROOT, { netuid: N, factor_milli: 2_000 });
  });
  it('errors: BadOrigin, out of bounds', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', f, other, { netuid: N, factor_milli: 2_000 });
    expectFails(s, 'ActivityCutoffFactorMilliOutOfBounds', f, ROOT, { netuid: N, factor_milli: 999 });
    expectFails(s, 'ActivityCutoffFactorMilliOutOfBounds', f, owner, { netuid: N, factor_milli: 50_001 });
  });
});

describe('trigger_epoch (owner)', () => {
  const sc = new Scenario();
  const f = spec('trigger_epoch');
  it('schedules the epoch AdminFreezeWindow blocks ahead, arms the freeze window', () => {
    const s = sc.fresh();
    runCall(s, f, owner, { netuid: N });
    assert.equal(S.PendingEpochAt.get(s, N), BLOCK + 10n);
    assert.deepEqual(events(s, 'SubtensorModule', 'EpochTriggered'), [[N, OWNER, BLOCK + 10n]]);
    expectFails(s, 'EpochTriggerAlreadyPending', f, owner, { netuid: N });
    expectFails(s, 'AdminActionProhibitedDuringWeightsWindow', spec('set_tempo'), owner, { netuid: N, tempo: 720 });
  });
  it('errors: BadOrigin (root too), commit-reveal, imminent auto epoch, rate limit', () => {
    const s = sc.fresh();
    expectFails(s, 'BadOrigin', f, ROOT, { netuid: N });
    expectFails(s, 'BadOrigin', f, other, { netuid: N });
    const cr = new Scenario();
    cr.commit((x) => S.CommitRevealWeightsEnabled.set(x, N, true));
    expectFails(cr.fresh(), 'DynamicTempoBlockedByCommitReveal', f, owner, { netuid: N });
    const im = sc.fresh();
    closeWindow(im);
    expectFails(im, 'AutoEpochAlreadyImminent', f, owner, { netuid: N });
    const rl = sc.fresh();
    S.LastRateLimitedBlock.set(rl, rlOwnerHyperparam(N, 'TriggerEpoch'), BLOCK - 1n);
    expectFails(rl, 'TxRateLimitExceeded', f, owner, { netuid: N });
  });
  it('a subnet that does not exist has no owner to call it', () => {
    expectFails(sc.fresh(), 'BadOrigin', f, other, { netuid: MISSING });
  });
});
