// Shared by the explorer's browser tests (explorer.test.ts, localnet.test.ts): where screenshots go, which
// Chromium runs, and waiting for a page to show a text without reloading it.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Screenshots are kept here as CI artifacts (named in the README; ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../../../artifacts/explorer', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

/** Debian's chromium (or CHROMIUM_PATH), driven by playwright-core. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Waits until an element with this test id shows exactly `expected` (the page updates itself; no reload). */
export async function expectText(page: Page, testId: string, expected: string, timeoutMs = 20_000): Promise<void> {
  try {
    // browser-side code as a string: the repo's type-check has no DOM library
    await page.waitForFunction(
      `Array.from(document.querySelectorAll('[data-testid="${testId}"]')).some((el) => el.textContent.trim() === ${JSON.stringify(expected)})`,
      undefined,
      { timeout: timeoutMs },
    );
  } catch {
    const actual = await page.getByTestId(testId).first().textContent({ timeout: 1000 }).catch(() => '(missing)');
    assert.fail(`${testId}: expected "${expected}", page shows "${actual}"`);
  }
}
