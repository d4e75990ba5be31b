import type { Server } from 'node:http';
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { openPage, type WatchedPage } from './helpers.ts';
import { serve } from '../../tools/serve.ts';
import { FIXTURE_SITE } from './fixture-site.ts';

/**
 * Some suites read fixture chapters (tests/fixtures/chapters/) that are not part of the published
 * site: the global setup builds a copy of the site with them once; each suite serves that copy.
 */
export async function serveFixtureSite(
  options: { headers?: boolean } = {},
): Promise<{ server: Server; origin: string; url: (path: string) => string }> {
  const { server, url } = await serve({ root: FIXTURE_SITE, host: '127.0.0.1', port: 0, ...options });
  return { server, origin: new URL(url).origin, url: (path) => new URL(path.replace(/^\//, ''), url).href };
}

/** Lets observers, the client's animation frame and layout catch up (a few frames, no fixed delay). */
export async function settle(page: Page | Frame): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let n = 0;
        const tick = () => (++n >= 4 ? done() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
}

export interface SectionState {
  step: number;
  state: number;
}

export function sectionState(page: Page | Frame, id: string): Promise<SectionState> {
  return page.evaluate((sid) => {
    const el = document.getElementById(sid)!;
    return { step: Number(el.dataset.activeStep ?? -1), state: Number(el.dataset.activeState ?? -1) };
  }, id);
}

/**
 * Whether the live graphic shows exactly the build-time layout of a state: the copy on screen has, for
 * every mark, the attributes of the server's drawing plus the state's changes (the section's states file
 * sends each state as what changed from the one before), and marks the state lacks are invisible. A move starts
 * a dozen marks a frame (client.ts: MOVES_PER_FRAME), so the marks are compared again each frame for
 * up to 5 s until they match; the differences left then are returned.
 */
export function liveGraphicShows(page: Page | Frame, sectionId: string, state: number): Promise<string[]> {
  return page.evaluate(
    async ([sid, k]) => {
      type Attrs = Record<string, Record<string, string>>;
      const section = document.getElementById(sid as string)!;
      // The states file the engine fetched (the browser's cache answers again).
      const states = await (await fetch(section.dataset.scrollyStates!)).json();
      const shown = [...section.querySelectorAll<SVGSVGElement>('.scrolly-graphic svg')].find(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      if (!shown) return ['no sticky graphic on screen'];
      const variant = ['narrow', 'wide'].find((v) => shown.classList.contains(`graphic--${v}`))!;
      const encoded: { order: number[]; changes: Attrs[]; marks: string } = states[variant];
      // The drawing as the build drew it: the copy's marks in the states file, in the first state.
      const sent = new DOMParser().parseFromString(
        `<svg xmlns="http://www.w3.org/2000/svg">${encoded.marks}</svg>`,
        'image/svg+xml',
      ).documentElement;
      const target: Attrs = {};
      for (const [i, s] of encoded.order.entries()) {
        for (const [key, attrs] of Object.entries(encoded.changes[i]!)) target[key] = { ...target[key], ...attrs };
        if (s === k) break;
      }
      const differences = () => {
        const wrong: string[] = [];
        shown.querySelectorAll<SVGElement>('[data-key]').forEach((el) => {
          const key = el.dataset.key!;
          const drawn = sent.querySelector(`[data-key="${CSS.escape(key)}"]`)!;
          const names = new Set(encoded.changes.flatMap((c) => Object.keys(c[key] ?? {})));
          for (const name of names) {
            const want = target[key]?.[name] ?? (name === 'text' ? drawn.textContent : drawn.getAttribute(name)) ?? '';
            const actual = name === 'text' ? el.textContent : el.getAttribute(name);
            if (actual !== want) wrong.push(`${key}.${name}=${actual}, want ${want}`);
          }
        });
        return wrong;
      };
      const until = performance.now() + 5000;
      let wrong = differences();
      while (wrong.length && performance.now() < until) {
        await new Promise((r) => requestAnimationFrame(r));
        wrong = differences();
      }
      return wrong;
    },
    [sectionId, state] as const,
  );
}

/** Scrolls like a reader: small wheel-sized moves, letting the page react after each. */
export async function readSlowly(page: Page | Frame, to: number, stepPx = 90): Promise<void> {
  let y = await page.evaluate(() => window.scrollY);
  const dir = Math.sign(to - y);
  while (dir !== 0 && (dir > 0 ? y < to : y > to)) {
    y = dir > 0 ? Math.min(y + stepPx, to) : Math.max(y - stepPx, to);
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await settle(page);
  }
}

/** Where the engine reads from: a step is active once its top passes this line (px from the top). */
export const triggerLine = (page: Page | Frame) =>
  page.evaluate(() => Number(document.documentElement.dataset.scrollyLine));

export const maxScroll = (page: Page | Frame) =>
  page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);

/** helpers.ts openPage, for the fixture server: requests to its own origin are not third-party. */
export async function openFixturePage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const watched = await openPage(browser, options);
  const own = `third-party request: ${origin}/`;
  const { problems } = watched;
  // openPage's listeners push into this array for the page's whole life; keep it live, minus our origin.
  Object.defineProperty(problems, 'push', {
    enumerable: false,
    value: (...items: string[]) =>
      Array.prototype.push.apply(
        problems,
        items.filter((p) => !p.startsWith(own)),
      ),
  });
  return watched;
}
