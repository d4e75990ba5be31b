import { spawnSync } from 'node:child_process';

const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

export interface CheckerRun {
  cmd: string;
  args: string[];
}

/** The Nu Html Checker over a folder, errors only, as JSON on stderr (vnu's own convention). */
export const vnu = (dir: string): CheckerRun => ({
  cmd: 'java',
  args: ['-jar', JAR, '--skip-non-html', '--errors-only', '--format', 'json', dir],
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
