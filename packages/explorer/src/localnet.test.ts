// End-to-end over the real localnet: the node (250 ms blocks), a template subnet whose validator and three
// miners (good, slow, wrong) run as their own processes, and the indexer serving the built explorer. Headless
// Chromium (playwright-core) reads every page once weights were set and an epoch paid. The chain keeps moving
// while the test reads, so a figure on screen is compared with the node at the block it is from (the
// metagraph snapshot's block), or with the node over the window of blocks in which the page was read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syncMetagraph } from '@tensorium/sdk';
import { startLocalnet, type Localnet } from '../../../scripts/localnet.js';
import { formatPrice, formatTao, parseDecimal, shortAddress } from './format.js';
import { ARTIFACTS, CHROMIUM, expectText as expectTextIn } from './browserTest.js';
import type { Extrinsic, ListResponse } from './types.js';

const WAIT_MS = 30_000;
const expectText = (page: Page, testId: string, expected: string): Promise<void> => expectTextIn(page, testId, expected, WAIT_MS);

/** Waits until the number shown in `testId` is at least `min`; returns what it shows then. */
async function expectNumberAtLeast(page: Page, testId: string, min: number): Promise<number> {
  const read = `Number((document.querySelector('[data-testid="${testId}"]')?.textContent ?? '').replace(/[^0-9]/g, '') || -1)`;
  try {
    await page.waitForFunction(`${read} >= ${min}`, undefined, { timeout: WAIT_MS });
  } catch {
    assert.fail(`${testId}: expected at least ${min}, page shows ${String(await page.evaluate(read))}`);
  }
  return (await page.evaluate(read)) as number;
}

/** The Chromium-side text of one test id. */
async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent({ timeout: WAIT_MS })) ?? '').trim();
}

/** Polls `check` once per block until it answers a value, or fails after `blocks` blocks. */
async function untilBlock<T>(net: Localnet, what: string, blocks: number, check: () => Promise<T | undefined>): Promise<T> {
  const end = net.clock.block + blocks;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (net.clock.block >= end) assert.fail(`${what}: not within ${blocks} blocks (now #${net.clock.block})`);
    await net.clock.waitFor(net.clock.block + 1);
  }
}

/** What the page's metagraph table shows, read in one go (the table may swap in a newer snapshot any time). */
interface ShownMetagraph {
  block: number;
  rows: { uid: number; role: string; incentive: string; hotkey: string }[];
}
const READ_METAGRAPH = `(() => {
  const table = document.querySelector('[data-testid="metagraph-table"]');
  const at = document.querySelector('[data-testid="metagraph-block"]');
  if (!table || !at) return null;
  const heads = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent.trim());
  const col = (name) => heads.findIndex((h) => h.startsWith(name));
  const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) => {
    const cells = Array.from(tr.querySelectorAll('td'));
    return {
      uid: Number(cells[col('UID')].textContent.trim()),
      role: cells[col('Role')].textContent.trim(),
      incentive: cells[col('Incentive')].textContent.trim(),
      hotkey: cells[col('Hotkey')].querySelector('[title]')?.getAttribute('title') ?? '',
    };
  });
  return { block: Number(at.getAttribute('data-block')), rows };
})()`;

