/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three layers, each its own project so `npm test` can run them in order:
// unit (pure modules + Astro Container API), build (parsed dist/), browser (Chromium against dist/).
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: the machine has 2 cores and the suites share one server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['tests/browser/global-setup.ts'],
        },
      },
    ],
  },
});
