import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PagePool,
  VIEWPORTS,
  FIGURE_DRAWING,
  axeViolations,
  drawingName,
  drawingShown,
  launch,
  pageTimersFired,
  scrollAtRest,
  scriptsSettled,
  type WatchedPage,
} from './helpers.ts';
import {
  liveGraphicShows,
  maxScroll,
  openFixturePage,
  readSlowly,
  sectionState,
  serveFixtureSite,
  settle,
  triggerLine,
} from './scrolly-site.ts';

const PATH = '/scrolly-demo/';
const FIRST = 'rising-bars';
const SECOND = 'bars-again';
/** A section on one of the story's graphics (toll-2019), to prove the plug-in path end to end. */
const THIRD = 'toll-states';
const STEPS: Record<string, { id: string; state: number }[]> = {
  [FIRST]: [
    { id: 'bars-at-zero', state: 0 },
    { id: 'bar-a-rises', state: 1 },
    { id: 'all-bars-rise', state: 2 },
    { id: 'tallest-bar', state: 3 },
  ],
  [SECOND]: [
    { id: 'again-tallest', state: 3 },
    { id: 'again-all', state: 2 },
    { id: 'again-zero', state: 0 },
  ],
  [THIRD]: [
    { id: 'toll-all', state: 0 },
    { id: 'toll-combat', state: 1 },
    { id: 'toll-annual', state: 4 },
  ],
};

let browser: Browser;
let server: Server;
let url: (path: string) => string;
let origin: string;
const openPage = (b: Browser, options: BrowserContextOptions) => openFixturePage(b, origin, options);

