import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * All or nothing: Astro writes into a sibling temporary folder, and only when every later check
 * (the anchor registry runs in its own `astro:build:done`, before this one) has passed is it swapped
 * into the real outDir. A failed build leaves the previous dist/ as it was.
 */
export default function atomicDist(): AstroIntegration {
  let target = '';
  let staging = '';
  return {
    name: 'atomic-dist',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        target = fileURLToPath(config.outDir).replace(/\/$/, '');
        staging = `${target}.building-${process.pid}`;
        mkdirSync(dirname(target), { recursive: true });
        // A build that failed half-way left its staging folder (Astro has no failure hook): clear those.
        for (const name of readdirSync(dirname(target)))
          if (name.startsWith(`${basename(target)}.building-`))
            rmSync(join(dirname(target), name), { recursive: true, force: true });
        updateConfig({ outDir: new URL(`file://${staging}/`) });
      },
      'astro:build:done': ({ logger }) => {
        if (!staging) return;
        const old = `${target}.old-${process.pid}`;
        if (existsSync(target)) renameSync(target, old);
        renameSync(staging, target);
        rmSync(old, { recursive: true, force: true });
        logger.info(`checks passed: moved the build into ${target}`);
      },
    },
  };
}
