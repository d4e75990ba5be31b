import type { Page, Route } from 'playwright-core';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../build/dist.ts';
import { VIEWPORTS, drawingShown, fileBrowser, labelledMarksInline, siteUrl } from './helpers.ts';
import { tip } from './graphics-check.ts';

/**
 * Each section's focus figure, the one whose marks carry their labels and can be tabbed to, is served
 * as an image like the other step figures (src/components/scrolly/section-build.ts: fillFigures), and
 * the client puts its file's drawing inline when it starts (src/client/graphics/details.ts). What a
 * reader gets: with scripts, the same picture in the same box, marks to tab to with their details
 * card, and the sticky graphic's marks showing their twins' details; without scripts, or when the
 * file does not come, the image with its text alternative, and the data table.
 */
const { open, pool } = fileBrowser();

const withFocus = htmlPages()
  .filter((p) => p.$('[data-labelled-marks]').length > 0)
  .map((p) => p.path);
const embeds = withFocus.filter((p) => p.includes('/embed/'));
// The images' files and the labelled drawings the client fetches.
const FIGURE_FILE = /\/_files\/(figure|marks)-[^/]+\.svg$/;
const phone = { viewport: VIEWPORTS.phone, reducedMotion: 'reduce' } as const;

it('finds the focus figures on every chapter and embed page, in both editions', () => {
  expect(embeds.length).toBe(12);
  expect(withFocus.length).toBe(24);
  expect(embeds.filter((p) => p.startsWith('/ru/'))).toHaveLength(6);
});

/** The focus figures' drawings as the page shows them: the element, its box, and what the marks say. */
const focusDrawings = (page: Page) =>
  page.$$eval('[data-labelled-marks]', (figures) =>
    figures.map((f) => {
      const drawing = f.firstElementChild!;
      const r = drawing.getBoundingClientRect();
      const marks = [...drawing.querySelectorAll('[data-key][tabindex]')];
      return {
        tag: drawing.localName,
        only: f.children.length === 1,
        box: [r.left + scrollX, r.top + scrollY, r.width, r.height].map((n) => Math.round(n * 100) / 100),
        styles: drawing.querySelectorAll('style, defs').length,
        marks: marks.length,
        labelled: marks.filter((m) => m.getAttribute('role') === 'img' && m.getAttribute('aria-label')).length,
        stops: marks.filter((m) => m.getAttribute('tabindex') === '0').length,
      };
    }),
  );

describe('with scripts', () => {
  it.each(embeds)(
    '%s: the focus figure becomes its inline drawing, in the image’s box, nothing moving',
    async (path) => {
      const { context, page, problems } = await open(phone);
      // The client's requests for the drawings wait until the images' boxes are measured.
      const held: Route[] = [];
      await page.route(FIGURE_FILE, (route) =>
        route.request().resourceType() === 'fetch' ? void held.push(route) : route.continue(),
      );
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: number };
        w.shifts = 0;
        new PerformanceObserver((list) => (w.shifts += list.getEntries().length)).observe({
          type: 'layout-shift',
          buffered: true,
        });
      });
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      const sections = await page.locator('section.scrolly').count();
      await expect.poll(() => held.length).toBe(sections);
      const images = await focusDrawings(page);
      expect(images.map((d) => d.tag)).toEqual(Array(sections).fill('img'));
      const shifts = () => page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      const shiftsBefore = await shifts();
      for (const route of held) await route.continue();
      await labelledMarksInline(page);
      const drawings = await focusDrawings(page);
      for (const [i, d] of drawings.entries()) {
        expect(d.tag).toBe('svg');
        expect(d.only).toBe(true);
        expect(d.box, `figure ${i}: its box`).toEqual(images[i]!.box);
        expect(d.box[2]).toBeGreaterThan(0);
        // The page's own styles and patterns draw it: the file's stay out (the CSP refuses an inline style).
        expect(d.styles).toBe(0);
        expect(d.marks).toBeGreaterThan(0);
        expect(d.labelled).toBe(d.marks);
        expect(d.stops).toBe(1);
      }
      expect(await shifts()).toBe(shiftsBefore);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it.each(['/embed/the-2019-toll/', '/ru/embed/who-said-what/', '/ru/the-sanctions-proposal/'])(
    '%s: Tab reaches the focus figure’s marks, one stop, and shows each one’s details card',
    async (path) => {
      const { page, problems } = await pool.page(phone);
      await page.goto(siteUrl(path), { waitUntil: 'load' });
      await labelledMarksInline(page);
      const figure = page.locator('[data-labelled-marks]').first();
      // A chapter's phone view may show the sticky graphic: keyboard readers reach the figures in "All steps".
      if (!(await figure.isVisible())) await page.locator('[data-scrolly-all]').first().click();
      // From the link before the figure in its step, Tab goes to the figure's marks.
      const step = figure.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " scrolly-step ")][1]');
      await step.locator('.scrolly-step__permalink').focus();
      await page.keyboard.press('Tab');
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return { inFigure: !!el?.closest('[data-labelled-marks]'), label: el?.getAttribute('aria-label') ?? null };
        });
      const first = await focused();
      expect(first.inFigure).toBe(true);
      expect(first.label).toBeTruthy();
      expect(await tip(page)).toEqual({ shown: true, text: first.label });
      await page.keyboard.press('ArrowRight');
      const second = await focused();
      expect(second.inFigure).toBe(true);
      expect(second.label).not.toBe(first.label);
      expect(await tip(page)).toEqual({ shown: true, text: second.label });
      await page.keyboard.press('Tab');
      expect((await focused()).inFigure).toBe(false);
      expect((await tip(page)).shown).toBe(false);
      expect(problems).toEqual([]);
    },
  );

  it('/ru/who-said-what/: a mark of the sticky graphic shows the details of its twin in the focus figure', async () => {
    const { page, problems } = await pool.page({ viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' });
    await page.goto(siteUrl('/ru/who-said-what/'), { waitUntil: 'load' });
    await labelledMarksInline(page);
    const marks = page.locator('#statements-steps .scrolly-graphic .graphic--wide circle[data-key^="statement-"]');
    const first = await marks.evaluateAll((els) => els.findIndex((el) => getComputedStyle(el).opacity !== '0'));
    const live = marks.nth(first);
    const section = await live.evaluate((el) => el.closest('section')!.id);
    const key = await live.getAttribute('data-key');
    await live.hover();
    const twin = page.locator(`#${section} [data-labelled-marks] [data-key="${key}"]`);
    const label = await twin.getAttribute('aria-label');
    expect(label).toMatch(/[а-я]/);
    expect(await tip(page)).toEqual({ shown: true, text: label });
    expect(problems).toEqual([]);
  });
});

