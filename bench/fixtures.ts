/**
 * Large deterministic chain states for benchmarks, written straight into storage (the shape a
 * long-running network reaches: many subnets, full metagraphs, stake, weights and permits).
 */
import { mainnet, type Preset } from '@tensorium/params';
import { blake2_256, bytesToHex } from '@tensorium/primitives';
import { LocalChain } from '../packages/runtime/src/localChain.js';
import { setFree } from '../packages/runtime/src/pallets/balances/currency.js';
import { storage as B } from '../packages/runtime/src/pallets/balances/storage.js';
import { increaseStake, subnetAccountId } from '../packages/runtime/src/pallets/subtensor/staking/stakeUtils.js';
import { storage as S } from '../packages/runtime/src/pallets/subtensor/storage.js';
import { State } from '../packages/runtime/src/state/state.js';

const TAO = 1_000_000_000n;

/** A deterministic account id for a label. */
export function account(label: string): string {
  return bytesToHex(blake2_256(new TextEncoder().encode(label)));
}

export interface NetworkShape {
  readonly subnets: number;
  readonly uidsPerSubnet: number;
  readonly validatorsPerSubnet: number;
  readonly tempo?: number;
  readonly preset?: Preset;
}

/** A chain with `subnets` dynamic subnets, each full of neurons with stake, weights and permits. */
export function bigNetwork(shape: NetworkShape): LocalChain {
  const preset = shape.preset ?? mainnet;
  const owner = account('owner');
  const chain = new LocalChain({ preset, genesis: { balances: [[owner, 1_000_000n * TAO]], sudo: owner } });
  const s = State.over(chain.backend);
  let minted = 0n;
  S.NetworksAdded.set(s, 0, true);
  S.SubnetTAO.set(s, 0, 500_000n * TAO);
  setFree({ state: s }, subnetAccountId(0), 500_000n * TAO);
  minted += 500_000n * TAO;
  for (let netuid = 1; netuid <= shape.subnets; netuid++) {
    const poolTao = BigInt(1_000 + netuid * 10) * TAO;
    S.NetworksAdded.set(s, netuid, true);
    S.SubnetMechanism.set(s, netuid, 1);
    S.SubnetTAO.set(s, netuid, poolTao);
    S.SubnetAlphaIn.set(s, netuid, 2_000n * TAO);
    setFree({ state: s }, subnetAccountId(netuid), poolTao);
    minted += poolTao;
    S.FirstEmissionBlockNumber.set(s, netuid, 1n);
    S.SubtokenEnabled.set(s, netuid, true);
    S.Tempo.set(s, netuid, shape.tempo ?? 360);
    S.LastEpochBlock.set(s, netuid, BigInt(-(netuid % (shape.tempo ?? 360)) + 1_000_000));
    S.SubnetMovingPrice.set(s, netuid, BigInt(netuid) << 22n);
    S.Yuma3On.set(s, netuid, true);
    S.CommitRevealWeightsEnabled.set(s, netuid, false);
    S.MaxAllowedValidators.set(s, netuid, shape.validatorsPerSubnet);
    const n = shape.uidsPerSubnet;
    S.SubnetworkN.set(s, netuid, n);
    const subnetOwnerHk = account(`hk-${netuid}-0`);
    S.SubnetOwner.set(s, netuid, owner);
    S.SubnetOwnerHotkey.set(s, netuid, subnetOwnerHk);
    const permits: boolean[] = [];
    const lastUpdate: bigint[] = [];
    let alphaOut = 0n;
    for (let uid = 0; uid < n; uid++) {
      const hk = account(`hk-${netuid}-${uid}`);
      const ck = account(`ck-${netuid}-${uid}`);
      S.Keys.set(s, netuid, uid, hk);
      S.Uids.set(s, netuid, hk, uid);
      S.IsNetworkMember.set(s, hk, netuid, true);
      S.Owner.set(s, hk, ck);
      S.BlockAtRegistration.set(s, netuid, uid, 1n);
      const isValidator = uid < shape.validatorsPerSubnet;
      permits.push(isValidator);
      lastUpdate.push(999_000n);
      if (isValidator) {
        const stake = BigInt(1_000 + uid * 37) * TAO;
        increaseStake(s, hk, ck, netuid, stake);
        alphaOut += stake;
        const row: [number, number][] = [];
        for (let j = shape.validatorsPerSubnet; j < n; j++) row.push([j, 1 + ((uid * 7919 + j * 104729) % 65535)]);
        S.Weights.set(s, netuid, uid, row);
      }
    }
    S.ValidatorPermit.set(s, netuid, permits);
    S.LastUpdate.set(s, netuid, lastUpdate);
    S.SubnetAlphaOut.set(s, netuid, alphaOut);
  }
  B.TotalIssuance.mutate(s, (t) => t + minted);
  S.TotalIssuance.mutate(s, (t) => t + minted);
  chain.backend.apply(s.takeChanges().changes);
  chain.number = 1_000_000n;
  return chain;
}
