import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFor, withFixture } from './fixtures.ts';

// A real `astro build` over a copy of the project's content with one bad chapter swapped in:
// the content-check integration must stop it before any page is written.
describe('astro build with bad content', () => {
  it('exits non-zero, names file, entry and field, and leaves no dist behind', () => {
    const kind = 'count-mismatch';
    const want = expectedFor(kind);
    const root = withFixture(kind, resolve('content'));
    const outDir = join(dirname(root), 'dist');
    const run = spawnSync(
      process.execPath,
      [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    expect(output).toContain(`${want.file} › ${want.entry} › ${want.field}: ${want.message}`);
    expect(existsSync(outDir)).toBe(false);
  }, 120_000);
});
