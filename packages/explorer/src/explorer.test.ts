// End-to-end: a real node with some activity (transfer, subnet registration, neuron registration, stake),
// the real indexer serving the built explorer, and headless Chromium (playwright-core) reading the pages on a
// desktop and a phone-sized viewport. Figures on screen are checked against the node's own answers.
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startDevStack, type DevStack } from './devStack.js';
import { buildExplorer } from './index.js';
import { formatInteger, formatPrice, formatTao, shortAddress } from './format.js';
import { ARTIFACTS, CHROMIUM, expectText } from './browserTest.js';

const WAIT_MS = 20_000;

async function numberIn(page: Page, testId: string): Promise<number> {
  const t = (await page.getByTestId(testId).first().textContent()) ?? '';
  return Number(t.replace(/[^\d]/g, ''));
}

test('explorer pages show live chain figures from the real indexer (desktop and phone)', { timeout: 300_000 }, async () => {
  const dist = await buildExplorer();
  const stack: DevStack = await startDevStack({ explorerDist: dist });
  let browser: Browser | undefined;
  try {
    const { api, base, netuid, tempo, keys, keyring, transferAmount, transferBlock, rpc, send, caughtUp } = stack;
    const { bob, charlie, aliceHot, bobHot } = keys;
    const sm = api.tx.subtensorModule;

    /** What the node says now (the chain is quiet between the blocks the test makes). */
    const nodeFigures = async () => {
      const bobAccount = (await api.query.system.account(bob.address)) as unknown as { data: { free: { toBigInt(): bigint } } };
      return { price: formatPrice(await stack.nodePrice(netuid)), bobFree: formatTao(bobAccount.data.free.toBigInt()) };
    };

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const viewports = [
      { name: 'desktop', viewport: { width: 1280, height: 860 }, isMobile: false },
      { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
    ];
    for (const vp of viewports) {
      const context = await browser.newContext({ viewport: vp.viewport, isMobile: vp.isMobile, hasTouch: vp.isMobile });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      const noSideScroll = async (where: string) => {
        const [scroll, inner] = (await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]')) as [number, number];
        assert.ok(scroll <= inner + 1, `${vp.name} ${where}: page scrolls sideways (${scroll} > ${inner}); wide tables must scroll inside their box`);
      };

      // Home: the head from the node, then blocks made now appear without a reload
      let h = await caughtUp();
      await page.goto(`${base}/`);
      await expectText(page, 'block-height', formatInteger(h));
      await page.evaluate('window.__sameDocument = true');
      await rpc('dev_newBlock');
      await rpc('dev_newBlock');
      h = await caughtUp();
      await expectText(page, 'block-height', formatInteger(h));
      assert.ok(await numberIn(page, 'block-height') >= h);
      assert.equal(await page.evaluate('window.__sameDocument'), true, 'no reload happened');
      await page.getByTestId('recent-transfers').getByText(formatTao(transferAmount)).first().waitFor({ timeout: WAIT_MS });
      await noSideScroll('home');
      await page.screenshot({ path: join(ARTIFACTS, `explorer-home-${vp.name}.png`), fullPage: true });

      // Subnets: the market row shows the node's price
      let figures = await nodeFigures();
      // client-side navigation through the header (behind the menu button on a phone)
      if (vp.isMobile) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Subnets', exact: true }).click();
      await page.waitForURL('**/subnets', { timeout: WAIT_MS });
      await expectText(page, `price-${netuid}`, figures.price);
      await noSideScroll('subnets');

      // Subnet page: price, metagraph with Bob's and Alice's hotkeys
      await page.goto(`${base}/subnets/${netuid}`);
      figures = await nodeFigures();
      await expectText(page, 'subnet-price', figures.price);
      const metagraph = page.getByTestId('metagraph-table');
      await metagraph.getByText(shortAddress(bobHot.address)).first().waitFor({ timeout: WAIT_MS });
      await metagraph.getByText(shortAddress(aliceHot.address)).first().waitFor({ timeout: WAIT_MS });
      // a neuron registered now appears with the next epoch's snapshot, without a reload
      const newcomer = keyring.addFromUri(`//Charlie//hot-${vp.name}`);
      await page.evaluate('window.__sameDocument = true');
      await send(sm.burnedRegister(netuid, newcomer.address), charlie);
      await rpc('dev_jumpBlocks', [tempo + 1]);
      await metagraph.getByText(shortAddress(newcomer.address)).first().waitFor({ timeout: WAIT_MS });
      assert.equal(await page.evaluate('window.__sameDocument'), true, 'metagraph updated without a reload');
      await page.waitForTimeout(500); // let the lazily loaded charts paint before the screenshot
      await noSideScroll('subnet');
      await page.screenshot({ path: join(ARTIFACTS, `explorer-subnet-${vp.name}.png`), fullPage: true });

      // Account: Bob's free balance and the incoming transfer
      await page.goto(`${base}/accounts/${bob.address}`);
      await expectText(page, 'account-free', figures.bobFree);
      await page.getByTestId('account-transfers').getByText(formatTao(transferAmount)).first().waitFor({ timeout: WAIT_MS });
      await page.getByTestId('account-stakes').getByText(shortAddress(bobHot.address)).first().waitFor({ timeout: WAIT_MS });
      await noSideScroll('account');

      // Block: the transfer's block lists the transfer extrinsic
      await page.goto(`${base}/blocks/${transferBlock}`);
      await expectText(page, 'block-number', String(transferBlock));
      await page.getByTestId('block-extrinsics').getByText(/Balances\.transfer_keep_alive/i).first().waitFor({ timeout: WAIT_MS });
      await noSideScroll('block');

      // Search: a block number and an address go straight to their pages
      await page.goto(`${base}/`);
      await page.getByTestId('search-input').fill(String(transferBlock));
      await page.getByTestId('search-input').press('Enter');
      await page.waitForURL(`**/blocks/${transferBlock}`, { timeout: WAIT_MS });
      await expectText(page, 'block-number', String(transferBlock));
      await page.getByTestId('search-input').fill(bob.address);
      await page.getByTestId('search-input').press('Enter');
      await page.waitForURL(`**/accounts/${bob.address}`, { timeout: WAIT_MS });
      await expectText(page, 'account-free', figures.bobFree);
      // pallet.call lists those extrinsics; typing part of a call name suggests it
      await page.getByTestId('search-input').fill('SubtensorModule.add_stake');
      await page.getByTestId('search-input').press('Enter');
      await page.waitForURL(/\/extrinsics\?call_module=SubtensorModule&call_name=add_stake/, { timeout: WAIT_MS });
      await page.getByTestId('extrinsics-table').getByText('SubtensorModule.add_stake').first().waitFor({ timeout: WAIT_MS });
      await page.getByTestId('search-input').fill('burned_reg');
      await page.getByTestId('search-suggestions').getByText('SubtensorModule.burned_register').click({ timeout: WAIT_MS });
      await page.waitForURL(/call_name=burned_register/, { timeout: WAIT_MS });
      await page.getByTestId('extrinsics-table').getByText('SubtensorModule.burned_register').first().waitFor({ timeout: WAIT_MS });

      assert.deepEqual(pageErrors, [], `${vp.name}: no uncaught errors in the page`);
      await context.close();
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await stack.stop();
  }
});
