import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { htmlErrors, vnu } from './html-checker.ts';

it('passes the Nu Html Checker with no errors', () => {
  if (spawnSync('java', ['-version']).error) {
    throw new Error(
      'Java not found: the Nu Html Checker needs it. Install with `apt-get install -y default-jre-headless`.',
    );
  }
  expect(htmlErrors(vnu('dist/'))).toEqual([]);
}, 600_000);
