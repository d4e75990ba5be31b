import { compileScript } from '~/lib/reuse/compile-script.ts';

/** The inline loader of AfterPaint.astro; the same text on every page, so one CSP hash allows it. */
export const afterPaintLoader = (): Promise<string> => compileScript('src/client/after-paint.ts');
