import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('passes the Nu Html Checker with no errors', () => {
  const java = spawnSync('java', ['-version']);
  if (java.error) {
    throw new Error(
      'Java not found: the Nu Html Checker needs it. Install with `apt-get install -y default-jre-headless`.',
    );
  }
  const result = spawnSync(
    'java',
    [
      '-jar',
      'node_modules/vnu-jar/build/dist/vnu.jar',
      '--skip-non-html',
      '--errors-only',
      '--format',
      'json',
      'dist/',
    ],
    { encoding: 'utf8' },
  );
  const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  const errors = messages
    .filter((m) => m.type === 'error')
    .map((m) => `${m.url.replace(/^.*\/dist\//, 'dist/')}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
}, 120_000);
