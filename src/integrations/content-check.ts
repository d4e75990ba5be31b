import type { AstroIntegration } from 'astro';
import { primeContent, toContent } from '../lib/content/content.ts';
import { ContentError, formatProblem, orphanSources, unusedDeathTerms } from '../lib/content/crossref.ts';
import { contentRoot } from '../lib/content/load.ts';
import { contentReads } from '../lib/content/read.ts';
import { validateForBuild } from './validate.ts';

/**
 * Parses and checks content/ once, before Astro syncs content or writes a page, and hands the
 * validated Content value to everything else in the build (src/lib/content/content.ts). Bad content
 * fails the build with "file › entry › field: problem (fix: …)".
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command === 'preview') return;
        const root = contentRoot();
        const { located, problems: all } = validateForBuild(root);
        if (all.length > 0) {
          for (const p of all) logger.error(formatProblem(p));
          if (command === 'dev') return; // keep the dev server up; the errors above say what to fix
          throw new ContentError(all);
        }
        for (const p of [...orphanSources(located), ...unusedDeathTerms(located)]) logger.warn(formatProblem(p));
        primeContent(toContent(root, located));
        logger.info(`content in ${root} passed the check`);
      },
      'astro:build:done': ({ logger }) => {
        // CONTENT_READS=1 shows that every content file was read once in the whole build.
        if (process.env.CONTENT_READS !== '1') return;
        const reads = [...contentReads()].map(([file, n]) => `${n}× ${file}`);
        logger.info(`content files read:\n  ${reads.join('\n  ')}`);
      },
    },
  };
}
