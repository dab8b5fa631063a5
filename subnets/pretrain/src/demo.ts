/**
 * A local pretraining round on loopback: three miners with different budgets and one copier serve
 * their models over real axons; a validator fetches, verifies, evaluates and prints the weights.
 * Run: `npx tsx subnets/pretrain/src/demo.ts [steps-multiplier]`.
 */
import { Axon, Dendrite, Keypair } from '@tensorium/sdk';
import { ModelSynapse, createPretrainMinerHandler, createPretrainValidatorTask, initBackend, trainMinerModel, type ModelPreset, type PretrainMinerTarget } from './index.js';

const k = Number(process.argv[2] ?? 1);
await initBackend();
const plans: { shape: ModelPreset; steps: number }[] = [
  { shape: 'small', steps: Math.round(50 * k) },
  { shape: 'small', steps: Math.round(200 * k) },
  { shape: 'medium', steps: Math.round(400 * k) },
];
const models = [];
for (const [i, p] of plans.entries()) {
  const t0 = performance.now();
  const m = await trainMinerModel({ ...p, seed: `demo-${i}`, initSeed: i });
  console.info(`miner ${i}: ${p.shape}/${p.steps} steps in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${m.bytes.length} bytes, ${m.commitment}`);
  models.push(m);
}
models.push(models[2]); // uid 3 republishes uid 2's model
const axons = models.map((m, uid) => new Axon({ keypair: Keypair.fromUri(`//DemoMiner${uid}`), port: 0, host: '127.0.0.1' }).attach(ModelSynapse, createPretrainMinerHandler({ model: m.bytes })));
const dendrite = new Dendrite({ keypair: Keypair.fromUri('//Alice') });
const task = createPretrainValidatorTask({ log: () => {} });
try {
  await Promise.all(axons.map((a) => a.start()));
  const miners: PretrainMinerTarget[] = models.map((m, uid) => ({ uid, axon: axons[uid].info(), commitment: { data: m.commitment, block: 100 + (uid === 3 ? 50 : uid) } }));
  const r = await task.runRound({ dendrite, miners, seed: `demo-round-${Date.now()}` });
  console.info(`backend ${r.backend}, ${r.samples} held-out samples`);
  for (const o of r.outcomes) console.info(`uid ${o.uid}  ${o.status.padEnd(13)} loss ${o.meanLoss.toFixed(4)}  win rate ${o.winRate.toFixed(3)}  weight ${o.weight.toFixed(4)}${o.copyOf !== undefined ? `  (copy of uid ${o.copyOf})` : ''}`);
} finally {
  task.dispose();
  await dendrite.close();
  await Promise.all(axons.map((a) => a.stop()));
}
