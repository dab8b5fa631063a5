/**
 * One localnet neuron as its own process: `tsx scripts/localnet/neuron.ts <spec.json>`.
 *
 * The spec (written by the localnet into the neuron's state directory) names the subnet kit, the
 * role, the chain, the wallet and hotkey (loaded from the wallet directory, as a real miner or
 * validator loads its key). Output: JSON lines on stdout — log records, then `{"event":"ready",…}`
 * once serving, and `{"event":"weights",…}` after every weights submission. SIGTERM/SIGINT (or the
 * end of stdin: the localnet is gone) stop the neuron cleanly (a validator saves its scores).
 */
import { readFileSync } from 'node:fs';
import { Wallet, createClient, createNeuronLogger, type NeuronLogRecord, type TensoriumClient, type WeightsReport } from '@tensorium/sdk';
import { loadKits, type KitName, type MinerBehaviour, type RunningNeuron } from './kits.js';

export interface NeuronSpec {
  /** `<subnet>/<neuron>`, e.g. `template/miner-good`. */
  readonly name: string;
  readonly kit: KitName;
  readonly role: 'miner' | 'validator';
  readonly behaviour?: MinerBehaviour;
  readonly nodeUrl: string;
  readonly netuid: number;
  readonly walletPath: string;
  readonly wallet: string;
  readonly hotkey: string;
  readonly stateDir: string;
  /** Shared by the subnet's neurons (model caches). */
  readonly shareDir: string;
}

const json = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Error ? { name: x.name, message: x.message } : x));
const out = (v: Record<string, unknown>): void => void process.stdout.write(json(v) + '\n');

async function main(specPath: string): Promise<void> {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as NeuronSpec;
  let restoredStep: number | undefined;
  const logger = createNeuronLogger({
    neuron: spec.name,
    level: 'info',
    sink: (r: NeuronLogRecord) => {
      // the validator says which saved state it resumed from when it starts
      if (r.msg === 'validator started' && typeof r.restoredStep === 'number') restoredStep = r.restoredStep;
      out({ ...r });
    },
  });
  const skipped: { name: string; reason: string }[] = [];
  const [kit] = await loadKits([spec.kit], skipped);
  if (!kit) throw new Error(`subnet kit ${spec.kit} cannot run: ${skipped.map((s) => s.reason).join('; ')}`);
  const hotkey = new Wallet({ path: spec.walletPath, name: spec.wallet }).getHotkey(undefined, spec.hotkey);
  let client: TensoriumClient | undefined;
  let neuron: RunningNeuron | undefined;
  let stopping: Promise<void> | undefined;
  const stop = (reason: string): Promise<void> =>
    (stopping ??= (async () => {
      logger.info('stopping', { reason });
      await neuron?.stop().catch((e: unknown) => logger.error('stop failed', { error: e }));
      await client?.disconnect().catch(() => undefined);
      process.exit(0);
    })());
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  process.stdin.on('end', () => void stop('the localnet is gone (stdin closed)'));
  process.stdin.resume();

  client = await createClient({ url: spec.nodeUrl });
  const ctx = { client, netuid: spec.netuid, hotkey, stateDir: spec.stateDir, shareDir: spec.shareDir, logger };
  if (spec.role === 'miner') {
    neuron = await kit.runMiner(spec.behaviour ?? 'good', ctx);
    out({ event: 'ready', role: 'miner', hotkey: hotkey.ss58Address, port: neuron.port });
  } else {
    neuron = await kit.runValidator(ctx, (r: WeightsReport) => out({ event: 'weights', ...r }));
    const v = neuron.validator;
    out({ event: 'ready', role: 'validator', hotkey: hotkey.ss58Address, restoredStep: restoredStep ?? null, step: v?.scores.step ?? 0, scores: v ? [...v.scores.scores] : [] });
  }
}

const specPath = process.argv[2];
if (!specPath) {
  process.stderr.write('usage: tsx scripts/localnet/neuron.ts <spec.json>\n');
  process.exit(2);
}
main(specPath).catch((e: unknown) => {
  out({ level: 'error', time: Date.now(), neuron: 'neuron', msg: `failed: ${(e as Error).message}` });
  process.exit(1);
});
