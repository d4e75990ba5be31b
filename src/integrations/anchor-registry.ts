import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  applyRedirects,
  missingAnchors,
  publicIdsOfHtml,
  withNewAnchors,
  type Registry,
} from '../lib/anchors/registry.ts';
import { redirectHtml, redirectPages } from '../lib/anchors/redirects.ts';

const REGISTRY = 'content/anchors.json';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** Site path of a built file: "index.html" → "/", "about/index.html" → "/about/", "data/x.csv" → "/data/x.csv". */
function sitePath(dist: string, file: string): string {
  return (
    '/' +
    relative(dist, file)
      .split(sep)
      .join('/')
      .replace(/index\.html$/, '')
  );
}

/**
 * Fails the build when a published anchor disappears; `UPDATE_ANCHORS=1 npm run build` (or
 * `npm run anchors`) records new ids. Embeds and the 404 page are not public link targets.
 */
export default function anchorRegistry(): AstroIntegration {
  let base = '/';
  return {
    name: 'anchor-registry',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const registry: Registry = existsSync(REGISTRY)
          ? (JSON.parse(readFileSync(REGISTRY, 'utf8')) as Registry)
          : { pages: {}, redirects: {} };
        const built: Record<string, string[]> = {};
        const allPaths = new Set<string>();
        for (const file of walk(dist)) {
          const path = sitePath(dist, file);
          allPaths.add(path);
          if (/^(\/ru)?\/embed\//.test(path) || path.startsWith('/_astro/') || path === '/404.html') continue;
          if (file.endsWith('.html')) {
            const html = readFileSync(file, 'utf8');
            const redirected = applyRedirects(html, path, registry.redirects);
            if (redirected !== html) writeFileSync(file, redirected);
            built[path] = publicIdsOfHtml(redirected);
          } else if (/\.(csv|json)$/.test(file) && path.startsWith('/data/')) {
            built[path] = [];
          }
        }
        // Old URLs of moved pages (and their embeds) get a page that sends the reader on.
        for (const page of redirectPages(registry.redirects, allPaths, base)) {
          const folder = join(dist, ...page.from.split('/').filter(Boolean));
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), redirectHtml(page.to));
          logger.info(`redirect ${page.from} → ${page.to}`);
        }
        if (process.env.UPDATE_ANCHORS) {
          writeFileSync(REGISTRY, JSON.stringify(withNewAnchors(registry, built), null, 2) + '\n');
          logger.info(`recorded ${Object.values(built).flat().length} public ids in ${REGISTRY}`);
          return;
        }
        const problems = missingAnchors(registry, built);
        if (problems.length) {
          throw new Error(`Published anchors are missing (${REGISTRY}):\n  ${problems.join('\n  ')}`);
        }
        const unrecorded = Object.entries(built).flatMap(([p, ids]) =>
          (registry.pages[p] ? ids.filter((id) => !registry.pages[p]!.includes(id)) : [p]).map((id) => id),
        );
        if (unrecorded.length) {
          logger.warn(`${unrecorded.length} new public ids are not yet in ${REGISTRY}: run \`npm run anchors\``);
        }
      },
    },
  };
}
