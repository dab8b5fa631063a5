/**
 * Run one template neuron against any chain:
 *   npx tsx subnets/template/src/neuron.ts miner     --network ws://127.0.0.1:9944 --netuid 1 --wallet-name m1 [--hotkey default] [--port 8091] [--external-ip 203.0.113.7]
 *   npx tsx subnets/template/src/neuron.ts validator --network ws://127.0.0.1:9944 --netuid 1 --wallet-name v1 [--hotkey default]
 * The hotkey is read from the wallet (`--wallet-path`, default ~/.bittensor/wallets); Ctrl-C stops
 * the neuron cleanly (a validator saves its scores and resumes from them next time).
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { BaseMiner, BaseValidator, Wallet, createClient, type TensoriumClient } from '@tensorium/sdk';
import { createTemplateMinerHandler } from './miner.js';
import { createTemplateValidatorTask } from './validator.js';

export interface NeuronArgs {
  readonly role: 'miner' | 'validator';
  readonly network: string;
  readonly netuid: number;
  readonly walletPath?: string;
  readonly walletName: string;
  readonly hotkey: string;
  readonly port: number;
  readonly externalIp?: string;
  readonly behaviour: 'good' | 'slow' | 'wrong';
}

export function parseNeuronArgs(argv: readonly string[]): NeuronArgs {
  const [role, ...rest] = argv;
  if (role !== 'miner' && role !== 'validator') throw new Error('usage: neuron.ts miner|validator --netuid N --wallet-name NAME [--network URL] [--hotkey NAME] [--port N] [--external-ip IP]');
  const flags = new Map<string, string>();
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('--') || rest[i + 1] === undefined) throw new Error(`expected --flag value, got ${rest[i]}`);
    flags.set(rest[i].slice(2), rest[i + 1]);
  }
  const netuid = Number(flags.get('netuid'));
  if (!Number.isInteger(netuid) || netuid < 1) throw new Error('--netuid N is required');
  const behaviour = (flags.get('behaviour') ?? 'good') as NeuronArgs['behaviour'];
  if (!['good', 'slow', 'wrong'].includes(behaviour)) throw new Error('--behaviour is good, slow or wrong');
  return {
    role,
    network: flags.get('network') ?? 'local',
    netuid,
    walletPath: flags.get('wallet-path'),
    walletName: flags.get('wallet-name') ?? 'default',
    hotkey: flags.get('hotkey') ?? 'default',
    port: Number(flags.get('port') ?? 8091),
    externalIp: flags.get('external-ip'),
    behaviour,
  };
}

/** Start the neuron; resolves with its stop function. */
export async function startNeuron(args: NeuronArgs, client?: TensoriumClient): Promise<() => Promise<void>> {
  const c = client ?? (await createClient({ url: args.network }));
  const hotkey = new Wallet({ path: args.walletPath, name: args.walletName, hotkey: args.hotkey }).getHotkey(process.env.TENSORIUM_PASSWORD);
  const neuron =
    args.role === 'miner'
      ? await new BaseMiner({ client: c, netuid: args.netuid, hotkey, port: args.port, externalIp: args.externalIp, handler: createTemplateMinerHandler({ behaviour: args.behaviour }) }).start()
      : await new BaseValidator({ client: c, netuid: args.netuid, hotkey, task: createTemplateValidatorTask() }).start();
  return async () => {
    await neuron.stop();
    if (!client) await c.disconnect();
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const stop = await startNeuron(parseNeuronArgs(process.argv.slice(2)));
    const onSignal = (): void => void stop().finally(() => process.exit(0));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
