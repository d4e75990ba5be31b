import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWPORTS, launch, openPage, pageTimersFired, siteUrl } from './helpers.ts';
import { CASES, shoot, textReport, tip } from './graphics-check.ts';
import { settle } from './scrolly-site.ts';

/**
 * The story's graphics as a reader sees them: every state at phone and desktop width (light, and dark
 * for one pass), screenshotted to reports/screenshots/ for a person to look at, with what can be
 * asserted asserted: readable text sizes, no overlapping labels, one mark per data entry, the mark
 * details card on focus and Escape, and a data table with a row per mark.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const phone: BrowserContextOptions = { viewport: VIEWPORTS.phone, reducedMotion: 'reduce' };
const desktop: BrowserContextOptions = { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' };

describe.each(CASES)('$graphic', (c) => {
  const open = async (options: BrowserContextOptions, hash = '') => {
    const watched = await openPage(browser, options);
    await watched.page.goto(siteUrl(`/${c.chapter}/`) + hash, { waitUntil: 'networkidle' });
    await settle(watched.page);
    return watched;
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`draws every step figure readably at 390 px (${scheme})`, async () => {
      const { context, page, problems } = await open({ ...phone, colorScheme: scheme });
      const steps = page.locator(`#${c.section} .scrolly-step`);
      const n = await steps.count();
      expect(n).toBeGreaterThan(1);
      let focusFigures = 0;
      for (let i = 0; i < n; i++) {
        const step = steps.nth(i);
        const id = (await step.getAttribute('id')) ?? String(i);
        const svg = step.locator('.scrolly-step__figure svg');
        await shoot(step.locator('.scrolly-step__figure'), `${c.graphic}-390-${scheme}-${id}`);
        if (scheme === 'dark') continue;
        const text = await textReport(svg);
        expect(text.minPx, `${id}: smallest text`).toBeGreaterThanOrEqual(12);
        expect(text.overlaps, `${id}: overlapping labels`).toEqual([]);
        const marks = await svg.locator(c.marks).count();
        if (c.partial) expect(marks, `${id}: marks`).toBeLessThanOrEqual(c.count);
        else expect(marks, `${id}: marks`).toBe(c.count);
        if ((await svg.locator('[tabindex="0"]').count()) > 0) focusFigures += 1;
      }
      if (scheme === 'light') {
        // One figure per section has tab stops, with one per data entry.
        expect(focusFigures).toBe(1);
        expect(await page.locator(`#${c.section} .scrolly-step__figure [tabindex="0"]`).count()).toBe(c.count);
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`draws every state of the sticky graphic readably at 1280 px (${scheme})`, async () => {
      const { context, page, problems } = await open({ ...desktop, colorScheme: scheme });
      const ids = await page.locator(`#${c.section} .scrolly-step`).evaluateAll((els) => els.map((e) => e.id));
      for (const id of ids) {
        await page.goto(siteUrl(`/${c.chapter}/`) + `#${id}`, { waitUntil: 'networkidle' });
        await page.waitForFunction(
          ([sid, stepId]) => document.querySelector(`#${sid} .scrolly-step[aria-current="step"]`)?.id === stepId,
          [c.section, id] as const,
        );
        await settle(page);
        const svg = page.locator(`#${c.section} .scrolly-graphic svg.graphic--wide`);
        await shoot(page.locator(`#${c.section} .scrolly-graphic`), `${c.graphic}-1280-${scheme}-${id}`);
        if (scheme === 'dark') continue;
        const text = await textReport(svg);
        expect(text.minPx, `${id}: smallest text`).toBeGreaterThanOrEqual(12);
        expect(text.overlaps, `${id}: overlapping labels`).toEqual([]);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('shows a mark’s details on focus and hides them on Escape, leaving focus on the mark', async () => {
    const { context, page } = await open(phone);
    const mark = page.locator(`#${c.section} .scrolly-step__figure [tabindex="0"]`).first();
    await mark.focus();
    const label = await mark.getAttribute('aria-label');
    expect(label).toBeTruthy();
    expect(await tip(page)).toEqual({ shown: true, text: label });
    await page.screenshot({ path: `reports/screenshots/${c.graphic}-390-details-card.png` });
    await page.keyboard.press('Escape');
    expect((await tip(page)).shown).toBe(false);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    // Tab moves on: the card never holds the keyboard.
    await page.keyboard.press('Tab');
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(false);
    await context.close();
  });

  it('shows a mark’s details on hover over the sticky graphic, and keeps them while the pointer is on the card', async () => {
    const { context, page } = await open(desktop);
    const live = page.locator(`#${c.section} .scrolly-graphic .graphic--wide ${c.marks}`);
    const key = await live.first().getAttribute('data-key');
    await live.first().hover();
    const shown = await tip(page);
    expect(shown.shown).toBe(true);
    const twin = page.locator(`#${c.section} .scrolly-step__figure [data-key="${key}"][aria-label]`);
    expect(shown.text).toBe(await twin.getAttribute('aria-label'));
    await page.locator('.mark-tip').hover();
    // Past the card's 300 ms grace period after the pointer left the mark, it is still there.
    await pageTimersFired(page, 300);
    expect((await tip(page)).shown).toBe(true);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.mark-tip')?.hidden);
    await context.close();
  });

  it('has the data as a table with a row per mark, closed on screen and open in print', async () => {
    const { context, page } = await open(phone);
    const furniture = page.locator(`#${c.section}-data`);
    expect(await furniture.evaluate((el) => el.tagName)).toBe('FIGURE');
    const table = furniture.locator('table').first();
    expect(await table.isVisible()).toBe(false);
    expect(await table.locator('tbody tr').count()).toBe(c.count);
    expect(await table.locator('caption').textContent()).toBeTruthy();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    for (const link of await furniture.locator('a[download]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const res = await page.request.get(new URL(href, page.url()).href);
      expect(res.status(), href).toBe(200);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await furniture.locator('summary').click();
    expect(await table.isVisible()).toBe(true);
    await shoot(furniture, `${c.graphic}-390-data`);
    await context.close();
  });
});

describe('links to one entry of a data table', () => {
  it('open the table and bring the row into view', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(siteUrl('/who-said-what/#2020-06-27-taliban'), { waitUntil: 'load' });
    const row = page.locator('tr[id="2020-06-27-taliban"]');
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await row.evaluate((el) => el.closest('details')!.open)).toBe(true);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(VIEWPORTS.phone.height);
    expect(problems).toEqual([]);
    await context.close();
  });
});
