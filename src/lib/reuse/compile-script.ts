/**
 * Compiles a browser script from src/scripts to one minified IIFE at build time, for the two scripts
 * that must not go through Astro's bundler: the resize child (inlined into embed pages, so it runs
 * with no extra request) and the parent script (served at the stable URL /embed.js).
 */
import { build } from 'esbuild';
import { join } from 'node:path';

const cache = new Map<string, Promise<string>>();

/** `entry` is relative to the project root (Astro builds from there), e.g. 'src/client/embed/child.ts'. */
export function compileScript(entry: string): Promise<string> {
  let result = cache.get(entry);
  if (!result) {
    result = build({
      entryPoints: [join(process.cwd(), entry)],
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      target: 'es2020',
      legalComments: 'none',
      tsconfig: join(process.cwd(), 'tsconfig.json'),
    }).then((r) => r.outputFiles[0]!.text.trim());
    cache.set(entry, result);
  }
  return result;
}
