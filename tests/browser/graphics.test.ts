import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { VIEWPORTS, drawingShown, fileBrowser, labelledMarksInline, pageTimersFired, siteUrl } from './helpers.ts';
import { CASES, SCREENSHOTS, shoot, textReport, tip } from './graphics-check.ts';
import { settle } from './scrolly-site.ts';
import type { LiveStates } from '~/lib/scrolly/payload.ts';

/**
 * The story's graphics as a reader sees them: every state and every step figure at five widths (with
 * `npm run screenshots`, screenshotted light and dark to reports/screenshots/ for a person to look
 * at), asserting what can be asserted: readable text sizes, labels inside the drawing and not
 * overlapping, the words the server drew, one mark per data entry, the mark details card on focus
 * and Escape, and a data table with a row per mark.
 */
// One page per set of options, reused from test to test (helpers.ts: PagePool says why and when).
const { open, pool } = fileBrowser();

const phone: BrowserContextOptions = { viewport: VIEWPORTS.phone, reducedMotion: 'reduce' };
const desktop: BrowserContextOptions = { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' };
/** Every width a reader may bring: a small phone, the story's phone, a tablet, a laptop, a desktop. */
const WIDTHS = [320, 390, 768, 1280, 1920] as const;
const HEIGHTS: Record<(typeof WIDTHS)[number], number> = { 320: 640, 390: 844, 768: 1024, 1280: 800, 1920: 1080 };
/** Text sizes are asserted at the story's phone and laptop sizes; elsewhere the drawing scales. */
const READ_AT = new Set<number>([VIEWPORTS.phone.width, VIEWPORTS.desktop.width]);

describe.each(CASES)('$graphic', (c) => {
  const open = async (options: BrowserContextOptions, hash = '') => {
    const watched = await pool.page(options);
    await watched.page.goto(siteUrl(`/${c.chapter}/`) + hash, { waitUntil: 'load' });
    await labelledMarksInline(watched.page);
    await settle(watched.page);
    return watched;
  };

  /** Screenshots in light and then dark, back in light after: one page serves both schemes. */
  const shootBoth = async (page: Page, target: Locator, name: string) => {
    if (!SCREENSHOTS) return;
    await shoot(target, `${name}-light`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await settle(page);
    await shoot(target, `${name}-dark`);
    await page.emulateMedia({ colorScheme: 'light' });
    await settle(page);
  };

  /** Text sizes, overlaps and labels inside the drawing; sizes only where the story is read (390, 1280). */
  const readable = async (svg: Locator, width: number, what: string) => {
    const text = await textReport(svg);
    if (READ_AT.has(width)) expect(text.minPx, `${what}: smallest text`).toBeGreaterThanOrEqual(12);
    expect(text.overlaps, `${what}: overlapping labels`).toEqual([]);
    expect(text.outside, `${what}: labels outside the drawing`).toEqual([]);
    return text;
  };

  /**
   * A step figure's drawing, to measure: the inline SVG (the focus figure's, put inline by the client),
   * or the SVG file its image shows, drawn inline at the image's size on a page of its own (what is
   * inside an image cannot be measured).
   */
  const figureDrawing = async (step: Locator): Promise<Locator> => {
    const img = step.locator('.scrolly-step__figure img');
    if ((await img.count()) === 0) return step.locator('.scrolly-step__figure svg');
    await img.scrollIntoViewIfNeeded();
    expect(await drawingShown(img), 'the figure’s image loads').toBe(true);
    const { src, width } = await img.evaluate((i: HTMLImageElement) => ({
      src: i.src,
      width: i.getBoundingClientRect().width,
    }));
    const file = await (await fetch(src)).text();
    const { page } = await pool.page({ viewport: { width: 1000, height: 1000 }, reducedMotion: 'reduce' });
    await page.setContent(`<style>body{margin:0}svg{display:block;width:${width}px;height:auto}</style>${file}`);
    return page.locator('svg').first();
  };

  /** Every state of the sticky graphic, stepping with the stepper from a deep link to the first step. */
  const stickyStates = async (page: Page, width: number) => {
    const ids = await page.locator(`#${c.section} .scrolly-step`).evaluateAll((els) => els.map((e) => e.id));
    // The copy drawn for this width is the one displayed (section-build.ts WIDTHS).
    const copy = await page
      .locator(`#${c.section} .scrolly-graphic svg.graphic`)
      .evaluateAll((els) =>
        els.find((el) => getComputedStyle(el).display !== 'none')?.classList.contains('graphic--wide'),
      );
    const svg = page.locator(`#${c.section} .scrolly-graphic svg.${copy ? 'graphic--wide' : 'graphic--narrow'}`);
    // The build drew the first step's state (the copy's marks in the states file): the script's first
    // state must show the same words.
    const statesFile = await page.locator(`#${c.section}`).getAttribute('data-scrolly-states');
    const states = (await (await page.request.get(siteUrl(statesFile ?? ''))).json()) as LiveStates;
    const served = load(`<svg>${states[copy ? 'wide' : 'narrow'].marks}</svg>`, { xml: true });
    const drawnText = served('text')
      .filter((_, t) => served(t).attr('opacity') !== '0' && served(t).text().trim() !== '')
      .map((_, t) => served(t).text())
      .get()
      .sort();
    await page.goto(siteUrl(`/${c.chapter}/`) + `#${ids[0]}`, { waitUntil: 'load' });
    for (const [i, id] of ids.entries()) {
      // Dispatched, not clicked: a click first scrolls the stepper into view, and where it sits below
      // the fold (the ledger at 1920 px) that scroll alone moves the reading line to the next step.
      if (i > 0) await page.locator(`#${c.section} [data-scrolly-next]`).dispatchEvent('click');
      await page.waitForFunction(
        ([sid, stepId]) => document.querySelector(`#${sid} .scrolly-step[aria-current="step"]`)?.id === stepId,
        [c.section, id] as const,
      );
      await settle(page);
      await shootBoth(page, page.locator(`#${c.section} .scrolly-stage`), `${c.graphic}-${width}-${id}`);
      const text = await readable(svg, width, id);
      if (i === 0) expect(text.shown.sort(), `${id}: words the server drew`).toEqual(drawnText);
    }
  };

  for (const width of WIDTHS) {
    it(`draws every step at ${width} px, light and dark: sticky where it is, and every step figure`, async () => {
      const viewport = { width, height: HEIGHTS[width] };
      const { page, problems } = await open({ viewport, reducedMotion: 'reduce' });
      const sticky = await page
        .locator(`#${c.section} .scrolly-graphic`)
        .evaluate((el) => getComputedStyle(el).display !== 'none');
      if (sticky) {
        await stickyStates(page, width);
        // The step figures are the "All steps" view here.
        await page.locator(`#${c.section} [data-scrolly-all]`).click();
        await labelledMarksInline(page);
        await settle(page);
      }
      const steps = page.locator(`#${c.section} .scrolly-step`);
      const n = await steps.count();
      expect(n).toBeGreaterThan(1);
      let focusFigures = 0;
      for (let i = 0; i < n; i++) {
        const step = steps.nth(i);
        const id = (await step.getAttribute('id')) ?? String(i);
        expect(await step.locator('.scrolly-step__figure').count(), `${id}: its figure`).toBe(1);
        const svg = await figureDrawing(step);
        await shootBoth(page, step.locator('.scrolly-step__figure'), `${c.graphic}-${width}-figure-${id}`);
        await readable(svg, width, id);
        const marks = await svg.locator(c.marks).count();
        if (c.partial) expect(marks, `${id}: marks`).toBeLessThanOrEqual(c.count);
        else expect(marks, `${id}: marks`).toBe(c.count);
        if ((await svg.locator('[data-key][tabindex]').count()) > 0) focusFigures += 1;
      }
      // One figure per section has focusable marks, one per data entry, and one tab stop (the arrow
      // keys move between them).
      const figures = page.locator(`#${c.section} .scrolly-step__figure`);
      expect(focusFigures).toBe(1);
      expect(await figures.locator('[data-key][tabindex]').count()).toBe(c.count);
      expect(await figures.locator('[tabindex="0"]').count()).toBe(1);
      expect(problems).toEqual([]);
    });
  }

  it('shows a mark’s details on focus and hides them on Escape, leaving focus on the mark', async () => {
    const { page } = await open(phone);
    // Where the phone shows the sticky graphic, keyboard readers reach the marks in "All steps".
    if ((await page.locator(`#${c.section}`).getAttribute('data-phone-fit')) !== 'none')
      await page.locator(`#${c.section} [data-scrolly-all]`).click();
    const mark = page.locator(`#${c.section} .scrolly-step__figure [tabindex="0"]`).first();
    await mark.focus();
    const label = await mark.getAttribute('aria-label');
    expect(label).toBeTruthy();
    expect(await tip(page)).toEqual({ shown: true, text: label });
    if (SCREENSHOTS) await page.screenshot({ path: `reports/screenshots/${c.graphic}-390-details-card.png` });
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
  });

  it('shows a mark’s details on hover over the sticky graphic, and keeps them while the pointer is on the card', async () => {
    const { page } = await open(desktop);
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
  });

  it('has the data as a table with a row per mark, closed on screen and open in print', async () => {
    const { page } = await open(phone);
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
  });
});

describe('links to one entry of a data table', () => {
  it('open the table and bring the row into view where no step shows the entry', async () => {
    // The threats chapter's table lists every statement; its steps show the Russian ones, not this one.
    const { context, page, problems } = await open({ viewport: VIEWPORTS.phone });
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
