import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emittedFiles } from '../lib/build/emitted-files.ts';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', json: 'application/json' };

/** Writes the files pages registered with emitFile() beside them, and serves them in `astro dev`. */
export default function emittedFilesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'emitted-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          const content = path.startsWith(base) ? emittedFiles().get(`/${path.slice(base.length)}`) : undefined;
          if (content === undefined) return next();
          res.setHeader('Content-Type', `${TYPES[path.split('.').pop() ?? ''] ?? 'text/plain'}; charset=utf-8`);
          res.end(content);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        for (const [path, content] of emittedFiles()) {
          const file = join(out, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
        logger.info(`wrote ${emittedFiles().size} emitted files`);
      },
    },
  };
}
