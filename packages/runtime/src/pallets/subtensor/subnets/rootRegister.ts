/**
 * `do_root_register` (coinbase/root.rs; spec/economics.md §7.5): join the root validator set
 * (netuid 0). Capped per block and per root-tempo interval; when root is full the UID with the
 * lowest root stake is replaced if the new hotkey's root stake is strictly larger. No burn.
 */
import { DEFAULT_DELEGATE_TAKE } from '@tensorium/params';
import { ensure } from '../../../frame/errors.js';
import { emit, type AccountId } from '../../../frame/pallet.js';
import { errors as E, PALLET } from '../decl.js';
import { createAccountIfNonExistent, getStakeForHotkeyOnSubnet, type Ctx } from '../staking/stakeUtils.js';
import { storage as S } from '../storage.js';
import { ROOT_NETUID, satAddU16 } from './common.js';
import { appendNeuron, getHotkeyForNetAndUid, replaceNeuron } from './uids.js';

const U64_MAX = (1n << 64n) - 1n;

export function doRootRegister(ctx: Ctx, coldkey: AccountId, hotkey: AccountId): number {
  const s = ctx.state;
  const block = ctx.env.number;
  ensure(S.NetworksAdded.get(s, ROOT_NETUID), E.RootNetworkDoesNotExist);
  ensure(S.RegistrationsThisBlock.get(s, ROOT_NETUID) < S.MaxRegistrationsPerBlock.get(s, ROOT_NETUID), E.TooManyRegistrationsThisBlock);
  ensure(
    S.RegistrationsThisInterval.get(s, ROOT_NETUID) < Math.min(S.TargetRegistrationsPerInterval.get(s, ROOT_NETUID) * 3, 65_535),
    E.TooManyRegistrationsThisInterval,
  );
  ensure(!S.Uids.contains(s, ROOT_NETUID, hotkey), E.HotKeyAlreadyRegisteredInSubNet);
  createAccountIfNonExistent(s, coldkey, hotkey);

  const n = S.SubnetworkN.get(s, ROOT_NETUID);
  let uid: number;
  if (n < S.MaxAllowedUids.get(s, ROOT_NETUID)) {
    uid = n;
    appendNeuron(s, ROOT_NETUID, hotkey, block);
  } else {
    let lowest = U64_MAX;
    let lowestUid = 0;
    for (const [u, hk] of S.Keys.prefix(s, ROOT_NETUID)) {
      const stake = getStakeForHotkeyOnSubnet(s, hk, ROOT_NETUID);
      if (stake < lowest) {
        lowest = stake;
        lowestUid = u;
      }
    }
    uid = lowestUid;
    getHotkeyForNetAndUid(s, ROOT_NETUID, uid);
    ensure(lowest < getStakeForHotkeyOnSubnet(s, hotkey, ROOT_NETUID), E.StakeTooLowForRoot);
    replaceNeuron(s, ROOT_NETUID, uid, hotkey, block);
  }
  if (!S.Delegates.contains(s, hotkey)) S.Delegates.set(s, hotkey, DEFAULT_DELEGATE_TAKE);
  S.RegistrationsThisInterval.mutate(s, ROOT_NETUID, (v) => satAddU16(v, 1));
  S.RegistrationsThisBlock.mutate(s, ROOT_NETUID, (v) => satAddU16(v, 1));
  emit(ctx, PALLET, 'NeuronRegistered', ROOT_NETUID, uid, hotkey);
  return uid;
}
