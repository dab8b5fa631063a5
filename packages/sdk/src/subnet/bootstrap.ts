/**
 * Stand a subnet up on a dev chain in one call (tests, `tensorium localnet up`): fund the coldkeys
 * from a rich account, register the network and start it, register validators and miners, stake
 * the validators. Independent signers submit in parallel; each step waits for inclusion and throws
 * the chain's error by name.
 */
import type { TensoriumClient } from '../client/client.js';
import { submitCall } from '../client/submit.js';
import { registerNetwork } from '../client/actions/registerNetwork.js';
import { startCall } from '../client/actions/startCall.js';
import { burnedRegister } from '../client/actions/burnedRegister.js';
import { addStake } from '../client/actions/addStake.js';
import { setHyperparameter } from '../client/actions/setHyperparameter.js';
import { getLockCost } from '../client/actions/getLockCost.js';
import type { Keypair } from '../wallet/keypair.js';

export interface BootstrapNeuron {
  readonly coldkey: Keypair;
  readonly hotkey: Keypair;
}

export interface BootstrapValidator extends BootstrapNeuron {
  /** TAO (rao) staked to the hotkey on the new subnet. */
  readonly stake: bigint;
}

export interface BootstrapSubnetParameters {
  /** Pays for everything (e.g. //Alice on a dev chain). */
  readonly funder: Keypair;
  readonly owner: BootstrapNeuron;
  readonly validators: readonly BootstrapValidator[];
  readonly miners: readonly BootstrapNeuron[];
  /** Rao sent to each distinct coldkey (default: lock cost + stakes + 100 TAO for the owner, stake + 10 TAO for others). */
  readonly fund?: bigint;
  /** Owner-settable hyperparameters by btcli name, e.g. `{ commit_reveal_weights_enabled: false }`. */
  readonly hyperparameters?: Readonly<Record<string, string | number | bigint | boolean>>;
  readonly onStep?: (step: string) => void;
}

export interface BootstrapSubnetReturnType {
  readonly netuid: number;
  /** uid of each validator, then of each miner, in the order given. */
  readonly validatorUids: number[];
  readonly minerUids: number[];
}

const TAO = 1_000_000_000n;

export async function bootstrapSubnet(client: TensoriumClient, params: BootstrapSubnetParameters): Promise<BootstrapSubnetReturnType> {
  const step = params.onStep ?? (() => undefined);
  const lock = await getLockCost(client);
  // one transfer per distinct coldkey, batched into one extrinsic from the funder
  const need = new Map<string, bigint>();
  const add = (k: Keypair, rao: bigint): void => void need.set(k.ss58Address, (need.get(k.ss58Address) ?? 0n) + rao);
  add(params.owner.coldkey, params.fund ?? lock * 2n + 100n * TAO);
  for (const v of params.validators) add(v.coldkey, params.fund ?? v.stake + 10n * TAO);
  for (const m of params.miners) add(m.coldkey, params.fund ?? 10n * TAO);
  // hotkeys sign weights and serve_axon: a little for fees
  for (const n of [...params.validators, ...params.miners]) add(n.hotkey, TAO);
  const tx = client.api.tx;
  step(`funding ${need.size} accounts`);
  await submitCall(client, tx.utility.batchAll([...need].map(([dest, amount]) => tx.balances.transferKeepAlive(dest, amount))), { signer: params.funder });

  step('registering the subnet');
  const { netuid } = await registerNetwork(client, { signer: params.owner.coldkey, hotkey: params.owner.hotkey.ss58Address });
  await startCall(client, { signer: params.owner.coldkey, netuid });
  for (const [name, value] of Object.entries(params.hyperparameters ?? {})) {
    await setHyperparameter(client, { signer: params.owner.coldkey, netuid, name, value });
  }

  step(`registering ${params.validators.length} validators and ${params.miners.length} miners`);
  const all = [...params.validators, ...params.miners];
  // parallel across coldkeys, in order within one coldkey (its nonce)
  const byColdkey = new Map<string, BootstrapNeuron[]>();
  for (const n of all) byColdkey.set(n.coldkey.ss58Address, [...(byColdkey.get(n.coldkey.ss58Address) ?? []), n]);
  const uids = new Map<string, number>();
  await Promise.all(
    [...byColdkey.values()].map(async (list) => {
      for (const n of list) {
        const r = await burnedRegister(client, { signer: n.coldkey, netuid, hotkey: n.hotkey.ss58Address });
        uids.set(n.hotkey.ss58Address, r.uid);
      }
    }),
  );
  step('staking validators');
  const vByColdkey = new Map<string, BootstrapValidator[]>();
  for (const v of params.validators) vByColdkey.set(v.coldkey.ss58Address, [...(vByColdkey.get(v.coldkey.ss58Address) ?? []), v]);
  await Promise.all(
    [...vByColdkey.values()].map(async (list) => {
      for (const v of list) if (v.stake > 0n) await addStake(client, { signer: v.coldkey, hotkey: v.hotkey.ss58Address, netuid, amount: v.stake });
    }),
  );
  return {
    netuid,
    validatorUids: params.validators.map((v) => uids.get(v.hotkey.ss58Address)!),
    minerUids: params.miners.map((m) => uids.get(m.hotkey.ss58Address)!),
  };
}