beforeAll(async () => {
  ({ server, url, origin } = await serveFixtureSite());
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** A page that records every step change per section, and every history call, from before the page's scripts run. */
async function recorded(options: BrowserContextOptions) {
  const watched = await openPage(browser, options);
  await watched.page.addInitScript(() => {
    const w = window as unknown as { __steps: [string, number][]; __replaced: string[]; __pushed: number };
    w.__steps = [];
    w.__replaced = [];
    w.__pushed = 0;
    document.addEventListener('scrolly:step', (e) => {
      w.__steps.push([(e.target as HTMLElement).id, (e as CustomEvent<{ index: number }>).detail.index]);
    });
    const replace = history.replaceState.bind(history);
    history.replaceState = (data, unused, u) => {
      w.__replaced.push(String(u));
      replace(data, unused, u);
    };
    const push = history.pushState.bind(history);
    history.pushState = (data, unused, u) => {
      w.__pushed += 1;
      push(data, unused, u);
    };
  });
  return watched;
}
// One recording page per set of options, reused from test to test (helpers.ts: PagePool says why).
const pool = new PagePool(recorded);

async function load(watched: WatchedPage, hash: string) {
  await watched.page.goto(url(PATH) + hash, { waitUntil: 'load' });
  await settle(watched.page);
  return watched;
}
/** The test chapter in a pooled recording page, at `hash`. */
const open = async (options: BrowserContextOptions, hash = '') => load(await pool.page(options), hash);
/** The same in a page of the test's own, for a test that changes the page (its size). */
const openOwn = async (options: BrowserContextOptions, hash = '') => load(await recorded(options), hash);

const stepsOf = (page: Page, section: string) =>
  page.evaluate(
    (sid) =>
      (window as unknown as { __steps: [string, number][] }).__steps.filter(([s]) => s === sid).map(([, i]) => i),
    section,
  );

const topOf = (page: Page, id: string) =>
  page.evaluate((sid) => document.getElementById(sid)!.getBoundingClientRect().top + window.scrollY, id);

describe.each(Object.entries(VIEWPORTS))('scrolly at %s size', (_name, viewport) => {
  // Both sizes get the sticky graphic: beside the steps on a laptop, above them on a phone held upright.
  const sticky = true;

  it('fires each step once, in order, scrolling down and then up', async () => {
    const { page, problems } = await open({ viewport });
    const end = (await topOf(page, SECOND)) - 50;
    await readSlowly(page, end);
    expect(await stepsOf(page, FIRST)).toEqual([0, 1, 2, 3]);
    await readSlowly(page, 0);
    expect(await stepsOf(page, FIRST)).toEqual([0, 1, 2, 3, 2, 1, 0]);
    if (sticky) expect(await liveGraphicShows(page, FIRST, 0)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('lands on the same states after a fast jump to the end and back as after reading slowly', async () => {
    const slow = await open({ viewport });
    await readSlowly(slow.page, await maxScroll(slow.page), 150);
    const slowEnd = [
      await sectionState(slow.page, FIRST),
      await sectionState(slow.page, SECOND),
      await sectionState(slow.page, THIRD),
    ];
    expect(slowEnd[0]).toEqual({ step: 3, state: 3 });

    const { page, problems } = await open({ viewport });
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await settle(page);
    expect([
      await sectionState(page, FIRST),
      await sectionState(page, SECOND),
      await sectionState(page, THIRD),
    ]).toEqual(slowEnd);
    if (sticky) {
      expect(await liveGraphicShows(page, SECOND, slowEnd[1]!.state)).toEqual([]);
      expect(await liveGraphicShows(page, THIRD, slowEnd[2]!.state)).toEqual([]);
    }
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await settle(page);
    expect(await sectionState(page, FIRST)).toEqual({ step: 0, state: 0 });
    expect(await sectionState(page, SECOND)).toEqual({ step: 0, state: 3 });
    if (sticky) {
      expect(await liveGraphicShows(page, FIRST, 0)).toEqual([]);
      expect(await liveGraphicShows(page, SECOND, 3)).toEqual([]);
    }
    // A fling straight into the middle of a section skips the steps before it.
    const line = await triggerLine(page);
    await page.evaluate(
      (y) => window.scrollTo({ top: y, behavior: 'instant' }),
      (await topOf(page, 'all-bars-rise')) - line + 20,
    );
    await settle(page);
    expect(await sectionState(page, FIRST)).toEqual({ step: 2, state: 2 });
    if (sticky) expect(await liveGraphicShows(page, FIRST, 2)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('restores the state after a reload mid-story', async () => {
    const { page, problems } = await open({ viewport });
    const line = await triggerLine(page);
    await readSlowly(page, (await topOf(page, 'tallest-bar')) - line + 30, 200);
    expect(await sectionState(page, FIRST)).toEqual({ step: 3, state: 3 });
    // The browser puts the reader back at a pixel offset: the cards read so far must be as tall as
    // they were (cards laid out only near the screen, with estimated heights, broke this once).
    const cardHeights = () =>
      page.$$eval(`#${FIRST} .scrolly-step`, (steps) =>
        steps.slice(0, 4).map((s) => Math.round(s.getBoundingClientRect().height)),
      );
    const heights = await cardHeights();
    await page.reload({ waitUntil: 'load' });
    await settle(page);
    expect(await cardHeights()).toEqual(heights);
    expect(await sectionState(page, FIRST)).toEqual({ step: 3, state: 3 });
    if (sticky) expect(await liveGraphicShows(page, FIRST, 3)).toEqual([]);
    expect(problems).toEqual([]);
  });

  // Ten fresh documents, each checked against the page as sent.
  it('opens every step hash on that step, showing its state', { timeout: 180_000 }, async () => {
    for (const [section, steps] of Object.entries(STEPS)) {
      for (const [index, step] of steps.entries()) {
        const { page } = await open({ viewport }, `#${step.id}`);
        expect(await sectionState(page, section), step.id).toEqual({ step: index, state: step.state });
        const box = await page.locator(`#${step.id}`).boundingBox();
        expect(box, step.id).not.toBeNull();
        // The step is on screen, above the trigger line (the middle of the screen beside the graphic,
        // just under the graphic on a phone), where the reader's eye is.
        expect(box!.y, step.id).toBeGreaterThanOrEqual(0);
        expect(box!.y, step.id).toBeLessThan(await triggerLine(page));
        if (sticky) expect(await liveGraphicShows(page, section, step.state), step.id).toEqual([]);
        else expect(await drawingShown(page.locator(`#${step.id} ${FIGURE_DRAWING}`)), step.id).toBe(true);
        expect(page.url()).toMatch(new RegExp(`#${step.id}$`));
      }
    }
  });

  it('changes the URL once per section with replaceState and never adds history entries', async () => {
    const { page } = await open({ viewport });
    const before = await page.evaluate(() => history.length);
    await readSlowly(page, await maxScroll(page), 120);
    const line = await triggerLine(page);
    await readSlowly(page, (await topOf(page, 'tallest-bar')) - line + 30, 120);
    const calls = await page.evaluate(() => (window as unknown as { __replaced: string[] }).__replaced);
    // Down through three sections, then back up through the second to the first: one call per section entered.
    expect(calls).toEqual([`#${FIRST}`, `#${SECOND}`, `#${THIRD}`, `#${SECOND}`, `#${FIRST}`]);
    expect(await page.evaluate(() => (window as unknown as { __pushed: number }).__pushed)).toBe(0);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(new URL(page.url()).hash).toBe(`#${FIRST}`);
  });

  it('has no axe violations in the scroll view', async () => {
    const { page } = await open({ viewport });
    await readSlowly(page, (await topOf(page, 'bar-a-rises')) - 200, 300);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows every step and its static graphic with JavaScript off', async () => {
    const { context, page } = await openPage(browser, { viewport, javaScriptEnabled: false });
    await page.goto(url(PATH));
    for (const steps of Object.values(STEPS)) {
      for (const step of steps) {
        await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
        expect(await page.locator(`#${step.id} .scrolly-step__text`).isVisible(), step.id).toBe(true);
        expect(await drawingShown(page.locator(`#${step.id} ${FIGURE_DRAWING}`)), step.id).toBe(true);
        const title = await drawingName(page.locator(`#${step.id} .scrolly-step__figure`));
        expect(title, step.id).toBeTruthy();
      }
    }
    // The sticky copy and the controls would be stuck in one state without a script: not shown.
    expect(await page.locator('.scrolly-graphic').first().isVisible()).toBe(false);
    expect(await page.locator('.scrolly-controls').first().isVisible()).toBe(false);
    await context.close();
  });

  it('unrolls every step when IntersectionObserver is missing', async () => {
    const { context, page, problems } = await openPage(browser, { viewport });
    await page.addInitScript(() => {
      delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    });
    await page.goto(url(PATH), { waitUntil: 'load' });
    for (const steps of Object.values(STEPS)) {
      for (const step of steps) {
        await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
        expect(await drawingShown(page.locator(`#${step.id} ${FIGURE_DRAWING}`)), step.id).toBe(true);
      }
    }
    expect(await page.locator('.scrolly-graphic').first().isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// Chapter pages refuse other origins' frames where the host sends _headers (tests/browser/framing.test.ts);
// on a host that cannot (GitHub Pages) a chapter can be framed, and the engine must still work there.
describe('scrolly inside a cross-origin iframe, on a host without _headers', () => {
  let bare: Awaited<ReturnType<typeof serveFixtureSite>>;
  beforeAll(async () => {
    bare = await serveFixtureSite({ headers: false });
  });
  afterAll(async () => {
    await new Promise((done) => bare.server.close(done));
  });
  it('follows scrolling inside the frame in both directions and after a jump', async () => {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1300, height: 900 } });
    await page.setContent(
      `<iframe title="Chapter" src="${bare.url(PATH)}" style="width:1280px;height:800px;border:0"></iframe>`,
      { waitUntil: 'load' },
    );
    const frame = page.frames().find((f) => f.url().includes(PATH))!;
    await scriptsSettled(frame);
    await settle(frame);
    const top = (id: string) =>
      frame.evaluate((sid) => document.getElementById(sid)!.getBoundingClientRect().top + window.scrollY, id);
    const line = await triggerLine(frame);
    await readSlowly(frame, (await top('tallest-bar')) - line + 30, 120);
    expect(await sectionState(frame, FIRST)).toEqual({ step: 3, state: 3 });
    expect(await liveGraphicShows(frame, FIRST, 3)).toEqual([]);
    await readSlowly(frame, (await top('bar-a-rises')) - line + 30, 120);
    expect(await sectionState(frame, FIRST)).toEqual({ step: 1, state: 1 });
    await frame.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await settle(frame);
    expect(await sectionState(frame, FIRST)).toEqual({ step: 3, state: 3 });
    // The framed chapter's own files come from the bare host: first-party to the frame.
    expect(problems.filter((p) => !p.startsWith(`third-party request: ${bare.origin}/`))).toEqual([]);
    await context.close();
  });
});

describe('scrolly across a resize', () => {
  it('re-measures when the window crosses the layout breakpoint and keeps the state right', async () => {
    const { context, page, problems } = await openOwn({ viewport: VIEWPORTS.desktop });
    const wideLine = await triggerLine(page);
    await readSlowly(page, (await topOf(page, 'all-bars-rise')) - wideLine + 30, 200);
    expect(await sectionState(page, FIRST)).toEqual({ step: 2, state: 2 });
    await page.setViewportSize(VIEWPORTS.phone);
    await settle(page);
    await settle(page);
    const narrowLine = await triggerLine(page);
    expect(narrowLine).not.toBe(wideLine);
    await readSlowly(page, (await topOf(page, 'tallest-bar')) - narrowLine + 30, 200);
    expect(await sectionState(page, FIRST)).toEqual({ step: 3, state: 3 });
    await page.setViewportSize(VIEWPORTS.desktop);
    await settle(page);
    await settle(page);
    expect(await triggerLine(page)).toBe(wideLine);
    await readSlowly(page, (await topOf(page, 'bar-a-rises')) - wideLine + 30, 200);
    expect(await sectionState(page, FIRST)).toEqual({ step: 1, state: 1 });
    expect(await liveGraphicShows(page, FIRST, 1)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('scrolly layout per screen width', () => {
  it(
    'keeps the graphic sticky beside the text at 1280 px, above the steps on phones held upright, and stacked where it would be too small',
    { timeout: 180_000 },
    async () => {
      const wide = await open({ viewport: VIEWPORTS.desktop });
      // The chapter table of contents marks the chapter being read.
      const current = wide.page.locator('nav[aria-label="Chapters"] [aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.textContent()).toBe('Scrolly engine test chapter');
      expect(await wide.page.locator(`#${FIRST} .scrolly-graphic`).isVisible()).toBe(true);
      expect(await wide.page.locator('#bar-a-rises .scrolly-step__figure').isVisible()).toBe(false);
      for (const width of [320, 390, 430]) {
        const narrow = await open({ viewport: { width, height: 700 } });
        const { page } = narrow;
        await page.locator('#bar-a-rises').scrollIntoViewIfNeeded();
        await settle(page);
        const graphic = await page.locator(`#${FIRST} .scrolly-graphic svg.graphic--narrow`).boundingBox();
        expect(graphic, `${width} px`).not.toBeNull();
        // On screen, in the top part of it, and at least three quarters of the layout width it was drawn at.
        expect(graphic!.y, `${width} px`).toBeGreaterThanOrEqual(0);
        expect(graphic!.y + graphic!.height, `${width} px`).toBeLessThanOrEqual(700 * 0.65);
        expect(graphic!.width, `${width} px`).toBeGreaterThanOrEqual(240);
        expect(await page.locator(`#bar-a-rises ${FIGURE_DRAWING}`).isVisible()).toBe(false);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      }
      // A phone on its side, and a phone at 200 % zoom: too short for a graphic in half the screen.
      for (const viewport of [
        { width: 844, height: 390 },
        { width: 195, height: 422 },
      ]) {
        const short = await open({ viewport });
        const { page } = short;
        expect(await page.locator(`#${FIRST} .scrolly-graphic`).isVisible()).toBe(false);
        await page.locator('#bar-a-rises').scrollIntoViewIfNeeded();
        expect(await drawingShown(page.locator(`#bar-a-rises ${FIGURE_DRAWING}`))).toBe(true);
      }
    },
  );
});

describe('scrolly stepper, motion and layout stability (sticky layout)', () => {
  const viewport = VIEWPORTS.desktop;

  it('works by keyboard alone', async () => {
    const { page, problems } = await open({ viewport });
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-scrolly]')?.id + ' ' + document.activeElement?.getAttribute('class'),
      );
    for (let i = 0; i < 60 && (await focused()) !== `${FIRST} scrolly-controls__next`; i += 1)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${FIRST} scrolly-controls__next`);
    for (const expected of [1, 2, 3]) {
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => document.getElementById('rising-bars')!.dataset.activeStep === String(n),
        expected,
      );
      // Let the stepper's own scroll come to rest (smooth unless reduced motion).
      await scrollAtRest(page);
      await settle(page);
      expect(await sectionState(page, FIRST)).toEqual({ step: expected, state: expected });
      expect(await liveGraphicShows(page, FIRST, expected)).toEqual([]);
      // Focus stays on the button, so the reader can keep pressing it.
      expect(await focused()).toBe(`${FIRST} scrolly-controls__next`);
      const box = await page.locator(`#${STEPS[FIRST]![expected]!.id}`).boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(viewport.height);
    }
    expect(await page.locator(`#${FIRST} [data-scrolly-next]`).getAttribute('aria-disabled')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(`${FIRST} scrolly-controls__prev`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('rising-bars')!.dataset.activeStep === '2');
    // The all-steps view, by keyboard: every step gets its static graphic, and focus goes to the current step.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe(`${FIRST} scrolly-controls__all`);
    await page.keyboard.press('Space');
    await settle(page);
    expect(await page.locator(`#${FIRST} [data-scrolly-all]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('all-bars-rise');
    for (const step of STEPS[FIRST]!) {
      await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
      expect(await drawingShown(page.locator(`#${step.id} ${FIGURE_DRAWING}`)), step.id).toBe(true);
    }
    expect(await page.locator(`#${FIRST} .scrolly-graphic`).isVisible()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('announces a step change once, in one polite live region, without chart internals', async () => {
    const { page } = await open({ viewport });
    expect(await page.locator('[aria-live]').count()).toBe(1);
    expect(await page.locator('[aria-live]').getAttribute('aria-live')).toBe('polite');
    await page.evaluate(() => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      const region = document.querySelector('[aria-live]')!;
      new MutationObserver(() => w.__said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // A fling through the whole first section: one announcement, for where the reader stopped.
    const line = await triggerLine(page);
    await readSlowly(page, (await topOf(page, 'tallest-bar')) - line + 30, 400);
    await page.waitForFunction(() => (window as unknown as { __said: string[] }).__said.length > 0);
    // Any step change still queued would be announced by the engine's 600 ms timer: let it fire.
    await scrollAtRest(page);
    await pageTimersFired(page, 600);
    expect(await page.evaluate(() => (window as unknown as { __said: string[] }).__said)).toEqual([
      'Step 4 of 4: Bar B is the tallest',
    ]);
    // The graphic itself is hidden from screen readers; the step text says what it shows.
    expect(await page.locator(`#${FIRST} .scrolly-graphic`).getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('#tallest-bar .scrolly-step__alt').textContent()).toContain(
      'Bar B, at 5, is highlighted',
    );
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    it(`moves the graphic ${reducedMotion === 'reduce' ? 'instantly under reduced motion' : 'with transitions otherwise'}`, async () => {
      const { page } = await open({ viewport, reducedMotion });
      await page.locator(`#${FIRST} [data-scrolly-next]`).scrollIntoViewIfNeeded();
      const running = await page.evaluate(() => {
        (document.querySelector('#rising-bars [data-scrolly-next]') as HTMLButtonElement).click();
        const bar = document.querySelector<SVGRectElement>(
          '#rising-bars .scrolly-graphic .graphic--wide [data-key="bar-a"]',
        )!;
        return {
          animations: bar.getAnimations().length,
          duration: getComputedStyle(bar).transitionDuration,
          height: getComputedStyle(bar).height,
          target: bar.getAttribute('height') + 'px',
          smooth: getComputedStyle(document.documentElement).scrollBehavior,
        };
      });
      if (reducedMotion === 'reduce') {
        expect(running.animations).toBe(0);
        expect(running.duration.split(', ').every((d) => d === '0s')).toBe(true);
        expect(running.height).toBe(running.target);
        expect(running.smooth).toBe('auto');
      } else {
        expect(running.animations).toBeGreaterThan(0);
        expect(running.height).not.toBe(running.target);
      }
    });
  }

  it('shows at once a state reached while the last move runs (a fling), and moves again at reading pace', async () => {
    const { page } = await open({ viewport, reducedMotion: 'no-preference' });
    await page.locator(`#${FIRST} [data-scrolly-next]`).scrollIntoViewIfNeeded();
    // That scroll's own scrollend must not end the stepper's first move early.
    await scrollAtRest(page);
    /** Presses a stepper button after `frames` animation frames; then a bar as drawn and as it will be. */
    const press = (button: 'next' | 'prev', frames: number, key: string) =>
      page.evaluate(
        async ([which, n, k]) => {
          for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
          document.querySelector<HTMLButtonElement>(`#rising-bars [data-scrolly-${which}]`)!.click();
          const bar = document.querySelector<SVGRectElement>(
            `#rising-bars .scrolly-graphic .graphic--wide [data-key="${k}"]`,
          )!;
          return {
            animations: bar.getAnimations().length,
            height: getComputedStyle(bar).height,
            target: `${bar.getAttribute('height')}px`,
          };
        },
        [button, frames, key] as const,
      );
    // Step 1 → 2 raises bar A with a transition; two frames later, while it runs, step 2 → 3 raises
    // bar B at once.
    expect((await press('next', 0, 'bar-a')).animations).toBeGreaterThan(0);
    const fling = await press('next', 2, 'bar-b');
    expect(fling.animations).toBe(0);
    expect(fling.height).toBe(fling.target);
    expect(fling.height).not.toBe('0px');
    // Once the last move's time has passed, step 3 → 2 lowers bar B with a transition again.
    await pageTimersFired(page, 400);
    const read = await press('prev', 1, 'bar-b');
    expect(read.animations).toBeGreaterThan(0);
    expect(read.height).not.toBe(read.target);
  });

  it('starts a move of many marks over a few frames, at most 12 a frame, and every mark reaches the state', async () => {
    const { page, problems } = await open({ viewport, reducedMotion: 'no-preference' }, '#toll-combat');
    await scrollAtRest(page);
    expect(await sectionState(page, THIRD)).toEqual({ step: 1, state: 1 });
    // Marks whose transitions begin in each of the frames after the step changes to the annual bars.
    const started = await page.evaluate(async () => {
      const svg = [...document.querySelectorAll('#toll-states .scrolly-graphic svg')].find(
        (el) => el.getBoundingClientRect().width > 0,
      )!;
      const animated = () => svg.getAnimations({ subtree: true }).map((a) => (a.effect as KeyframeEffect).target!);
      // Marks still moving into the linked step's state are not this move's.
      const seen = new Set<Element>(animated());
      const perFrame: number[] = [];
      document.querySelector<HTMLButtonElement>('#toll-states [data-scrolly-next]')!.click();
      for (let frame = 0; frame < 12; frame++) {
        await new Promise((r) => requestAnimationFrame(r));
        const targets = animated();
        perFrame.push(new Set(targets.filter((t) => !seen.has(t))).size);
        targets.forEach((t) => seen.add(t));
      }
      return perFrame;
    });
    expect(started.reduce((a, b) => a + b, 0)).toBeGreaterThan(12);
    expect(Math.max(...started), String(started)).toBeLessThanOrEqual(12);
    await settle(page);
    expect(await liveGraphicShows(page, THIRD, 4)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('stays unrolled, with no controls, where an embed asks for the all-steps view', async () => {
    const { context, page, problems } = await openPage(browser, { viewport });
    // What an embed page does with a wrapper: data-scrolly-view="all" on an ancestor of the sections.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => document.body.setAttribute('data-scrolly-view', 'all')),
    );
    await page.goto(url(PATH), { waitUntil: 'load' });
    for (const step of STEPS[FIRST]!) {
      await page.locator(`#${step.id}`).scrollIntoViewIfNeeded();
      expect(await drawingShown(page.locator(`#${step.id} ${FIGURE_DRAWING}`)), step.id).toBe(true);
    }
    expect(await page.locator(`#${FIRST} .scrolly-graphic`).isVisible()).toBe(false);
    expect(await page.locator(`#${FIRST} .scrolly-controls`).isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('does not shift the layout when the sticky graphic engages or the state changes', async () => {
    const { page } = await open({ viewport });
    await page.evaluate(() => {
      const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources?: { node?: Node }[];
        })[]) {
          if (!e.hadRecentInput)
            w.__shifts.push({
              value: e.value,
              sources: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?'),
            });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await readSlowly(page, await maxScroll(page), 120);
    await readSlowly(page, 0, 240);
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts)).toEqual([]);
  });
});
