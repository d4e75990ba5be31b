/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import LongestFirst from './tests/longest-first.ts';

// Layers, each its own project so `npm test` can run them in order: unit (pure modules + Astro
// Container API), build (parsed dist/), browser (Chromium against dist/), perf (alone).
// Timeouts are generous on purpose: on a busy 2-core machine a page load alone can take 20 s, and
// only a hang should fail a test on time. Timings are reported, never asserted.
export default getViteConfig({
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          // Pure modules and the Container API, no mocks or globals: files share a worker's modules.
          // A process per file spent half of the project's 30 s importing Astro and the content again.
          isolate: false,
          // Projects that share a group must share a worker count; the unit files run first.
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // The files only read dist/ (never mocks or globals): one worker runs them all and parses
          // the pages once, where a fresh process per file spent 25 of the project's 28 s starting up.
          isolate: false,
          // Runs beside the browser project in npm test's site step: same group, same worker count.
          sequence: { groupOrder: 1 },
          maxWorkers: 3,
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // A condition a test polls for (a pop-up closing, a row showing) may take seconds on a busy
          // machine; the 1 s default made such tests fail under load, not on a defect.
          expect: { poll: { timeout: 15_000 } },
          // Three files at a time on 2 cores: in the headless shell (tools/chrome.ts) the suite waits
          // more than it computes; 939 tests took 94 s with three against 162 s with two (CPU 91 %).
          sequence: { groupOrder: 1 },
          maxWorkers: 3,
          testTimeout: 240_000,
          hookTimeout: 240_000,
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'perf',
          include: ['tests/perf/**/*.test.ts'],
          // Long tasks depend on what else the CPU is doing: this suite runs alone, after the others.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 240_000,
          hookTimeout: 240_000,
          globalSetup: ['tests/perf/global-setup.ts'],
        },
      },
    ],
  },
});
