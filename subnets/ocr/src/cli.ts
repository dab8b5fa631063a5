/**
 * Run the OCR subnet on loopback without a chain (until the subnet framework wires in the metagraph):
 *
 *   npx tsx subnets/ocr/src/cli.ts miner --hotkey //Bob --port 8091 --strategy tesseract-preprocessed
 *   npx tsx subnets/ocr/src/cli.ts validator --hotkey //Alice --miner //Bob@127.0.0.1:8091 --rounds 5
 *
 * `--hotkey` takes a dev URI (//Alice) or a mnemonic; `--miner` takes `<ss58 or //URI>@host:port` and
 * may repeat. `--allow <ss58>` (repeatable) restricts a miner to those validator hotkeys.
 */
import { parseArgs } from 'node:util';
import { Keypair } from '@tensorium/sdk/wallet/keypair';
import { Axon } from '@tensorium/sdk/axon/index';
import { Dendrite, type AxonTarget } from '@tensorium/sdk/dendrite/index';
import { OcrSynapse } from './synapse.js';
import { createOcrMinerHandler } from './miner/handler.js';
import { OCR_STRATEGY_NAMES, type OcrStrategyName } from './miner/strategies.js';
import { createOcrValidatorTask, runOcrRound } from './validator/task.js';
import { normaliseWeights } from './validator/scoring.js';

const keypairOf = (s: string): Keypair => (s.startsWith('//') || s.includes(' ') ? Keypair.fromUri(s) : Keypair.fromSs58(s));

function parseMiner(s: string): AxonTarget {
  const at = s.lastIndexOf('@');
  const colon = s.lastIndexOf(':');
  if (at < 0 || colon < at) throw new Error(`--miner must be <hotkey>@host:port, got ${s}`);
  return { hotkey: keypairOf(s.slice(0, at)).ss58Address, ip: s.slice(at + 1, colon), port: Number(s.slice(colon + 1)) };
}

async function miner(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      hotkey: { type: 'string', default: '//Bob' },
      port: { type: 'string', default: '8091' },
      host: { type: 'string', default: '127.0.0.1' },
      strategy: { type: 'string', default: 'tesseract-preprocessed' },
      allow: { type: 'string', multiple: true },
    },
  });
  const strategy = values.strategy as OcrStrategyName;
  if (!OCR_STRATEGY_NAMES.includes(strategy)) throw new Error(`--strategy must be one of ${OCR_STRATEGY_NAMES.join(', ')}`);
  const handler = createOcrMinerHandler(strategy);
  await handler.warmUp();
  const allow = values.allow ? new Set(values.allow) : undefined;
  const axon = new Axon({ keypair: keypairOf(values.hotkey), port: Number(values.port), host: values.host });
  axon.attach(OcrSynapse, { ...handler.hooks(), blacklist: ({ caller }) => (allow && !allow.has(caller.hotkey) ? [true, 'not an allowed validator'] : false) });
  await axon.start();
  console.log(`OCR miner (${strategy}) ${axon.hotkey} on ${values.host}:${axon.port}; Ctrl-C to stop`);
  const stop = async (): Promise<void> => {
    await axon.stop();
    await handler.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function validator(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      hotkey: { type: 'string', default: '//Alice' },
      miner: { type: 'string', multiple: true, default: [] },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string' },
    },
  });
  const targets = values.miner.map(parseMiner);
  if (targets.length === 0) throw new Error('give at least one --miner <hotkey>@host:port');
  const task = createOcrValidatorTask(values.seed ? { seed: values.seed } : {});
  console.log(`challenge seed ${task.seed}`);
  const dendrite = new Dendrite({ keypair: keypairOf(values.hotkey) });
  const totals = targets.map(() => 0);
  try {
    for (let i = 0; i < Number(values.rounds); i++) {
      const r = await runOcrRound(dendrite, targets, task);
      console.log(`round ${i} (${r.query.challenge.kind}, ${r.query.request.task_id})`);
      r.scored.forEach((s, m) => {
        totals[m]! += s.reward;
        console.log(`  ${s.hotkey}  accuracy ${s.accuracy.toFixed(3)}  latency ${r.responses[m]!.latencyS.toFixed(2)} s  reward ${s.reward.toFixed(3)}  ${s.reason}`);
      });
    }
  } finally {
    await dendrite.close();
  }
  const weights = normaliseWeights(totals);
  console.log('weights:');
  targets.forEach((t, m) => console.log(`  ${t.hotkey}  ${weights[m]!.toFixed(4)}`));
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'miner') await miner(rest);
else if (command === 'validator') await validator(rest);
else {
  console.error('usage: cli.ts miner [--hotkey //Bob] [--port 8091] [--strategy tesseract-raw|tesseract-preprocessed|weak] [--allow <ss58>]…\n' + '       cli.ts validator [--hotkey //Alice] --miner <hotkey>@host:port … [--rounds 5] [--seed S]');
  process.exit(2);
}
