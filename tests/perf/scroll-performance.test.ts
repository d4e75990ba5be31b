import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { storyChapters } from '../build/dist.ts';
import { VIEWPORTS, launch, openPage, scrollAtRest, siteUrl } from '../browser/helpers.ts';

const CHAPTERS = storyChapters();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('finds the story chapters', () => {
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(5);
});

/**
 * Scrolls through every step, down and back up, with the wheel (as a reader does), recording long
 * tasks and layout shifts from the moment the page has loaded. Both are browser-reported events,
 * not timings this test measures itself.
 */
async function scrollThrough(page: Page): Promise<{ long: number[]; shifts: number[] }> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const w = window as unknown as { __long: number[]; __shifts: number[] };
        w.__long = [];
        w.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push(e.duration);
        }).observe({ type: 'longtask' });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!e.hadRecentInput) w.__shifts.push(e.value);
          }
        }).observe({ type: 'layout-shift' });
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      }),
  );
  const tops = await page.$$eval('.scrolly-step', (steps) =>
    steps.map((s) => s.getBoundingClientRect().top + window.scrollY),
  );
  expect(tops.length).toBeGreaterThan(0);
  for (const top of [...tops, ...[...tops].reverse()]) {
    const delta = top - (await page.evaluate(() => window.scrollY)) - 300;
    await page.mouse.wheel(0, delta);
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
  await scrollAtRest(page);
  return page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __shifts: number[] };
    return { long: w.__long.filter((d) => d > 50), shifts: w.__shifts };
  });
}

/**
 * The gate runs at this machine's speed. A mid-range phone's CPU, as Lighthouse's mobile profile assumes
 * it, is four times slower: `PERF_CPU_SLOWDOWN=4 npx vitest run --project perf` measures that, and is
 * not the gate because it is not yet reliable (issue 13). On 2026-11-30, in four runs on a quiet 2-core
 * machine, three passed all cases and one failed on the 2019 chapter at 390 px (54 ms on the second
 * reading). The cost is the graphic's CSS transitions: with them switched off by a probe, a scroll
 * through that chapter had one long task in eight passes against eight in eight. Tried without gain:
 * the axis, legend and bars changing without transition, an own layer or containment for the stage,
 * and content-visibility on the prose. (Earlier counts of up to 9 of 12 cases came from a busier
 * machine, from the drawing being a flex item, since fixed, and from a failed case leaving its page
 * running, since closed in onTestFinished.)
 */
const CPU_SLOWDOWN = Number(process.env.PERF_CPU_SLOWDOWN ?? 1);

const CASES = CHAPTERS.flatMap((path) =>
  (['phone', 'desktop'] as const).map((size) => [path, size, VIEWPORTS[size].width] as const),
);

/**
 * Records the layout shifts of a page as it streams in. Loaded on a phone's CPU (4× slower), its
 * parts are laid out as they arrive, and nothing already shown may move when the next part comes
 * (the stage once moved when its source line, controls or second copy arrived).
 */
async function loadShifts(page: Page, path: string): Promise<string[]> {
  await page.addInitScript(() => {
    const w = window as unknown as { __loadShifts: string[] };
    w.__loadShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        const nodes = e.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const box = (r: DOMRectReadOnly) =>
            `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          return `${el ? `${el.localName}.${el.classList[0] ?? ''}` : 'removed node'} ${box(s.previousRect)} → ${box(s.currentRect)}`;
        });
        w.__loadShifts.push(
          `${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms, scrollY ${Math.round(scrollY)}, ${document.readyState}, input ${e.hadRecentInput}: ${nodes.join('; ') || 'no source'}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(siteUrl(path), { waitUntil: 'load' });
  return shiftsSoFar(page);
}

/** The shifts the observer loadShifts installed has seen on this load (it runs again on a reload). */
async function shiftsSoFar(page: Page): Promise<string[]> {
  await scrollAtRest(page);
  return page.evaluate(() => (window as unknown as { __loadShifts: string[] }).__loadShifts);
}

it.each(CASES)(
  `%s (%s, %i px) loads with no layout shift at 4x CPU slowdown, then scrolls through every step at ${CPU_SLOWDOWN}x with no long task over 50 ms and no layout shift`,
  { timeout: 300_000 },
  async (path, size) => {
    const { context, page, problems } = await openPage(browser, { viewport: VIEWPORTS[size] });
    // Closed even when a check fails: a page left open keeps running and slows every later case.
    onTestFinished(() => context.close());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let shifts = await loadShifts(page, path);
    if (shifts.length) {
      // About one load in ten on this machine shows one small shift that Chrome attributes to no
      // node (seen on /the-sanctions-proposal/ at 390 px, 0.001-0.015, never twice in a row); a shift
      // the page's own layout causes comes back on a second load, and fails the test.
      console.warn(`${path}: layout shifts while loading: ${shifts.join(' | ')}; loading again`);
      await page.reload({ waitUntil: 'load' });
      shifts = await shiftsSoFar(page);
    }
    expect(shifts, 'layout shifts while loading').toEqual([]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let pass = await scrollThrough(page);
    expect(pass.shifts, 'layout shifts').toEqual([]);
    if (pass.long.length) {
      // A single long task can come from another process on a 2-core machine; one that our page
      // causes comes back on a second reading, and fails the test.
      console.warn(`${path}: long tasks ${pass.long.join(', ')} ms on the first pass; reading again`);
      await page.reload({ waitUntil: 'load' });
      pass = await scrollThrough(page);
    }
    expect(pass.long, 'long tasks over 50 ms').toEqual([]);
    expect(pass.shifts, 'layout shifts').toEqual([]);
    expect(problems).toEqual([]);
  },
);
