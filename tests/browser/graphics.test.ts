import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { load } from 'cheerio';
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

  /** Every state of the sticky graphic, one step at a time, as a deep link to each step shows it. */
  const stickyStates = async (page: Page, width: number, scheme: string, copy: string) => {
    const ids = await page.locator(`#${c.section} .scrolly-step`).evaluateAll((els) => els.map((e) => e.id));
    // The server drew the first step's state: the script's first state must show the same words.
    const served = load(await (await page.request.get(siteUrl(`/${c.chapter}/`))).text());
    const drawnText = served(`#${c.section} .scrolly-graphic svg.${copy} text`)
      .filter((_, t) => served(t).attr('opacity') !== '0' && served(t).text().trim() !== '')
      .map((_, t) => served(t).text())
      .get()
      .sort();
    for (const [i, id] of ids.entries()) {
      await page.goto(siteUrl(`/${c.chapter}/`) + `#${id}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(
        ([sid, stepId]) => document.querySelector(`#${sid} .scrolly-step[aria-current="step"]`)?.id === stepId,
        [c.section, id] as const,
      );
      await settle(page);
      const svg = page.locator(`#${c.section} .scrolly-graphic svg.${copy}`);
      await shoot(page.locator(`#${c.section} .scrolly-stage`), `${c.graphic}-${width}-${scheme}-${id}`);
      if (scheme === 'dark') continue;
      const text = await textReport(svg);
      expect(text.minPx, `${id}: smallest text`).toBeGreaterThanOrEqual(12);
      expect(text.overlaps, `${id}: overlapping labels`).toEqual([]);
      if (i === 0) expect(text.shown.sort(), `${id}: words the server drew`).toEqual(drawnText);
    }
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`draws every step readably at 390 px, sticky where it fits and as step figures (${scheme})`, async () => {
      const { context, page, problems } = await open({ ...phone, colorScheme: scheme });
      const fit = await page.locator(`#${c.section}`).getAttribute('data-phone-fit');
      if (fit !== 'none') {
        await stickyStates(page, 390, scheme, 'graphic--narrow');
        // The step figures are the "All steps" view here.
        await page.locator(`#${c.section} [data-scrolly-all]`).click();
        await settle(page);
      }
      const steps = page.locator(`#${c.section} .scrolly-step`);
      const n = await steps.count();
      expect(n).toBeGreaterThan(1);
      let focusFigures = 0;
      for (let i = 0; i < n; i++) {
        const step = steps.nth(i);
        const id = (await step.getAttribute('id')) ?? String(i);
        const svg = step.locator('.scrolly-step__figure svg');
        await shoot(step.locator('.scrolly-step__figure'), `${c.graphic}-390-${scheme}-figure-${id}`);
        if (scheme === 'dark') continue;
        const text = await textReport(svg);
        expect(text.minPx, `${id}: smallest text`).toBeGreaterThanOrEqual(12);
        expect(text.overlaps, `${id}: overlapping labels`).toEqual([]);
        const marks = await svg.locator(c.marks).count();
        if (c.partial) expect(marks, `${id}: marks`).toBeLessThanOrEqual(c.count);
        else expect(marks, `${id}: marks`).toBe(c.count);
        if ((await svg.locator('[data-key][tabindex]').count()) > 0) focusFigures += 1;
      }
      if (scheme === 'light') {
        // One figure per section has focusable marks, one per data entry, and one tab stop (the arrow
        // keys move between them).
        const figures = page.locator(`#${c.section} .scrolly-step__figure`);
        expect(focusFigures).toBe(1);
        expect(await figures.locator('[data-key][tabindex]').count()).toBe(c.count);
        expect(await figures.locator('[tabindex="0"]').count()).toBe(1);
      }
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`draws every state of the sticky graphic readably at 1280 px (${scheme})`, async () => {
      const { context, page, problems } = await open({ ...desktop, colorScheme: scheme });
      await stickyStates(page, 1280, scheme, 'graphic--wide');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('shows a mark’s details on focus and hides them on Escape, leaving focus on the mark', async () => {
    const { context, page } = await open(phone);
    // Where the phone shows the sticky graphic, keyboard readers reach the marks in "All steps".
    if ((await page.locator(`#${c.section}`).getAttribute('data-phone-fit')) !== 'none')
      await page.locator(`#${c.section} [data-scrolly-all]`).click();
    const mark = page.locator(`#${c.section} .scrolly-step__figure [tabindex="0"]`).first();
    await mark.focus();
    const label = await mark.getAttribute('aria-label');
    expect(label).toBeTruthy();
    expect(await tip(page)).toEqual({ shown: true, text: label });
    await page.screenshot({ path: `reports/screenshots/${c.graphic}-390-details-card.png` });
    await page.keyboard.press('Escape');
    expect((await tip(page)).shown).toBe(false);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    // The arrow keys move to the next mark and show its details.
    const next = page.locator(`#${c.section} .scrolly-step__figure [data-key][tabindex]`).nth(1);
    await page.keyboard.press('ArrowRight');
    expect(await next.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tip(page)).toEqual({ shown: true, text: await next.getAttribute('aria-label') });
    // Tab moves on: neither the card nor the figure holds the keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.scrolly-step__figure'))).toBe(false);
    await context.close();
  });

  it('shows a mark’s details on hover over the sticky graphic, and keeps them while the pointer is on the card', async () => {
    const { context, page } = await open(desktop);
    // The first mark the first state shows (the live copy also holds marks of later states, hidden).
    const marks = page.locator(`#${c.section} .scrolly-graphic .graphic--wide ${c.marks}`);
    const first = await marks.evaluateAll((els) => els.findIndex((el) => getComputedStyle(el).opacity !== '0'));
    expect(first).toBeGreaterThanOrEqual(0);
    const live = marks.nth(first);
    const key = await live.getAttribute('data-key');
    await live.hover();
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
  it('open the table and bring the row into view where no step shows the entry', async () => {
    // The threats chapter's table lists every statement; its steps show the Russian ones, not this one.
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.phone });
    await page.goto(siteUrl('/threats-and-the-convention/#2020-06-27-taliban'), { waitUntil: 'load' });
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
