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

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The page's main-thread tasks over 50 ms while `during` runs, each with its wall-clock and its CPU
 * time, from a Chrome trace ("toplevel": one event per task, light enough not to lengthen them).
 * The gate is the CPU time: on a quiet machine it is the wall time within a few ms (under the 4x
 * throttle: 65/65, 51/51, 75/75 ms), while with other processes on the cores the wall time also
 * counts the time the page waited for a core (with two CPU hogs on a 2-core machine on 2026-11-30:
 * 140 ms wall for 59 ms of CPU, 77 for 45, 53 for 36), which a reader's phone does not spend on it.
 */
async function longTasksDuring(page: Page, during: () => Promise<void>): Promise<{ wall: number; cpu: number }[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['toplevel'] });
  let events: TraceEvent[];
  try {
    await during();
  } finally {
    events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  }
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`),
  );
  // The page's renderer is the one that worked: any other (a spare one Chrome keeps) idles.
  const busy = new Map<string, number>();
  for (const t of tasks) busy.set(`${t.pid}:${t.tid}`, (busy.get(`${t.pid}:${t.tid}`) ?? 0) + (t.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  expect(main, 'the page’s main thread in the trace').toBeDefined();
  return tasks
    .filter((t) => `${t.pid}:${t.tid}` === main && (t.dur ?? 0) > 50_000)
    .map((t) => ({ wall: Math.round((t.dur ?? 0) / 1000), cpu: Math.round((t.tdur ?? t.dur ?? 0) / 1000) }));
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
async function scrollThrough(page: Page): Promise<{ long: number[]; wallOnly: number[]; shifts: number[] }> {
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
    wallOnly: tasks.filter((t) => t.cpu <= 50).map((t) => t.wall),
    shifts: await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts),
  };
}

/**
 * A mid-range phone's CPU, as Lighthouse's mobile profile assumes it, is four times slower than this
 * machine's: the gate scrolls at that speed (PERF_CPU_SLOWDOWN sets another). It became the gate on
 * 2026-11-30, when a state reached while the last move still ran began to show at once (client.ts:
 * SKIM_MS): before, the 2019 chapter had long tasks in 10 of 10 scrolls at 4x and the suite passed
 * 1 run in 5; after, 6 runs of 6 passed, one case of 72 needing its second reading.
 */
const CPU_SLOWDOWN = Number(process.env.PERF_CPU_SLOWDOWN ?? 4);

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
    if (pass.wallOnly.length)
      console.warn(`${path}: tasks of ${pass.wallOnly.join(', ')} ms wall-clock, each under 50 ms of CPU`);
    if (pass.long.length) {
      // A single long task can come from the machine (a garbage collection, a busy core); one that
      // our page causes comes back on a second reading, and fails the test.
      console.warn(`${path}: long tasks of ${pass.long.join(', ')} ms CPU on the first pass; reading again`);
      await page.reload({ waitUntil: 'load' });
      pass = await scrollThrough(page);
    }
    expect(pass.long, 'long tasks over 50 ms').toEqual([]);
    expect(pass.shifts, 'layout shifts').toEqual([]);
    expect(problems).toEqual([]);
  },
);