describe('when the focus figure’s drawing does not come', () => {
  it.each([
    ['is aborted', (route: Route) => route.abort('failed')],
    ['is answered 404', (route: Route) => route.fulfill({ status: 404, body: 'Not found' })],
  ] as const)('when the request %s, the image stays and the page works on', async (_what, answer) => {
    const { context, page, problems } = await open(phone);
    const refused: string[] = [];
    await page.route(FIGURE_FILE, (route) => {
      if (route.request().resourceType() !== 'fetch') return route.continue();
      refused.push(route.request().url());
      return answer(route);
    });
    await page.goto(siteUrl('/the-2019-toll/'), { waitUntil: 'load' });
    await expect.poll(() => refused.length).toBe(await page.locator('section.scrolly').count());
    // The sticky view still steps on, and its marks, finding no twin, show no card.
    const section = page.locator('section.scrolly').first();
    const before = await section.getAttribute('data-active-step');
    await section.locator('[data-scrolly-next]').click();
    await expect.poll(() => section.getAttribute('data-active-step')).not.toBe(before);
    // In "All steps" the focus figure is its image, loaded, with its text alternative.
    await section.locator('[data-scrolly-all]').click();
    const image = section.locator('[data-labelled-marks] > img');
    await image.scrollIntoViewIfNeeded();
    expect(await drawingShown(image)).toBe(true);
    expect(await image.getAttribute('alt')).toBeTruthy();
    expect(await section.locator('[data-labelled-marks] svg').count()).toBe(0);
    // Only the refused requests went wrong (the browser logs each): no script error.
    const logged = (p: string) => refused.some((url) => p.includes(url)) || /^console error: Failed to load/.test(p);
    expect(problems.filter((p) => !logged(p))).toEqual([]);
    await context.close();
  });
});

describe('without scripts', () => {
  it.each(withFocus)(
    '%s: the focus figure is an image with its text alternative, and the data table has its marks',
    async (path) => {
      const { page, problems } = await pool.page({ viewport: VIEWPORTS.phone, javaScriptEnabled: false });
      await page.goto(siteUrl(path));
      for (const figure of await page.locator('[data-labelled-marks]').all()) {
        const image = figure.locator('> img');
        await image.scrollIntoViewIfNeeded();
        expect(await drawingShown(image)).toBe(true);
        const src = (await image.getAttribute('src')) ?? '';
        const file = load(await (await page.request.get(new URL(src, page.url()).href)).text(), { xml: true });
        expect(await image.getAttribute('alt')).toBe(`${file('svg > title').text()}. ${file('svg > desc').text()}`);
        // Nothing in the figures to tab to: the image is one picture.
        const section = figure.locator('xpath=ancestor::section[1]');
        expect(await section.locator('.scrolly-step__figure :is([tabindex], a, button)').count()).toBe(0);
        // Every mark's details (in the drawing the script would put inline) are a row of the section's data table.
        const marksUrl = new URL((await figure.getAttribute('data-labelled-marks')) ?? '', page.url()).href;
        const labelled = load(await (await page.request.get(marksUrl)).text(), { xml: true });
        const ids = labelled('[data-id][aria-label]')
          .map((_, el) => el.attribs['data-id'])
          .get();
        expect(ids.length).toBeGreaterThan(0);
        const table = page.locator(`#${await section.getAttribute('id')}-data`);
        const rows = await table.locator('tbody tr[id]').evaluateAll((trs) => trs.map((tr) => tr.id));
        expect(ids.filter((id) => !rows.includes(id))).toEqual([]);
      }
      expect(problems).toEqual([]);
    },
  );
});
