import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { gz, measurePages } from '../../tools/audit/bytes.ts';
import { compileScript } from '~/lib/reuse/compile-script.ts';

/**
 * What the graphics cost each chapter page: the inline SVG (live graphic, step figures), the state
 * payload the client reads (inline, and the states files it fetches), the data tables, and the page's
 * JavaScript, gzipped. Written to
 * reports/graphics-bytes.md for the team; the asserts are the budgets a reader would feel.
 */
const CHAPTERS = [
  'the-report',
  'the-2019-toll',
  'who-said-what',
  'threats-and-the-convention',
  'the-sanctions-proposal',
  'known-and-disputed',
];
const sum = (html: string, re: RegExp) => [...html.matchAll(re)].reduce((n, m) => n + m[0].length, 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

it('keeps the mark-details script under 2 KB gzipped', async () => {
  const details = gz(await compileScript('src/client/graphics/details.ts'));
  expect(details).toBeLessThan(2048);
});

it('reports the graphics’ bytes per chapter page and keeps each page’s JS in budget', async () => {
  const pages = new Map(measurePages('dist').map((p) => [p.path, p]));
  const details = gz(await compileScript('src/client/graphics/details.ts'));
  const lines = [
    `Mark-details script (src/client/graphics/details.ts): ${details} B gzipped.`,
    '',
    '| page | HTML | HTML gz | SVG | step figures | payload JSON | states files | data tables | JS gz |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const prefix of ['', 'embed/']) {
    for (const slug of CHAPTERS) {
      const path = `/${prefix}${slug}/`;
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const js = pages.get(path)?.js ?? 0;
      const states = [...html.matchAll(/data-scrolly-states="([^"]+)"/g)].reduce(
        (n, m) => n + readFileSync(`dist${m[1]}`, 'utf8').length,
        0,
      );
      lines.push(
        `| ${path} | ${kb(html.length)} | ${kb(gz(html))} | ${kb(sum(html, /<svg[\s\S]*?<\/svg>/g))} | ` +
          `${kb(sum(html, /<figure class="scrolly-step__figure"[^>]*>[\s\S]*?<\/figure>/g))} | ` +
          `${kb(sum(html, /<script type="application\/json" data-scrolly-payload>[\s\S]*?<\/script>/g))} | ${kb(states)} | ` +
          `${kb(sum(html, /<details class="graphic-data__tables">[\s\S]*?<\/details>/g))} | ${kb(js)} |`,
      );
      expect(js, path).toBeLessThanOrEqual(20 * 1024);
    }
  }
  mkdirSync('reports', { recursive: true }); // absent in a fresh clone (git-ignored)
  writeFileSync('reports/graphics-bytes.md', lines.join('\n') + '\n');
  console.log(lines.join('\n'));
});
