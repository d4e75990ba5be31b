import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../tools/serve.ts';
import { testBrowserNotice } from '../../tools/chrome.ts';
import { FIXTURE_BUILD, FIXTURE_SITE } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built site once for all browser suites (they read the URL with inject('baseUrl')), and
 * builds the fixture site once for the suites that need chapters the story does not have, unless
 * `npm test` has just built it (FIXTURE_SITE_BUILT=1).
 */
export default async function setup(project: TestProject) {
  const notice = testBrowserNotice();
  if (notice) console.warn(notice);
  const stop = await serveDist(project);
  if (process.env.FIXTURE_SITE_BUILT === '1' && existsSync(`${FIXTURE_SITE}/index.html`)) return stop;
  const build = spawnSync(FIXTURE_BUILD.cmd, FIXTURE_BUILD.args, {
    env: { ...process.env, ...FIXTURE_BUILD.env },
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
