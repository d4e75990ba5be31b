import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { htmlPages } from '../build/dist.ts';
import { launch, openPage, siteUrl } from './helpers.ts';
import { settle } from './scrolly-site.ts';

/** Chapter pages with a graphic, whose scripts read the hash to open the data table it points into. */
const PAGES = htmlPages()
  .filter((p) => p.$('[data-scrolly] .graphic-data').length > 0 && !p.path.startsWith('/embed/'))
  .map((p) => p.path)
  .slice(0, 2);
const HASHES = ['#%', '#%E0%A4%A', '#%ZZ'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('finds pages to try', () => expect(PAGES.length).toBeGreaterThan(0));

it.each(PAGES)('%s ignores a malformed hash, on load and on hashchange', async (path) => {
  const { context, page, problems } = await openPage(browser);
  for (const hash of HASHES) {
    await page.goto(siteUrl(path) + hash, { waitUntil: 'load' });
    await settle(page);
  }
  await page.evaluate(() => (location.hash = '%E0%A4%A'));
  await settle(page);
  expect(problems).toEqual([]);
  await context.close();
});
