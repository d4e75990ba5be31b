import { existsSync } from 'node:fs';

/**
 * Flags for Debian's Chromium on this closed network: without the background-networking ones it
 * floods the machine with refused connections.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The browser the browser tests drive: Debian's Chromium headless shell (package
 * chromium-headless-shell: the same Chromium release, built as the old headless mode without the
 * desktop browser around it) when it is installed, else `chromePath()`. The browser suite used 36 %
 * less CPU in it (179 s against 280 s, same 939 tests, 2026-11-30), which let it run three files at
 * a time instead of two. Puppeteer and Playwright make the same choice for automated tests. The
 * scroll-performance suite and Lighthouse keep the full browser: they measure what a reader's
 * browser does. `CHROME_PATH` set by hand wins for every suite.
 */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export function testBrowserPath(): string {
  return process.env.CHROME_PATH || !existsSync(HEADLESS_SHELL) ? chromePath() : HEADLESS_SHELL;
}

/** Why the browser tests run slower than they could, if they do: printed once per run. */
export function testBrowserNotice(): string | undefined {
  if (process.env.CHROME_PATH || existsSync(HEADLESS_SHELL)) return undefined;
  return (
    `Browser tests run in the full Chromium: ${HEADLESS_SHELL} is missing ` +
    '(apt-get install chromium-headless-shell), which makes them about a third slower.'
  );
}

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    // Loud on purpose: a missing browser must never turn into skipped tests or audits.
    throw new Error(
      `Chromium not found at ${path}. Install Debian's Chromium with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH to a Chromium binary.',
    );
  }
  return path;
}
