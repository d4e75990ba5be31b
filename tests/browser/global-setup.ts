import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../tools/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Where the fixture site (the real site plus tests/fixtures/chapters) is built, never into dist/. */
export const FIXTURE_SITE = 'node_modules/.cache/fixture-site';

/**
 * Serves the built site once for all browser suites (they read the URL with inject('baseUrl')), and
 * builds the fixture site once for the suites that need chapters the story does not have.
 */
export default async function setup(project: TestProject) {
  const stop = await serveDist(project);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', FIXTURE_SITE], {
    env: { ...process.env, SCROLLY_FIXTURES: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  return stop;
}

/** Serves dist/ on 127.0.0.1 for the run; returns the teardown. */
export async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does it for you).');
  }
  const { server, url } = await serve({ root: 'dist', host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
