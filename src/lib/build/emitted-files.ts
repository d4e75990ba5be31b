import { createHash } from 'node:crypto';

/**
 * Files a page produces while it renders (the step figures' SVG, the scrolly payloads), written next to
 * the pages when the build ends (src/integrations/emitted-files.ts) and served from memory by the dev
 * server. They keep what only some readers need out of the HTML, which is what every reader downloads
 * before the first paint.
 *
 * Names carry a hash of the content: a chapter and its embed share one file, a host may cache them for
 * good, and a changed file is a new URL. The store lives on globalThis because Astro renders the pages
 * in the same process as the integration hooks, but from its own copy of this module.
 */
const STORE = Symbol.for('bounty-report.emitted-files');
export const EMITTED_DIR = '_files';

type Store = Map<string, string>;
const store = (): Store => ((globalThis as { [STORE]?: Store })[STORE] ??= new Map());

/** Registers a file and returns its site path (without the base), e.g. "/_files/statements-3.1a2b3c4d5e6f.svg". */
export function emitFile(stem: string, extension: 'svg' | 'json', content: string): string {
  if (!/^[a-z0-9-]+$/.test(stem)) throw new Error(`emitted file "${stem}": use lower-case words joined by hyphens`);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  const path = `/${EMITTED_DIR}/${stem}.${hash}.${extension}`;
  store().set(path, content);
  return path;
}

/** Every file registered so far, by site path. */
export const emittedFiles = (): ReadonlyMap<string, string> => store();
