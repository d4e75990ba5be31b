import type { Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { VIEWPORTS, axeViolations, baseUrl, launch, openPage, pageTimersFired, siteUrl } from './helpers.ts';
import { serveEmbedHost } from './embed-host.ts';
import { popUpProblemsIn } from './footnote-pop-ups.ts';

/**
 * The reading furniture as a reader meets it: footnote pop-ups (also in an embed on another origin),
 * links that stay in the address bar, a statement link that opens its step, the tab stops to the
 * end of each chapter, and search.
 */
// The chapters in reading order, as the built home page lists them.
const CHAPTERS = [...readFileSync('dist/index.html', 'utf8').matchAll(/<li id="([a-z0-9-]+)" data-public-id/g)].map(
  (m) => m[1]!,
);

let browser: Browser;
const tabStops: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  browser = await launch();
});
it('reads the six chapters from the home page', () => {
  expect(CHAPTERS).toHaveLength(6);
});

afterAll(async () => {
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/tab-stops.json', JSON.stringify(tabStops, null, 2) + '\n');
  console.log('Tab stops to the end of each chapter:', JSON.stringify(tabStops));
  await browser?.close();
});

const frames = (p: Page | Frame) =>
  p.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

/** The first footnote reference in the chapter's running prose, brought to mid-screen. */
async function firstRef(page: Page | Frame) {
  const ref = page.locator('.chapter__body p a[data-footnote-ref]').first();
  // At 70 % of the screen's height: on phones the sticky graphic covers the top half (a click there would
  // make Playwright scroll to reach the link), and the pop-up needs room below or above the link.
  await ref.evaluate((a) => {
    a.scrollIntoView({ block: 'start', behavior: 'instant' });
    scrollBy({ top: -0.7 * innerHeight, behavior: 'instant' });
  });
  await frames(page);
  return ref;
}

/**
 * Runs `check` in each chapter's page: how many things it checked (a check that found nothing to look
 * at must not pass), and the problems it reports.
 */
async function inEveryChapter(
  page: Page,
  check: () => { checked: number; problems: string[] },
): Promise<{ checked: number; problems: string[] }> {
  const all = { checked: 0, problems: [] as string[] };
  for (const chapter of CHAPTERS) {
    await page.goto(siteUrl(`/${chapter}/`));
    const { checked, problems } = await page.evaluate(check);
    all.checked += checked;
    all.problems.push(...problems);
  }
  return all;
}

const openPopover = (page: Page | Frame) =>
  page.evaluate(() => document.querySelector('.fn-pop:popover-open')?.id ?? null);

