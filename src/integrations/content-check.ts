import type { AstroIntegration } from 'astro';
import { assertValidContent, ContentError, formatProblem } from '../lib/content/crossref.ts';
import { contentRoot } from '../lib/content/load.ts';

/**
 * Runs the cross-reference check before Astro syncs content or writes a page, so bad content
 * fails the build with "file › entry › field: problem (fix: …)" and leaves no half-built dist/.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command === 'preview') return;
        const root = contentRoot();
        try {
          assertValidContent(root);
        } catch (e) {
          if (e instanceof ContentError) {
            for (const p of e.problems) logger.error(formatProblem(p));
            if (command === 'dev') return; // keep the dev server up; the errors above say what to fix
          }
          throw e;
        }
        logger.info(`content in ${root} passed the cross-reference check`);
      },
    },
  };
}
