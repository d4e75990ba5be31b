import { spawnSync } from 'node:child_process';

const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

export interface CheckerRun {
  cmd: string;
  args: string[];
}

/**
 * CSS the checker's grammar does not know yet, which the pages' inline stylesheets use on purpose:
 * each is behind @supports or has a fallback in the same rule (vnu checks inline CSS; its CSS
 * grammar predates these features). Every other CSS message still fails the check.
 * - position-area, position-try-fallbacks: anchor positioning of footnote pop-ups (footnotes.css);
 * - line-clamp: the standard twin of -webkit-line-clamp (scrolly.css);
 * - animation-timeline, and the animation shorthand the minifier folds it into ("linear both
 *   chapter-progress scroll(root)"): the chapter bar's scroll-driven progress (ChapterBar.astro).
 */
export const UNKNOWN_CSS = [
  ...['position-area', 'position-try-fallbacks', 'line-clamp', 'animation-timeline'].map(
    (property) => `CSS: “${property}”: Property “${property}” doesn't exist\\.`,
  ),
  String.raw`CSS: “animation”: “scroll\(root\)” is not a “animation” value\.`,
];

/** The Nu Html Checker over a folder, errors only, as JSON on stderr (vnu's own convention). */
export const vnu = (dir: string): CheckerRun => ({
  cmd: 'java',
  args: [
    '-jar',
    JAR,
    '--skip-non-html',
    '--errors-only',
    '--filterpattern',
    UNKNOWN_CSS.map((p) => `(?:${p})`).join('|'),
    '--format',
    'json',
    dir,
  ],
});

/**
 * Runs the checker; returns its errors as "file:line message". Throws when the checker did not
 * finish its job: it could not start, was killed, printed no report, or exited non-zero without
 * reporting an error (vnu exits 1 exactly when it reports errors, 0 when there are none).
 */
export function htmlErrors({ cmd, args }: CheckerRun, timeout = 600_000): string[] {
  const run = spawnSync(cmd, args, { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const died = (why: string) =>
    new Error(`The HTML checker ${why}.\n${cmd} ${args.join(' ')}\nstdout: ${run.stdout}\nstderr: ${run.stderr}`);
  if (run.error) throw died(`could not run (${run.error.message})`);
  if (run.signal) throw died(`was killed (${run.signal})`);
  let messages: { type: string; url?: string; lastLine?: number; message: string }[];
  try {
    ({ messages } = JSON.parse(run.stderr) as { messages: typeof messages });
  } catch {
    throw died(`exited ${run.status} without a JSON report`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${(m.url ?? '').replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  if (run.status !== 0 && errors.length === 0) throw died(`exited ${run.status} without reporting an error`);
  if (run.status === 0 && errors.length > 0) throw died('reported errors but exited 0');
  return errors;
}
