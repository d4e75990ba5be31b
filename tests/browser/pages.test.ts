import { describe, expect, it } from 'vitest';
import { VIEWPORTS, axeViolations, fileBrowser, siteUrl, storedState } from './helpers.ts';
import { htmlPages } from '../build/dist.ts';

/**
 * Every built page: axe and the error watchers run on all of them, at both sizes. The Russian edition's
 * embeds are left out: they are the English embeds' components with the Russian chapters' text, which
 * the Russian chapter pages already put through the same checks.
 */
const PAGES = htmlPages()
  .map((p) => p.path)
  .filter((p) => p.endsWith('/') && !p.startsWith('/ru/embed/'));

// One page per size, reused from page to page (helpers.ts: PagePool says why and when that is safe).
const { open, pool } = fileBrowser();

it('the axe check reports a violation planted in a page', async () => {
  const { context, page } = await open({ viewport: VIEWPORTS.phone });
  await page.goto(siteUrl('/about/'), { waitUntil: 'load' });
  await page.evaluate(() =>
    document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })),
  );
  expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt /m);
  await context.close();
});

it('the stored-state check sees what a page keeps', async () => {
  const { context, page } = await open({ viewport: VIEWPORTS.phone });
  await page.goto(siteUrl('/about/'), { waitUntil: 'load' });
  await page.evaluate(() => {
    localStorage.setItem('planted', '1');
    document.cookie = 'planted=1';
  });
  expect(await storedState(page)).toEqual(['cookie planted', 'localStorage planted']);
  await context.close();
});

describe.each(Object.entries(VIEWPORTS))('at %s size', (_name, viewport) => {
  it.each(PAGES)('%s renders with no errors, no failed or third-party requests, no axe violations', async (path) => {
    const { page, problems } = await pool.page({ viewport });
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    // Nothing wider than the viewport: horizontal scrolling on a phone is a reading failure.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // Nothing kept in the browser: what makes one page safe to reuse for the next test.
    expect(await storedState(page)).toEqual([]);
  });
});

describe('with JavaScript disabled', () => {
  it.each(PAGES)('%s shows its headings and prose', async (path) => {
    const { page, problems } = await pool.page({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
    await page.goto(siteUrl(path));
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    const paragraphs = page.locator('main p');
    expect(await paragraphs.count()).toBeGreaterThan(0);
    expect(await paragraphs.first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('About’s source list', () => {
  it.each(Object.entries(VIEWPORTS))(
    'at %s size, lays out only the lists on screen at load, and a link to a source lands on it',
    async (_name, viewport) => {
      const { context, page, problems } = await open({ viewport });
      await page.goto(siteUrl('/about/'), { waitUntil: 'load' });
      // Lists below the first screen are skipped (content-visibility) until the reader nears them.
      const atLoad = await page.$$eval('.sources-list li', (els) =>
        els.map((el) => el.checkVisibility({ contentVisibilityAuto: true })),
      );
      expect(atLoad.filter((d) => !d).length).toBeGreaterThan(atLoad.length / 2);
      const ids = await page.$$eval('.sources-list li', (els) => els.map((el) => el.id));
      for (const id of [ids[Math.floor(ids.length / 2)]!, ids[Math.floor(ids.length * 0.8)]!]) {
        await page.goto(siteUrl(`/about/#${id}`), { waitUntil: 'load' });
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.y, id).toBeGreaterThanOrEqual(0);
        expect(box!.y, id).toBeLessThan(viewport.height / 3);
        expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