describe.each(Object.entries(VIEWPORTS))('at %s size', (name, viewport) => {
  let page: Page;
  let problems: string[];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const opened = await openPage(browser, { viewport, hasTouch: name === 'phone' });
    ({ page, problems } = opened);
    close = () => opened.context.close();
  });
  afterAll(async () => {
    expect(problems).toEqual([]);
    await close?.();
  });

  it('opens a footnote in place on click, without scrolling, and closes it with Escape', async () => {
    await page.goto(siteUrl('/the-2019-toll/'));
    const ref = await firstRef(page);
    const box = (await ref.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    const y = await page.evaluate(() => scrollY);
    await ref.click();
    await frames(page);
    const id = await openPopover(page);
    expect(id).toBe(await ref.getAttribute('aria-controls'));
    expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThanOrEqual(4);
    expect(page.url()).not.toContain('#user-content-fn');
    // In the viewport, next to its reference, carrying the note and a link on to the endnote.
    const pop = page.locator(`#${id}`);
    const at = (await pop.boundingBox())!;
    expect(at.x).toBeGreaterThanOrEqual(0);
    expect(at.x + at.width).toBeLessThanOrEqual(viewport.width);
    const gap = Math.min(Math.abs(at.y - (box.y + box.height)), Math.abs(box.y - (at.y + at.height)));
    expect(gap).toBeLessThan(24);
    expect(await pop.locator('cite').count()).toBeGreaterThan(0);
    expect(await pop.locator('.fn-pop__label').innerText()).toBe(`Note ${await ref.textContent()}`);
    expect(await ref.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => openPopover(page)).toBeNull();
    // The toggle event that updates aria-expanded comes as a task after the pop-up closes.
    await expect.poll(() => ref.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps a footnote closed after a quick click and Escape (the hover delay does not reopen it)', async () => {
    const ref = await firstRef(page);
    await ref.click();
    await page.keyboard.press('Escape');
    // Past the 150 ms hover delay that started when the pointer reached the reference.
    await pageTimersFired(page, 200);
    expect(await openPopover(page)).toBeNull();
  });

  it('opens a footnote from the keyboard, lets Tab into it, and Escape returns to the reference', async () => {
    const ref = await firstRef(page);
    await ref.focus();
    await page.keyboard.press('Enter');
    await frames(page);
    expect(await openPopover(page)).toBe(await ref.getAttribute('aria-controls'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.fn-pop'))).toBe(true);
    await page.keyboard.press('Escape');
    await frames(page);
    expect(await openPopover(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-footnote-ref'))).toBe(true);
  });

  it('closes a footnote on a tap outside it; the pop-up link goes on to the endnote', async () => {
    const ref = await firstRef(page);
    await ref.click();
    await frames(page);
    expect(await openPopover(page)).not.toBeNull();
    await page.mouse.click(viewport.width - 4, 150);
    await frames(page);
    expect(await openPopover(page)).toBeNull();
    await ref.click();
    const more = page.locator('.fn-pop:popover-open .fn-pop__more');
    const target = (await more.getAttribute('href'))!;
    await more.click();
    await page.waitForFunction((t) => location.hash === t, target);
    await frames(page);
    const note = page.locator(target);
    expect(await note.isVisible()).toBe(true);
    expect(await note.evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(viewport.height);
  });

  it('does not push lines apart with footnote numbers', async () => {
    await page.goto(siteUrl('/the-2019-toll/'));
    // Every line of a paragraph with note numbers is exactly one line-height tall: a number that pushed
    // its line apart would leave the paragraph's height off the multiple. (A copy without the numbers is
    // no reference: it wraps differently.)
    const lines = await page.evaluate(() => {
      const p = document.querySelector('.chapter__body p:has(a[data-footnote-ref])') as HTMLElement;
      return p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight);
    });
    expect(lines).toBeGreaterThan(0.9);
    expect(Math.abs(lines - Math.round(lines))).toBeLessThan(0.05);
  });

  it('keeps every footnote number on the line of the word it follows', async () => {
    // Each reference against the last character before it: a number that wrapped starts the next line,
    // left of that character and a line below it.
    const { checked, problems } = await inEveryChapter(page, () => {
      const measured = [...document.querySelectorAll<HTMLElement>('.chapter__body sup:has(> a[data-footnote-ref])')]
        .map((sup) => ({ sup, before: sup.previousSibling }))
        .filter((x): x is { sup: HTMLElement; before: Text } => x.before instanceof Text && !!x.before.data.trim());
      const problems = measured.flatMap(({ sup, before }) => {
        const range = document.createRange();
        const end = before.data.trimEnd().length;
        range.setStart(before, end - 1);
        range.setEnd(before, end);
        const char = range.getBoundingClientRect();
        const ref = sup.querySelector('a')!.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(sup.parentElement!).lineHeight) || 24;
        return ref.left >= char.right - 2 && ref.top < char.bottom && ref.bottom > char.top - line
          ? []
          : [`${location.pathname} ${sup.querySelector('a')!.id}`];
      });
      return { checked: measured.length, problems };
    });
    // Most references follow a word directly (the rest follow a quote mark or another reference).
    expect(checked).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });

  it('shows each step’s link (#) clear of the step’s text', async () => {
    const { checked, problems } = await inEveryChapter(page, () => {
      const links = [...document.querySelectorAll('.scrolly-step__permalink')];
      const problems = links.flatMap((link) => {
        // Where it appears on focus: its box, whatever its opacity now.
        const box = link.getBoundingClientRect();
        const step = link.closest('.scrolly-step')!;
        const walker = document.createTreeWalker(step, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (link.contains(n) || !n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) {
            if (r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top)
              return [`${location.pathname}#${step.id}: “${n.textContent.trim().slice(0, 30)}”`];
          }
        }
        return [];
      });
      // Only links with a box are checked: one that is not laid out overlaps nothing by default.
      return { checked: links.filter((l) => l.getBoundingClientRect().width > 0).length, problems };
    });
    // Every step of the six chapters has its link.
    expect(checked).toBeGreaterThanOrEqual(38);
    expect(problems).toEqual([]);
  });

  it('keeps the fragment a reader arrived with while they scroll within its section', async () => {
    await page.goto(siteUrl('/who-said-what/#statements-taliban'));
    await page.waitForLoadState('load');
    await frames(page);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, 150);
      await page.waitForTimeout(150);
    }
    await frames(page);
    expect(
      await page.evaluate(() => document.querySelector('#statements-steps')!.getBoundingClientRect().top),
    ).toBeLessThan(0);
    expect(new URL(page.url()).hash).toBe('#statements-taliban');
  });

  it('opens the step that shows a statement a link points at, with its quote, not the table row', async () => {
    await page.goto(siteUrl('/who-said-what/#2020-06-27-taliban'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    await frames(page);
    const step = page.locator('#statements-steps .scrolly-step[aria-current="step"]');
    expect(await step.getAttribute('id')).toBe('statements-taliban');
    const card = step.locator('.quote-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain('Zabihullah Mujahid');
    const top = await step.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-4);
    expect(top).toBeLessThan(viewport.height);
    expect(await page.locator('tr[id="2020-06-27-taliban"]').isVisible()).toBe(false);
    expect(new URL(page.url()).hash).toBe('#2020-06-27-taliban');
  });

  it.each(CHAPTERS)(
    'counts the tab stops from the top to the end of %s (under 80 for the 2019 chapter)',
    async (slug) => {
      await page.goto(siteUrl(`/${slug}/`));
      await page.waitForLoadState('load');
      let count = 0;
      for (; count < 400; count++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => !!document.activeElement?.closest('.chapter-pager'))) break;
      }
      count += 1;
      (tabStops[name] ??= {})[slug] = count;
      expect(count).toBeLessThan(400);
      if (slug === 'the-2019-toll') expect(count).toBeLessThan(80);
    },
    120_000,
  );

  it('finds “Mujahid” and lands on his statement', async () => {
    await page.goto(siteUrl('/search/'));
    await page.fill('input[type="search"]', 'Mujahid');
    await page.keyboard.press('Enter');
    const first = page.locator('[data-search-results] li a').first();
    await first.waitFor({ timeout: 20_000 });
    expect(new URL((await first.getAttribute('href'))!, baseUrl()).hash).toBe('#2020-06-27-taliban');
    expect(await axeViolations(page)).toEqual([]);
    await first.click();
    await page.waitForURL(/who-said-what\/#2020-06-27-taliban$/);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    const step = page.locator('#statements-steps .scrolly-step[aria-current="step"]');
    expect(await step.getAttribute('id')).toBe('statements-taliban');
    expect(await step.locator('.quote-card').isVisible()).toBe(true);
  }, 60_000);

  it('has no axe violations on a chapter with a footnote open, nor on the home page', async () => {
    await page.goto(siteUrl('/the-2019-toll/'));
    const ref = await firstRef(page);
    await ref.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(siteUrl('/'));
    expect(await axeViolations(page)).toEqual([]);
    // The chapter list starts on the first screen.
    const top = await page.locator('.chapter-list').evaluate((ol) => ol.getBoundingClientRect().top);
    expect(top).toBeLessThan(viewport.height - 100);
  }, 120_000);
});

describe('footnote pop-ups, built from the list of notes', () => {
  it('show every reference its note, numbered, with the link on to it (all six chapters)', async () => {
    const words = { note: (n: string) => `Note ${n}`, more: (n: string) => `Note ${n} in the list of notes` };
    const { read, problems } = await popUpProblemsIn(
      browser,
      CHAPTERS.map((c) => `/${c}/`),
      words,
    );
    expect(read).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  }, 120_000);

  it('open a note the pointer rests on, and close it when the pointer leaves', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await page.goto(siteUrl('/the-report/'));
    const ref = page.locator('.chapter__body p a[data-footnote-ref]').nth(1);
    await ref.scrollIntoViewIfNeeded();
    await ref.hover();
    await expect.poll(() => openPopover(page)).toBe(await ref.getAttribute('aria-controls'));
    expect(await page.locator('.fn-pop:popover-open .fn-pop__label').innerText()).toBe(
      `Note ${await ref.textContent()}`,
    );
    await page.mouse.move(4, 4);
    await expect.poll(() => openPopover(page)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('without JavaScript, a reference is a link that unfolds the list at its note', async () => {
    const { context, page, problems } = await openPage(browser, {
      viewport: VIEWPORTS.phone,
      javaScriptEnabled: false,
    });
    await page.goto(siteUrl('/the-report/'));
    const ref = page.locator('.chapter__body p a[data-footnote-ref]').first();
    const target = (await ref.getAttribute('href'))!;
    expect(await page.locator(target).isVisible()).toBe(false);
    await ref.click();
    await page.waitForFunction((t) => location.hash === t, target);
    expect(await page.locator(target).isVisible()).toBe(true);
    expect(await page.locator('.fn-pop').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('in an embed on another origin', () => {
  let host: { server: Server; url: string; slugs: string[] };
  beforeAll(async () => {
    host = await serveEmbedHost(baseUrl());
  });
  afterAll(async () => {
    await new Promise((done) => host?.server.close(done));
  });

  it.each(Object.entries(VIEWPORTS))(
    'opens a footnote in place at %s size, the host page not moving',
    async (_n, viewport) => {
      const { page, context, problems } = await openPage(browser, { viewport });
      try {
        await page.goto(host.url);
        const handle = page.locator('iframe[data-bounty-embed][src*="the-2019-toll"]');
        await handle.scrollIntoViewIfNeeded();
        const frame = (await (await handle.elementHandle())!.contentFrame())!;
        await frame.waitForLoadState('load');
        const ref = frame.locator('.chapter__body p a[data-footnote-ref]').first();
        await ref.scrollIntoViewIfNeeded();
        await frames(page);
        const y = await page.evaluate(() => scrollY);
        await ref.click();
        await frames(frame);
        expect(await openPopover(frame)).toBe(await ref.getAttribute('aria-controls'));
        expect(Math.abs((await page.evaluate(() => scrollY)) - y)).toBeLessThanOrEqual(4);
        const pop = (await frame.locator('.fn-pop:popover-open').boundingBox())!;
        const refBox = (await ref.boundingBox())!;
        expect(Math.abs(pop.y - (refBox.y + refBox.height))).toBeLessThan(24);
        await ref.press('Escape');
        await frames(frame);
        expect(await openPopover(frame)).toBeNull();
        expect(problems.filter((p) => !p.includes('127.0.0.2'))).toEqual([]);
      } finally {
        await context.close();
      }
    },
    60_000,
  );
});
