import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFor, withFixture } from './fixtures.ts';

// Real `astro build` runs over a copy of the project's content with one bad file swapped in: the
// build must exit non-zero naming file, entry and field, and leave the previous dist/ exactly as it was.
// A few kinds only (each run takes ~30 s on the shared machine); the rest call the same check directly.
describe.each(['count-mismatch', 'page-unknown-src', 'page-script'])('astro build with bad content: %s', (kind) => {
  it('exits non-zero, names file, entry and field, and leaves the previous dist untouched', () => {
    const want = expectedFor(kind);
    const root = withFixture(kind, resolve('content'));
    const outDir = join(dirname(root), 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), '<p>previous build</p>');
    const run = spawnSync(
      process.execPath,
      [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      {
        env: { ...process.env, CONTENT_DIR: root, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 180_000,
      },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).not.toBe(0);
    const first = output.split('\n').find((l) => l.includes(' › ')) ?? '';
    expect(first).toContain(`${want.file} › ${want.entry} › ${want.field}: ${want.message}`);
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<p>previous build</p>');
    expect(readdirSync(dirname(outDir)).filter((n) => n.startsWith('dist.'))).toEqual([]);
    expect(existsSync(outDir)).toBe(true);
  }, 200_000);
});
