/**
 * Genesis of the root subnet and of the preset-dependent global parameters (macros/genesis.rs,
 * migrations/migrate_create_root_network.rs; the runtime constants that differ between the
 * mainnet and fast-runtime builds come from the preset).
 */
import type { Preset } from '@tensorium/params';
import type { State } from '../../../state/state.js';
import { storage as S } from '../storage.js';
import { ROOT_NETUID } from './common.js';
import { getSymbolForSubnet } from './symbols.js';

const utf8 = new TextEncoder();

/** Create root (netuid 0) and write the preset's global values. Idempotent for root itself. */
export function initRootNetwork(state: State, preset: Preset): void {
  const s = state;
  if (!S.NetworksAdded.get(s, ROOT_NETUID)) {
    S.NetworksAdded.set(s, ROOT_NETUID, true);
    S.TotalNetworks.mutate(s, (n) => n + 1);
    S.SubnetworkN.set(s, ROOT_NETUID, 0);
  }
  S.SubnetMechanism.set(s, ROOT_NETUID, 0);
  S.MaxAllowedUids.set(s, ROOT_NETUID, 64);
  S.MaxAllowedValidators.set(s, ROOT_NETUID, 64);
  S.MinAllowedWeights.set(s, ROOT_NETUID, 0);
  S.Tempo.set(s, ROOT_NETUID, preset.rootTempo);
  S.NetworkRegistrationAllowed.set(s, ROOT_NETUID, true);
  S.TargetRegistrationsPerInterval.set(s, ROOT_NETUID, 1);
  S.MaxRegistrationsPerBlock.set(s, ROOT_NETUID, 1);
  S.TokenSymbol.set(s, ROOT_NETUID, utf8.encode(getSymbolForSubnet(ROOT_NETUID)));

  S.MaxEpochsPerBlock.set(s, preset.maxEpochsPerBlock);
  S.NetworkRateLimit.set(s, preset.networkRateLimit);
  S.NetworkLockReductionInterval.set(s, preset.networkLockReductionInterval);
  S.NetworkMinLockCost.set(s, preset.networkMinLockCost);
  S.NetworkImmunityPeriod.set(s, preset.networkImmunityPeriod);
  S.TxRateLimit.set(s, preset.txRateLimit);
  S.TxDelegateTakeRateLimit.set(s, preset.txDelegateTakeRateLimit);
  S.TxChildkeyTakeRateLimit.set(s, preset.txChildkeyTakeRateLimit);
  S.PendingChildKeyCooldown.set(s, preset.pendingChildKeyCooldown);
  S.ColdkeySwapAnnouncementDelay.set(s, preset.coldkeySwapAnnouncementDelay);
  S.ColdkeySwapReannouncementDelay.set(s, preset.coldkeySwapReannouncementDelay);
  S.TaoWeight.set(s, preset.taoWeight);
  S.StartCallDelay.set(s, preset.startCallDelay);
}
