import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { htmlPages } from '../build/dist.ts';
import { labelledMarksInline, launch, openPage, siteUrl } from './helpers.ts';
import { settle } from './scrolly-site.ts';

/** Pages that read the query or the hash: chapters and embeds (and the opening, as a control). */
const PAGES = htmlPages()
  .map((p) => p.path)
  .filter((p) => p === '/' || p.split('/').length === 3 || p.startsWith('/embed/'))
  .slice(0, 4);

const ATTACKS = [
  '?step=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '?step=%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '#%22%3E%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
  '?step=x#%3Csvg%20onload%3Dwindow.__pwned%3D1%3E',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function fingerprint(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    imgs: document.querySelectorAll('img').length,
    scripts: document.querySelectorAll('script').length,
    svgsWithHandlers: document.querySelectorAll('[onload], [onerror]').length,
    echoed: document.body.innerHTML.includes('__pwned'),
  }));
}

it.each(PAGES)('%s writes nothing from the query or hash into the page', async (path) => {
  const { context, page } = await openPage(browser);
  // The focus figure's image becomes its inline drawing once its file arrives: compare pages after that.
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  await labelledMarksInline(page);
  const clean = await fingerprint(page);
  for (const attack of ATTACKS) {
    await page.goto(siteUrl(path) + attack, { waitUntil: 'load' });
    await settle(page);
    await labelledMarksInline(page);
    expect(await fingerprint(page), `${path}${attack}`).toEqual(clean);
  }
  await context.close();
});
