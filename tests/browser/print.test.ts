import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FIGURE_DRAWING, VIEWPORTS, launch, openPage, siteUrl } from './helpers.ts';

// The printable handout: a chapter page and an embed page in each edition, as the print stylesheet lays them out.
const PAGES = [
  { kind: 'chapter', path: '/the-2019-toll/', pdf: 'reports/print-the-2019-toll.pdf' },
  { kind: 'embed', path: '/embed/who-said-what/', pdf: 'reports/print-embed-who-said-what.pdf' },
  // The Russian edition's handout (issue 16), its longest chapter.
  { kind: 'Russian embed', path: '/ru/embed/who-said-what/', pdf: 'reports/print-ru-embed-who-said-what.pdf' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Elements matching a selector that a printed page would show (a box, not display:none or hidden). */
function shown(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility({ visibilityProperty: true })).length,
    selector,
  );
}

describe.each(PAGES)('printing the $kind page $path', ({ path, pdf }) => {
  let page: Page;
  let close: () => Promise<void>;
  beforeAll(async () => {
    // A desktop viewport, where the screen layout has a sticky graphic: print must undo it.
    const opened = await openPage(browser, { viewport: VIEWPORTS.desktop });
    page = opened.page;
    close = () => opened.context.close();
    await page.goto(siteUrl(path));
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => close?.());

  it('prints the address of every external link in the footnotes after the link', async () => {
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.footnotes a[href^="http"]')].map((a) => ({
        href: a.getAttribute('href') ?? '',
        after: getComputedStyle(a, '::after').content,
      })),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const { href, after } of links) expect(after, href).toContain(href);
  });

  it('leaves out buttons, the step controls and the copy and embed boxes', async () => {
    expect(await page.locator('button').count()).toBeGreaterThan(0);
    expect(await shown(page, 'button')).toBe(0);
    for (const sel of ['.scrolly-controls', '.embed-box', '.copy-fallback', 'textarea', '.scrolly__permalink']) {
      expect(await shown(page, sel), sel).toBe(0);
    }
  });

  it('shows every step with its static graphic, and the sticky graphic not at all', async () => {
    const steps = await page.locator('.scrolly-step').count();
    expect(steps).toBeGreaterThan(1);
    expect(await shown(page, '.scrolly-step')).toBe(steps);
    expect(await shown(page, FIGURE_DRAWING)).toBe(steps);
    const heights = await page
      .locator(FIGURE_DRAWING)
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeGreaterThan(50);
    // No chart is taller than a printed page (A4 at 96 px/in: 29.7 cm less margins is about 1000 px).
    for (const h of heights) expect(h).toBeLessThan(1000);
    expect(await shown(page, '.scrolly-graphic')).toBe(0);
    // One drawn chart per step: nothing else on the page draws a graphic.
    expect(await shown(page, `svg.graphic, ${FIGURE_DRAWING}`)).toBe(steps);
  });

  // A reader in dark mode prints a handout too: ink on paper, not the screen's dark scheme.
  it('prints black text on white, in a dark colour scheme too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ media: 'print', colorScheme });
      const { color, background } = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { color: style.color, background: style.backgroundColor };
      });
      expect([colorScheme, color, background]).toEqual([colorScheme, 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    }
    await page.emulateMedia({ media: 'print', colorScheme: null });
  });

  it('shows the teaching box with its discussion questions', async () => {
    expect(await shown(page, '.teaching')).toBe(1);
    const questions = await page.locator('.teaching__questions li').count();
    expect(questions).toBeGreaterThanOrEqual(2);
    expect(await shown(page, '.teaching__questions li')).toBe(questions);
  });

  it('puts the teaching box with its questions before the story', async () => {
    const top = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('.teaching')).toBeLessThan(await top('.scrolly-step'));
  });

  it.each([
    ['A4', 'a4'],
    ['Letter', 'letter'],
  ] as const)('makes a %s PDF handout (kept in reports/ to look at)', async (format, suffix) => {
    mkdirSync('reports', { recursive: true });
    const file = pdf.replace('.pdf', `-${suffix}.pdf`);
    // Margins a school printer keeps: 15 mm on A4, about 0.6 in on Letter.
    await page.pdf({ path: file, format, margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = Number(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(bytes.toString('latin1'))?.[1]);
    expect(pages).toBeGreaterThan(1);
    // A chapter handout stays a handout: a class set is not a ream.
    expect(pages).toBeLessThan(40);
    // Figures drawn as files load lazily, near the screen; printing must fetch them all (Chrome does).
    const missing = await page
      .locator('.scrolly-step__figure img')
      .evaluateAll(
        (imgs) =>
          imgs.filter((i) => !((i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)).length,
      );
    expect(missing).toBe(0);
  });
});
