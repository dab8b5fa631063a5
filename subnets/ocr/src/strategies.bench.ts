/**
 * Accuracy and latency of the three miner strategies on generated challenges (one shared worker,
 * sequential). Run: `npx tsx subnets/ocr/src/strategies.bench.ts [documents=12] [seed=bench]`.
 * Normal case: the default style ranges; there is no worst case beyond the largest font/noise draw.
 */
import { generateChallenge } from './validator/challenge.js';
import { rewardOf } from './validator/scoring.js';
import { createTesseractEngine } from './miner/engine.js';
import { createOcrStrategy, OCR_STRATEGY_NAMES } from './miner/strategies.js';
import { characterAccuracy } from './text.js';

const n = Number(process.argv[2] ?? 12);
const seed = process.argv[3] ?? 'bench';
const engine = await createTesseractEngine();
const stats = new Map(OCR_STRATEGY_NAMES.map((s) => [s, { acc: 0, reward: 0, ms: 0, wins: 0 }]));
try {
  for (let round = 0; round < n; round++) {
    const c = generateChallenge(seed, round);
    const row: string[] = [`#${round}`, c.kind.padEnd(7), `${c.style.fontFamily} ${c.style.fontSizePx}px`.padEnd(26)];
    for (const name of OCR_STRATEGY_NAMES) {
      const s = createOcrStrategy(name, { engine });
      const t0 = performance.now();
      const text = await s.recognize(c.png);
      const ms = performance.now() - t0;
      const acc = characterAccuracy(text, c.groundTruth);
      const st = stats.get(name)!;
      st.acc += acc;
      st.ms += ms;
      st.reward += rewardOf(acc, ms / 1000);
      row.push(`${name}=${acc.toFixed(3)}`);
    }
    console.log(row.join(' '));
  }
  console.log(`\n${n} documents, seed ${JSON.stringify(seed)}`);
  for (const [name, st] of stats) {
    console.log(`${name.padEnd(24)} mean accuracy ${(st.acc / n).toFixed(3)}  mean reward ${(st.reward / n).toFixed(3)}  mean latency ${(st.ms / n).toFixed(0)} ms`);
  }
} finally {
  await engine.terminate();
}
