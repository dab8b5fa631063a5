// Render benchmark: time from navigation to the page's main content in headless Chromium, against the
// real indexer over a node with `--blocks` of history (default 2 000). Each page is opened in a fresh
// browser context (cold cache: HTML, JS chunks and API requests all fetched), `--runs` times; prints the
// median and worst wall time, the main thread's busy time (CPU spent rendering: what the wall time comes
// to on an idle machine, since the API answers in ~2 ms locally), the API requests and the JS loaded.
// A stake and a transfer every 200 blocks spread activity over the history (stake/balance history, pool
// volume); the subnet's epochs write a metagraph snapshot every tempo.
// With `--mainnet` the node runs the mainnet preset (12 s blocks, tempo 360): jumped blocks advance the chain's
// Timestamp by 12 s each, so `--blocks 216000 --mainnet` is a month of history in chain time.
//   npx tsx packages/explorer/src/render.bench.ts [--blocks 2000] [--runs 5] [--mainnet]
import { chromium } from 'playwright-core';
import { buildExplorer } from './index.js';
import { startDevStack } from './devStack.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const blocks = arg('blocks', 2_000);
const runs = arg('runs', 5);
const preset = process.argv.includes('--mainnet') ? 'mainnet' : 'fast';
const dist = await buildExplorer();
const t0 = Date.now();
let lastReport = 0;
const stack = await startDevStack({
  explorerDist: dist,
  historyBlocks: blocks,
  spreadActivity: true,
  preset,
  onHistoryProgress: (remaining) => {
    if (Date.now() - lastReport < 60_000 && remaining > 0) return;
    lastReport = Date.now();
    const done = blocks - remaining;
    console.log(`history ${done}/${blocks} blocks, ${((Date.now() - t0) / 1000).toFixed(0)} s, ${(done / ((Date.now() - t0) / 1000)).toFixed(1)} blocks/s`);
  },
});
const head = await stack.caughtUp(30 * 60_000);
// block times as the indexer stored them (seconds, from each block's Timestamp.Now)
const span = async (n: number) => ((await (await fetch(`${stack.base}/api/v1/blocks/${n}`)).json()) as { data: { timestamp: number } }).data.timestamp;
const days = ((await span(head)) - (await span(1))) / 86_400;
console.log(`chain at #${head} (${preset} preset, ${days.toFixed(1)} days of block timestamps), indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s (node + indexer)`);

const pages: [string, string][] = [
  ['/', '[data-testid="recent-block"]'],
  ['/subnets', '[data-testid="subnets-table"] tbody td'],
  [`/subnets/${stack.netuid}`, '[data-testid="metagraph-table"] tbody td'],
  [`/accounts/${stack.keys.bob.address}`, '[data-testid="account-free"]'],
  [`/blocks/${stack.transferBlock}`, '[data-testid="block-extrinsics"] tbody td'],
  ['/validators', '[data-testid="validators-table"] tbody td'],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [path, selector] of pages) {
    const times: number[] = [];
    const busy: number[] = [];
    let api = 0;
    let jsBytes = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      api = 0;
      jsBytes = 0;
      page.on('request', (r) => {
        if (r.url().includes('/api/v1/') && !r.url().endsWith('/ws')) api++;
      });
      page.on('response', async (r) => {
        if (r.url().endsWith('.js')) jsBytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const start = Date.now();
      await page.goto(stack.base + path, { waitUntil: 'commit' });
      await page.waitForSelector(selector, { timeout: 30_000 });
      times.push(Date.now() - start);
      // main-thread busy time (script, style, layout, paint) up to now: the render cost on an idle machine
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      busy.push(Math.round((metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000));
      await context.close();
    }
    times.sort((a, b) => a - b);
    busy.sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    console.log(
      `${path.length > 40 ? path.slice(0, 39) + '…' : path.padEnd(40)} wall median ${median(times)} ms (worst ${times[times.length - 1]}), main thread busy median ${median(busy)} ms, ${api} API requests, ${(jsBytes / 1024).toFixed(0)} KiB JS`,
    );
  }
} finally {
  await browser.close();
  await stack.stop();
}
