import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseCsv } from '~/lib/content/csv.ts';
import { DIST, htmlPages } from './dist.ts';

/**
 * Source lines and downloads read like citations: the wording of how we worked ("not recorded in the
 * research", "words from its URL", "our research found") stays in content/, never on a page or in a file
 * a reader takes away.
 */
const PROCESS_WORDING =
  /not recorded in the research|words from its url|our research|the research (?:records|marks|file)|first researcher|researcher's/i;

/** Where a reader sees source lines: footnotes, the About sources list, figure source lines. */
const SOURCE_LINES = '[data-footnotes], .footnotes, [aria-labelledby="sources-title"], figcaption, .source-line';

it('shows no research-process wording in any source line on any page', () => {
  const found: string[] = [];
  let lines = 0;
  for (const { path, $ } of htmlPages()) {
    $(SOURCE_LINES).each((_, el) => {
      lines++;
      const text = $(el).text().replace(/\s+/g, ' ');
      const m = PROCESS_WORDING.exec(text);
      if (m) found.push(`${path}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
    });
  }
  expect(found).toEqual([]);
  expect(lines, 'no source lines found means the check is not running').toBeGreaterThan(10);
});

it('has no research column, research field or research-process wording in the CSV and JSON downloads', () => {
  const dir = join(DIST, 'data');
  expect(existsSync(dir), 'dist/data is missing: run the build').toBe(true);
  const files = readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f));
  expect(files.length).toBeGreaterThanOrEqual(12);
  const problems: string[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.csv') && parseCsv(text).header.includes('research')) problems.push(`${f}: research column`);
    if (f.endsWith('.json') && /"research"\s*:/.test(text)) problems.push(`${f}: research field`);
    const m = PROCESS_WORDING.exec(text);
    if (m) problems.push(`${f}: «${text.slice(Math.max(0, m.index - 40), m.index + 40)}»`);
  }
  expect(problems).toEqual([]);
});
