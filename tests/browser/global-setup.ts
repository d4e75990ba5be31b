import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site once for all browser suites; they read the URL with inject('baseUrl'). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does it for you).');
  }
  const { server, url } = await serve({ root: 'dist', host: '127.0.0.1', port: 0 });
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