test('explorer over the localnet with a running subnet: live pages, metagraph against the node, search', { timeout: 480_000 }, async () => {
  const lines: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'explorer-localnet-'));
  const net = await startLocalnet({ port: 0, explorerPort: 0, dir, subnets: ['template'], validatorsPerSubnet: 1, explorer: true, log: (l) => lines.push(l) });
  let browser: Browser | undefined;
  try {
    assert.ok(net.explorerUrl, `the localnet serves the explorer (log:\n${lines.join('\n')})`);
    const base = net.indexerUrl;
    const apiBase = `${net.indexerUrl}/api/v1`;
    const api = net.client.api;
    const sn = net.subnets[0];
    const { netuid } = sn;
    const validator = sn.validators[0];
    const miner = (b: string) => sn.miners.find((m) => m.behaviour === b)!;
    const [good, slow, wrong] = [miner('good'), miner('slow'), miner('wrong')];
    assert.ok(good && slow && wrong, 'the template subnet runs a good, a slow and a wrong miner');

    const getJson = async <T>(path: string): Promise<T> => {
      const res = await fetch(`${apiBase}${path}`);
      assert.equal(res.status, 200, `GET ${path}: ${res.status}`);
      return (await res.json()) as T;
    };
    const head = async () => (await api.rpc.chain.getHeader()).number.toNumber();
    const hashAt = async (block: number) => (await api.rpc.chain.getBlockHash(block)).toHex();
    /** The node's price of the subnet at a block, as the indexer writes it (TAO per alpha, 9 decimals). */
    const priceAt = async (block: number): Promise<string> => {
      const raw = await api.rpc.state.call('SwapRuntimeApi_current_alpha_price_all', '0x', await hashAt(block));
      const all = api.createType('Vec<(u16, u64)>', raw) as unknown as [{ toNumber(): number }, { toBigInt(): bigint }][];
      const row = all.find(([x]) => x.toNumber() === netuid);
      assert.ok(row, `the node prices subnet ${netuid} at #${block}`);
      const rao = row[1].toBigInt();
      return `${rao / 1_000_000_000n}.${(rao % 1_000_000_000n).toString().padStart(9, '0')}`;
    };
    /** Where a page read may start from: the indexer (and so the page) runs a few blocks behind the node. */
    const readStart = async (): Promise<number> => {
      const st = await getJson<{ data: { indexed_block: number } }>('/status');
      return Math.min(st.data.indexed_block, await head()) - 20;
    };
    /** The node's prices over the blocks a page may have been showing while it was read. */
    const pricesBetween = async (from: number, to: number): Promise<Set<string>> => {
      const out = new Set<string>();
      for (let b = Math.max(1, from); b <= to; b++) out.add(formatPrice(await priceAt(b)));
      return out;
    };

    // ---- the subnet at work: weights set and an epoch paid, the good miner on top (node and indexer)
    await untilBlock(net, 'an epoch paying the good miner most', 40 * (sn.tempo + 1), async () => {
      const st = await net.status(netuid);
      return st.weightsSet > 0 && st.top?.behaviour === 'good' ? st : undefined;
    });
    const setWeights = await untilBlock(net, 'the indexer lists a set_weights extrinsic of the validator', 20 * (sn.tempo + 1), async () => {
      const res = await getJson<ListResponse<Extrinsic>>(`/extrinsics?call_module=SubtensorModule&call_name=set_weights&signer=${validator.hotkey}&success=true&limit=1`);
      return res.data[0];
    });
    // the indexer's row is the node's extrinsic: same block, index, call and hash
    const onChain = await api.rpc.chain.getBlock(await hashAt(setWeights.block_number));
    const xt = onChain.block.extrinsics[setWeights.index];
    assert.ok(xt, `block #${setWeights.block_number} has extrinsic ${setWeights.index}`);
    assert.equal(`${xt.method.section}.${xt.method.method}`, 'subtensorModule.setWeights');
    assert.equal(xt.hash.toHex(), setWeights.hash);
    await untilBlock(net, 'an indexed metagraph snapshot paying the good miner', 20 * (sn.tempo + 1), async () => {
      const res = await getJson<{ data: { uid: number; incentive: string }[] }>(`/subnets/${netuid}/metagraph`);
      return (parseDecimal(res.data.find((n) => n.uid === good.uid)?.incentive, 9) ?? 0n) > 0n ? true : undefined;
    });

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `localnet-${name}.png`), fullPage: true });

    // ---- home: the node's height, then blocks sealed now appear without a reload
    const before = await head();
    await page.goto(`${base}/`);
    const shown = await expectNumberAtLeast(page, 'block-height', before);
    assert.ok(shown <= (await head()), `home shows #${shown}, a block the node has`);
    await page.evaluate('window.__sameDocument = true');
    await net.clock.waitFor(shown + 3);
    await expectNumberAtLeast(page, 'block-height', shown + 3);
    // the latest-blocks list grew as well (its newest row; older ones scroll out as blocks arrive)
    await page.waitForFunction(
      `Number((document.querySelector('[data-testid="recent-block"] a')?.textContent ?? '').replace(/[^0-9]/g, '') || -1) >= ${shown + 3}`,
      undefined,
      { timeout: WAIT_MS },
    );
    assert.equal(await page.evaluate('window.__sameDocument'), true, 'new blocks arrived without a reload');
    await page.getByTestId('recent-extrinsics').getByText('SubtensorModule.set_weights').first().waitFor({ timeout: WAIT_MS });
    await shot('home');

    // ---- subnets market: the template subnet's row with the node's price and a non-zero emission share
    await page.getByRole('navigation').getByRole('link', { name: 'Subnets', exact: true }).click();
    await page.waitForURL('**/subnets', { timeout: WAIT_MS });
    let from = await readStart();
    await page.getByTestId(`price-${netuid}`).waitFor({ timeout: WAIT_MS });
    let price = await textOf(page, `price-${netuid}`);
    let prices = await pricesBetween(from, await head());
    assert.ok(prices.has(price), `market price ${price} is the node's at a block read (${[...prices].join(', ')})`);
    const emission = await textOf(page, `emission-${netuid}`);
    assert.match(emission, /^\d+\.\d\d%$/);
    assert.ok(Number(emission.replace('%', '')) > 0, `emission share ${emission} is not zero`);
    assert.equal(await page.evaluate('window.__sameDocument'), true, 'client-side navigation');
    await shot('subnets');

    // ---- the subnet: price, candles, and the metagraph against the node at the snapshot's block
    await page.getByTestId('subnets-table').locator(`a[href="/subnets/${netuid}"]`).first().click();
    await page.waitForURL(`**/subnets/${netuid}`, { timeout: WAIT_MS });
    from = await readStart();
    price = await textOf(page, 'subnet-price');
    prices = await pricesBetween(from, await head());
    assert.ok(prices.has(price), `subnet price ${price} is the node's at a block read (${[...prices].join(', ')})`);
    const metagraph = page.getByTestId('metagraph-table');
    for (const hotkey of [sn.owner.hotkey, validator.hotkey, good.hotkey, slow.hotkey, wrong.hotkey]) {
      await metagraph.getByText(shortAddress(hotkey), { exact: true }).first().waitFor({ timeout: WAIT_MS });
    }
    const shownMg = (await page.evaluate(READ_METAGRAPH)) as ShownMetagraph | null;
    assert.ok(shownMg && shownMg.block > 0, 'the metagraph says which block its snapshot is from');
    const mg = await syncMetagraph(net.client, { netuid, block: shownMg.block });
    assert.equal(shownMg.rows.length, mg.n, `one row per neuron at #${shownMg.block}`);
    const byUid = new Map(shownMg.rows.map((r) => [r.uid, r]));
    for (let uid = 0; uid < mg.n; uid++) {
      const row = byUid.get(uid);
      assert.ok(row, `uid ${uid} listed`);
      assert.equal(row.hotkey, mg.hotkeys[uid], `uid ${uid} hotkey at #${shownMg.block}`);
      const diff = Math.abs(Number(row.incentive) - mg.incentive[uid]);
      assert.ok(diff <= 0.00015, `uid ${uid} incentive ${row.incentive} is the node's ${mg.incentive[uid]} at #${shownMg.block}`);
    }
    const incentiveOf = (uid: number) => Number(byUid.get(uid)!.incentive);
    const top = Math.max(...shownMg.rows.map((r) => Number(r.incentive)));
    assert.equal(incentiveOf(good.uid), top, 'the good miner shows the highest incentive');
    assert.ok(incentiveOf(good.uid) > incentiveOf(slow.uid), 'good above slow');
    assert.equal(byUid.get(wrong.uid)!.incentive, '0.0000', 'the wrong miner earns nothing');
    assert.equal(byUid.get(validator.uid)!.role, 'validator');
    assert.equal(byUid.get(good.uid)!.role, 'miner', 'a miner holding a permit is still shown as a miner');
    // the price chart: candles from the indexer, drawn once the chart code loaded
    await page.waitForFunction(`Number(document.querySelector('[data-testid="candles"]')?.getAttribute('data-candles') ?? 0) >= 1`, undefined, { timeout: WAIT_MS });
    await page.locator('[data-testid="candles"] canvas').first().waitFor({ timeout: WAIT_MS });
    await page.waitForTimeout(500); // let the lazily loaded charts paint before the screenshot
    await shot('subnet');

    // ---- validators: the subnet's validator
    await page.getByRole('navigation').getByRole('link', { name: 'Validators', exact: true }).click();
    await page.waitForURL('**/validators', { timeout: WAIT_MS });
    await page.getByTestId('validators-table').getByText(shortAddress(validator.hotkey), { exact: true }).first().waitFor({ timeout: WAIT_MS });
    await shot('validators');

    // ---- the validator's coldkey: its stake on the subnet
    const coldkey = mg.coldkeys[validator.uid];
    await page.goto(`${base}/accounts/${coldkey}`);
    const stakes = page.getByTestId('account-stakes');
    await stakes.getByText(shortAddress(validator.hotkey), { exact: true }).first().waitFor({ timeout: WAIT_MS });
    await stakes.locator(`a[href="/subnets/${netuid}"]`).first().waitFor({ timeout: WAIT_MS });
    const staked = await textOf(page, 'account-stake');
    assert.ok((parseDecimal(staked.replace(/[^\d.]/g, ''), 9) ?? 0n) > 0n, `the validator's coldkey has stake (${staked})`);
    await shot('account');

    // ---- the block of a set_weights extrinsic, then that extrinsic
    const blockHash = await hashAt(setWeights.block_number);
    await page.goto(`${base}/blocks/${setWeights.block_number}`);
    await expectText(page, 'block-number', String(setWeights.block_number));
    await page.getByTestId('block-info').getByText(blockHash, { exact: true }).first().waitFor({ timeout: WAIT_MS });
    const blockExtrinsics = page.getByTestId('block-extrinsics');
    await blockExtrinsics.getByText('SubtensorModule.set_weights').first().waitFor({ timeout: WAIT_MS });
    await shot('block');
    await blockExtrinsics.getByRole('link', { name: setWeights.id, exact: true }).click();
    await page.waitForURL(`**/extrinsics/${setWeights.id}`, { timeout: WAIT_MS });
    await expectText(page, 'extrinsic-id', setWeights.id);
    await expectText(page, 'extrinsic-call', 'SubtensorModule.set_weights');
    const info = page.getByTestId('extrinsic-info');
    await info.getByText(setWeights.hash, { exact: true }).first().waitFor({ timeout: WAIT_MS });
    await info.getByText(validator.hotkey, { exact: true }).first().waitFor({ timeout: WAIT_MS });
    await shot('extrinsic');

    // ---- search: a block number, a miner's hotkey, an extrinsic by hash and by block-index id
    const search = async (q: string, url: string) => {
      await page.getByTestId('search-input').fill(q);
      await page.getByTestId('search-input').press('Enter');
      await page.waitForURL(`**${url}`, { timeout: WAIT_MS });
    };
    // (each search leaves the page it starts from, so reaching the URL is the search's doing)
    await search(String(setWeights.block_number), `/blocks/${setWeights.block_number}`);
    await expectText(page, 'block-number', String(setWeights.block_number));
    await search(setWeights.id, `/extrinsics/${setWeights.id}`);
    await expectText(page, 'extrinsic-call', 'SubtensorModule.set_weights');
    await search(good.hotkey, `/accounts/${good.hotkey}`);
    const free = (await api.query.system.account(good.hotkey)) as unknown as { data: { free: { toBigInt(): bigint } } };
    await expectText(page, 'account-free', formatTao(free.data.free.toBigInt()));
    await search(setWeights.hash, `/extrinsics/${setWeights.id}`);
    await expectText(page, 'extrinsic-id', setWeights.id);
    await expectText(page, 'extrinsic-call', 'SubtensorModule.set_weights');
    await shot('search');

    assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
    await context.close();
  } catch (e) {
    // the localnet's own account of what went on, next to the failure
    console.error(`localnet log (last lines):\n${lines.slice(-40).join('\n')}`);
    throw e;
  } finally {
    await browser?.close().catch(() => undefined);
    await net.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
