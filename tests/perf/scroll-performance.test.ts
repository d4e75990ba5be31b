import { afterAll, beforeAll, expect, inject, it, onTestFinished } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { storyChapters } from '../build/dist.ts';
import { VIEWPORTS, launch, openPage, scrollAtRest, siteUrl } from '../browser/helpers.ts';

const CHAPTERS = storyChapters();

let browser: Browser;
beforeAll(async () => {
  // Scroll speed is a property of the browser readers run, not of the test shell.
  browser = await launch({ reader: true });
});
afterAll(async () => {
  await browser?.close();
});

it('finds the story chapters', () => {
  expect(CHAPTERS.length).toBeGreaterThanOrEqual(5);
});

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * The page's main-thread tasks over 50 ms while `during` runs, each with its wall-clock and its CPU
 * time, from a Chrome trace ("toplevel": one event per task, light enough not to lengthen them).
 * The gate is the CPU time: on a quiet machine it is the wall time within a few ms (under the 4x
 * throttle: 65/65, 51/51, 75/75 ms), while with other processes on the cores the wall time also
 * counts the time the page waited for a core (with two CPU hogs on a 2-core machine on 2026-11-30:
 * 140 ms wall for 59 ms of CPU, 77 for 45, 53 for 36), which a reader's phone does not spend on it.
 * Marks the page sets before and after name its main thread and show the trace holds the whole
 * reading: on a busy machine the trace at times ended a few ms after the first (the page's last
 * events were not collected). Without both, `during` runs again, three times at most.
 */
async function longTasksDuring(page: Page, during: () => Promise<void>): Promise<{ wall: number; cpu: number }[]> {
  const browser = page.context().browser()!;
  for (let attempt = 1; ; attempt++) {
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    let events: TraceEvent[];
    try {
      await page.evaluate(() => performance.mark('perf-reading'));
      await during();
      await page.evaluate(() => performance.mark('perf-reading-end'));
    } finally {
      events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    }
    const mark = events.find((e) => e.name === 'perf-reading');
    const end = events.find((e) => e.name === 'perf-reading-end');
    if (!mark || !end) {
      if (attempt < 3) continue;
      throw new Error('three traces in a row missed the page’s own marks');
    }
    return events
      .filter(
        (e) =>
          e.ph === 'X' &&
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.pid === mark.pid &&
          e.tid === mark.tid &&
          e.ts >= mark.ts &&
          e.ts <= end.ts &&
          (e.dur ?? 0) > 50_000,
      )
      .map((t) => ({ wall: Math.round((t.dur ?? 0) / 1000), cpu: Math.round((t.tdur ?? t.dur ?? 0) / 1000) }));
  }
}

it('the long-task check reports a task the page spends 600 ms on', async () => {
  const { context, page } = await openPage(browser, { viewport: VIEWPORTS.phone });
  onTestFinished(() => context.close());
  await page.goto(siteUrl('/about/'), { waitUntil: 'load' });
  const tasks = await longTasksDuring(page, () =>
    page.evaluate(() => {
      const end = performance.now() + 600;
      while (performance.now() < end);
    }),
  );
  // 600 ms, so that even on a busy machine (a quarter of a core) its CPU time is over the bar.
  expect(
    tasks.filter((t) => t.cpu > 50 && t.wall >= 600),
    JSON.stringify(tasks),
  ).toHaveLength(1);
});

/**
 * Scrolls through every step, down and back up, with the wheel (as a reader does), recording the
 * page's long tasks (longTasksDuring) and the layout shifts the browser reports.
 */
async function scrollThrough(page: Page): Promise<{ long: number[]; shifts: number[] }> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const w = window as unknown as { __shifts: number[] };
        w.__shifts = [];
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
  const tasks = await longTasksDuring(page, async () => {
    for (const top of [...tops, ...[...tops].reverse()]) {
      const delta = top - (await page.evaluate(() => window.scrollY)) - 300;
      await page.mouse.wheel(0, delta);
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    }
    await scrollAtRest(page);
  });
  return {
    long: tasks.filter((t) => t.cpu > 50).map((t) => t.cpu),
    shifts: await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts),
  };
}

/**
 * The scroll gate's CPU slowdown: a phone's 4x (global-setup.ts; PERF_CPU_SLOWDOWN sets another), or
 * this machine's speed when other processes keep it busy. It became 4x on 2026-11-30, when a state
 * reached while the last move still ran began to show at once (client.ts: skimming) and a move began
 * to start a dozen marks a frame (MOVES_PER_FRAME): before, the 2019 chapter had long tasks in every
 * reading at 4x.
 */
const CPU_SLOWDOWN = inject('cpuSlowdown');
const READINGS = 3;

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
    // A long task can come from the machine (a garbage collection, a core shared with another
    // process): the page reads again, up to three times. One our page causes comes back each time
    // (before this gate was set at 4x, the 2019 chapter had long tasks in every reading), and fails.
    for (let reading = 2; pass.long.length && reading <= READINGS; reading++) {
      console.warn(`${path}: long tasks of ${pass.long.join(', ')} ms CPU; reading ${reading} of ${READINGS}`);
      await page.reload({ waitUntil: 'load' });
      pass = await scrollThrough(page);
    }
    expect(pass.long, 'long tasks over 50 ms').toEqual([]);
    expect(pass.shifts, 'layout shifts').toEqual([]);
    expect(problems).toEqual([]);
  },
);
