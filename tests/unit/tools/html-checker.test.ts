import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlErrors, vnu } from '../../build/html-checker.ts';

/** A stand-in checker: a Node one-liner that behaves like vnu in one way or another. */
const fake = (script: string) => ({ cmd: process.execPath, args: ['-e', script] });
const report = (messages: object[]) => `process.stderr.write(${JSON.stringify(JSON.stringify({ messages }))})`;

// Each case starts a Node process: seconds apiece on a busy machine.
describe('the HTML checker test', { timeout: 60_000 }, () => {
  it('fails when the checker dies silently', () => {
    expect(() => htmlErrors(fake('process.exit(1)'))).toThrow(/without a JSON report/);
  });

  it('fails when the checker is killed', () => {
    expect(() => htmlErrors(fake("process.kill(process.pid, 'SIGKILL')"))).toThrow(/killed/);
  });

  it('fails when the checker crashes after an empty report', () => {
    expect(() => htmlErrors(fake(`${report([])}; process.exit(2)`))).toThrow(/exited 2 without reporting/);
  });

  it('fails when the checker cannot start', () => {
    expect(() => htmlErrors({ cmd: '/nonexistent/java', args: [] })).toThrow(/could not run/);
  });

  it('returns the errors the checker reports, and none for a clean run', () => {
    const error = { type: 'error', url: 'file:/x/dist/a/index.html', lastLine: 3, message: 'Bad thing.' };
    expect(htmlErrors(fake(`${report([error])}; process.exit(1)`))).toEqual(['dist/a/index.html:3 Bad thing.']);
    expect(htmlErrors(fake(report([])))).toEqual([]);
  });
});

describe('the real checker on inline CSS', { timeout: 120_000 }, () => {
  it('lets through only the CSS its grammar does not know yet, and still reports any other CSS error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    const css =
      '.a{position-area:block-end;position-try-fallbacks:flip-block;line-clamp:2}' +
      '.b{animation:linear both grow scroll(root);animation-timeline:scroll(root block)}' +
      '.c{colr:red}';
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><title>t</title><style>${css}</style></head><body></body></html>`,
    );
    expect(htmlErrors(vnu(dir)).map((e) => e.replace(/^.*?:\d+ /, ''))).toEqual([
      "CSS: “colr”: Property “colr” doesn't exist.",
    ]);
  });
});
