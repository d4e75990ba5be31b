import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUDGET, gz, measurePages, overBudget } from '../../tools/audit/bytes.ts';

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

it('counts linked and imported scripts and styles once, and skips JSON data islands', () => {
  const chunk = 'export const big = "' + 'x'.repeat(500) + '";';
  const entry = 'import { big } from "./chunk.js"; console.log(big);';
  const dist = fixture({
    'index.html':
      '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>' +
      '<script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/entry.js"></script>' +
      '<script type="application/json">{"huge": "' +
      'y'.repeat(5000) +
      '"}</script></body></html>',
    '_astro/entry.js': entry,
    '_astro/chunk.js': chunk,
    '_astro/a.css': 'body{color:red}',
  });
  const [page] = measurePages(dist);
  expect(page!.path).toBe('/');
  expect(page!.js).toBe(gz(entry) + gz(chunk));
  expect(page!.css).toBe(gz('body{color:red}'));
  expect(page!.files.sort()).toEqual(['_astro/a.css', '_astro/chunk.js', '_astro/entry.js']);
});

it('reports a page over the JS budget', () => {
  const random = Array.from({ length: 30_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join(';');
  const dist = fixture({ 'a/index.html': `<script>${random}</script>` });
  const pages = measurePages(dist);
  expect(pages[0]!.js).toBeGreaterThan(BUDGET.js);
  expect(overBudget(pages)[0]).toMatch(/^\/a\/: \d+ B of gzipped JS/);
});

it('counts inline stylesheets as CSS, and the fonts they name', () => {
  const sheet = '@font-face{font-family:x;src:url(/_astro/x.woff2)}body{color:red}';
  const dist = fixture({
    'a/index.html': `<html><head><style>${sheet}</style><style>p{margin:0}</style></head><body></body></html>`,
    '_astro/x.woff2': 'f'.repeat(700),
  });
  const [page] = measurePages(dist);
  expect(page!.css).toBe(gz(sheet) + gz('p{margin:0}'));
  expect(page!.fonts).toBe(700);
  expect(page!.files).toEqual(['_astro/x.woff2']);
});

it('counts the scripts a page loads after its first paint, with their imports', () => {
  const entry = 'import "./chunk.js"; console.log(1);';
  const chunk = 'export const x = "' + 'z'.repeat(300) + '";';
  const loader = 'console.log("loader")';
  const dist = fixture({
    'a/index.html': `<body><script data-modules='["/_astro/entry.js"]'>${loader}</script></body>`,
    '_astro/entry.js': entry,
    '_astro/chunk.js': chunk,
  });
  const [page] = measurePages(dist);
  expect(page!.js).toBe(gz(loader) + gz(entry) + gz(chunk));
});
