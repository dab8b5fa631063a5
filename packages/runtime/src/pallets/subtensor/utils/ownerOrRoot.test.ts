import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fast } from '@tensorium/params';
import { DispatchError } from '../../../frame/errors.js';
import { storage as S } from '../storage.js';
import {
  blocksUntilNextAutoEpoch,
  checkPassesRateLimit,
  ensureAdminWindowOpen,
  ensureSnOwnerOrRootWithLimits,
  ensureSubnetOwner,
  ensureSubnetOwnerOrRoot,
  isInAdminFreezeWindow,
  lastBlockOnSubnet,
  rateLimitOnSubnet,
  recordOwnerRl,
  rlOwnerHyperparam,
  U64_MAX,
} from './ownerOrRoot.js';
import { BLOCK, ctxOf, NETUID, NONE, other, owner, OWNER, ROOT, Scenario, TEMPO } from './testkit.js';

const errName = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DispatchError);
    return e.errorName;
  }
  return 'ok';
};

describe('owner / root origins', () => {
  const sc = new Scenario();
  it('ensureSubnetOwner accepts only the owner coldkey', () => {
    const s = sc.fresh();
    assert.equal(ensureSubnetOwner(ctxOf(s, owner), NETUID), OWNER);
    assert.equal(errName(() => ensureSubnetOwner(ctxOf(s, other), NETUID)), 'BadOrigin');
    assert.equal(errName(() => ensureSubnetOwner(ctxOf(s, ROOT), NETUID)), 'BadOrigin');
    assert.equal(errName(() => ensureSubnetOwner(ctxOf(s, NONE), NETUID)), 'BadOrigin');
  });
  it('ensureSubnetOwnerOrRoot returns undefined for root, the owner otherwise', () => {
    const s = sc.fresh();
    assert.equal(ensureSubnetOwnerOrRoot(ctxOf(s, ROOT), NETUID), undefined);
    assert.equal(ensureSubnetOwnerOrRoot(ctxOf(s, owner), NETUID), OWNER);
    assert.equal(errName(() => ensureSubnetOwnerOrRoot(ctxOf(s, other), NETUID)), 'BadOrigin');
    assert.equal(errName(() => ensureSubnetOwnerOrRoot(ctxOf(s, NONE), NETUID)), 'BadOrigin');
  });
});

describe('owner hyperparameter rate limit', () => {
  const sc = new Scenario();
  it('limit = OwnerHyperparamRateLimit × Tempo; first call always passes', () => {
    const s = sc.fresh();
    const ctx = ctxOf(s, owner);
    assert.equal(rateLimitOnSubnet(ctx, 'Kappa', NETUID), 2n * BigInt(TEMPO));
    assert.equal(rateLimitOnSubnet(ctx, 'TempoUpdate', NETUID), 360n);
    assert.equal(rateLimitOnSubnet(ctx, 'SetSNOwnerHotkey', NETUID), 50_400n);
    assert.equal(rateLimitOnSubnet(ctx, 'MechanismCountUpdate', NETUID), 7_200n);
    assert.equal(rateLimitOnSubnet(ctxOf(s, owner, BLOCK, fast), 'MaxUidsTrimming', NETUID), 1n);
    S.WeightsVersionKeyRateLimit.set(s, 5n);
    assert.equal(rateLimitOnSubnet(ctx, 'SetWeightsVersionKey', NETUID), 5n * BigInt(TEMPO));
    assert.equal(checkPassesRateLimit(720n, 5n, 0n), true);
    assert.equal(checkPassesRateLimit(720n, 719n, 1n), false);
    assert.equal(checkPassesRateLimit(720n, 721n, 1n), true);
  });
  it('owner is limited per (subnet, hyperparameter); root is exempt and does not reset it', () => {
    const s = sc.fresh();
    const c0 = ctxOf(s, owner);
    assert.equal(ensureSnOwnerOrRootWithLimits(c0, NETUID, ['Rho']), OWNER);
    recordOwnerRl(c0, OWNER, NETUID, ['Rho']);
    assert.equal(S.LastRateLimitedBlock.get(s, rlOwnerHyperparam(NETUID, 'Rho')), BLOCK);
    assert.equal(lastBlockOnSubnet(s, 'Rho', OWNER, NETUID), BLOCK);
    const later = ctxOf(s, owner, BLOCK + 719n);
    assert.equal(errName(() => ensureSnOwnerOrRootWithLimits(later, NETUID, ['Rho'])), 'TxRateLimitExceeded');
    // A different hyperparameter is not limited.
    assert.equal(ensureSnOwnerOrRootWithLimits(later, NETUID, ['Kappa']), OWNER);
    // Root passes and recording for root writes nothing.
    const rootCtx = ctxOf(s, ROOT, BLOCK + 1n);
    assert.equal(ensureSnOwnerOrRootWithLimits(rootCtx, NETUID, ['Rho']), undefined);
    recordOwnerRl(rootCtx, undefined, NETUID, ['Rho']);
    assert.equal(lastBlockOnSubnet(s, 'Rho', OWNER, NETUID), BLOCK);
    assert.equal(ensureSnOwnerOrRootWithLimits(ctxOf(s, owner, BLOCK + 720n), NETUID, ['Rho']), OWNER);
  });
  it('non-hyperparameter transactions use TransactionKeyLastBlock', () => {
    const s = sc.fresh();
    recordOwnerRl(ctxOf(s, owner), OWNER, NETUID, ['MechanismCountUpdate']);
    assert.equal(S.TransactionKeyLastBlock.get(s, OWNER, NETUID, 7), BLOCK);
  });
});

describe('admin freeze window', () => {
  const sc = new Scenario();
  it('blocksUntilNextAutoEpoch = LastEpochBlock + tempo - now, saturating; u64::MAX for tempo 0', () => {
    const s = sc.fresh();
    assert.equal(blocksUntilNextAutoEpoch(s, NETUID, TEMPO, BLOCK), 260n);
    assert.equal(blocksUntilNextAutoEpoch(s, NETUID, TEMPO, BLOCK + 1000n), 0n);
    assert.equal(blocksUntilNextAutoEpoch(s, NETUID, 0, BLOCK), U64_MAX);
  });
  it('closed when fewer than AdminFreezeWindow blocks remain, open at exactly the window', () => {
    const s = sc.fresh();
    const next = BLOCK - 100n + BigInt(TEMPO);
    assert.equal(isInAdminFreezeWindow(s, NETUID, next - 10n), false);
    assert.equal(isInAdminFreezeWindow(s, NETUID, next - 9n), true);
    assert.equal(errName(() => ensureAdminWindowOpen(ctxOf(s, ROOT, next - 1n), NETUID)), 'AdminActionProhibitedDuringWeightsWindow');
    S.Tempo.set(s, NETUID, 0);
    assert.equal(isInAdminFreezeWindow(s, NETUID, next - 1n), false);
  });
  it('closed while a triggered epoch is pending', () => {
    const s = sc.fresh();
    S.PendingEpochAt.set(s, NETUID, BLOCK + 10n);
    assert.equal(isInAdminFreezeWindow(s, NETUID, BLOCK), true);
    assert.equal(isInAdminFreezeWindow(s, NETUID, BLOCK + 10n), false);
  });
});
