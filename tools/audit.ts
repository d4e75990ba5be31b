/**
 * `npm run audit` (also the last step of `npm test`): Lighthouse scores and byte budgets over the
 * built site. Writes reports/audit.json and reports/audit.md; exits non-zero when a gate fails.
 * axe on every page, the HTML checker, links, anchors and third-party checks are test suites
 * (tests/build, tests/browser) so that they run in the same vitest report.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { serve } from './serve.ts';
import { BUDGET, canonicalJs, measurePages, overBudget } from './audit/bytes.ts';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './audit/lighthouse.ts';

/**
 * Lighthouse pages: the opening, a chapter, an embed and About (the issue's list). `--chapters` adds
 * every chapter and embed page; `--uncompressed` scores them a second time served without gzip (a host
 * that does not compress), where the HTML's raw size is what the phone downloads.
 */
const args = process.argv.slice(2);
const chapterPages = readdirSync('dist/embed', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`dist/${d.name}/index.html`))
  .flatMap((d) => [`/${d.name}/`, `/embed/${d.name}/`]);
const LIGHTHOUSE_PAGES = [
  ...new Set([
    '/',
    '/the-2019-toll/',
    '/embed/the-2019-toll/',
    '/about/',
    // The longest chapter: the page most likely to fall under the bar.
    '/who-said-what/',
    // The reading furniture's own pages (issue 14).
    '/search/',
    '/teachers/',
    // The Russian edition's longest chapter (issue 16): its text is longer, and it carries the
    // pop-ups of our translations.
    '/ru/who-said-what/',
    ...(args.includes('--chapters') ? [...chapterPages, ...chapterPages.map((p) => `/ru${p}`)] : []),
  ]),
];
const MODES = args.includes('--uncompressed') ? [true, false] : [true];
/**
 * 100 in every category is the bar, on every page; a lower one must be written here with its reason.
 * Chapter pages had 98 in performance from 2026-11-29 (a blocking time of 0-129 ms from run to run);
 * after the sticky graphic stopped re-laying out its drawing at each change and the scrolly start-up
 * was split into four tasks, all 12 chapter pages scored 100 with no blocking time in 24 runs of 24
 * (2026-11-30), and the exception went.
 */
const THRESHOLD: Record<(typeof CATEGORIES)[number], number> = {
  performance: 100,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};
/**
 * Audits that fail on purpose, with the reason. On the pages a rule matches, the category must have no
 * other failing audit (the score itself is then not compared, since one failing audit caps it).
 */
const EXPECTED_FAILURES: { where: string; pages: RegExp; audit: string; reason: string }[] = [
  {
    where: 'every embed page, in either edition',
    pages: /^(\/ru)?\/embed\//,
    audit: 'seo: is-crawlable',
    reason: 'embed pages carry robots noindex by design: their canonical URL is the chapter page (issue 7)',
  },
];

const kb = (b: number) => (b / 1024).toFixed(1);

/** The run with the median performance score (ties: the one with less layout shift). */
function median(runs: LighthouseResult[]): LighthouseResult {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || b.cls - a.cls);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const missingPages = LIGHTHOUSE_PAGES.filter((p) => !existsSync(`dist${p}index.html`));
if (missingPages.length) {
  console.error(`Pages the audit must score are not built: ${missingPages.join(', ')}`);
  process.exit(1);
}

const failures: string[] = [];
const pages = measurePages('dist');
failures.push(...overBudget(pages));
const canonical = canonicalJs();
const maxJs = Math.max(...pages.map((p) => p.js));

const lighthouse = [];
for (const gzip of MODES) {
  const { server, url } = await serve({ root: 'dist', host: '127.0.0.1', port: 0, gzip });
  try {
    let results = await runLighthouse(url, LIGHTHOUSE_PAGES);
    // A performance score moves by a few points from run to run on a busy machine (Lighthouse's own
    // advice is the median of several runs): a page under the bar gets eight more runs, and the median
    // of its nine counts. (With five, a clean-clone run on 2026-11-29 failed on /the-2019-toll/ at 95
    // while the same build scored 96, 100 and 99 a minute later; with three, the heaviest chapter
    // failed about one CI run in ten.)
    const shaky = results.filter((r) => r.scores.performance < THRESHOLD.performance || r.cls > 0).map((r) => r.path);
    if (shaky.length) {
      const again: LighthouseResult[] = [];
      for (let i = 0; i < 8; i++) again.push(...(await runLighthouse(url, shaky)));
      results = results.map((r) =>
        shaky.includes(r.path) ? median([r, ...again.filter((a) => a.path === r.path)]) : r,
      );
    }
    lighthouse.push(...results.map((r) => ({ ...r, served: gzip ? 'gzip' : 'uncompressed' })));
  } finally {
    server.close();
  }
}
for (const r of lighthouse) {
  const expected = EXPECTED_FAILURES.filter((e) => e.pages.test(r.path));
  const where = `${r.path} (${r.served})`;
  for (const c of CATEGORIES) {
    const excused = expected.filter((e) => e.audit.startsWith(`${c}: `));
    if (excused.length) {
      const others = r.failing.filter((f) => f.startsWith(`${c}: `) && !excused.some((e) => f.startsWith(e.audit)));
      const missing = excused.filter((e) => !r.failing.some((f) => f.startsWith(e.audit)));
      failures.push(...others.map((f) => `${where}: Lighthouse ${f}`));
      // An excuse that no longer applies is removed, not kept around.
      failures.push(...missing.map((e) => `${where}: expected failure "${e.audit}" no longer fails: remove it`));
    } else if (r.scores[c] < THRESHOLD[c]) {
      failures.push(`${where}: Lighthouse ${c} ${r.scores[c]} < ${THRESHOLD[c]}`);
    }
  }
  if (r.cls > 0) failures.push(`${where}: cumulative layout shift ${r.cls}`);
}

const md = [
  '# Audit',
  '',
  '## Lighthouse (mobile, simulated throttling)',
  '',
  `| page | served | ${CATEGORIES.join(' | ')} | CLS | LCP ms | TBT ms |`,
  `|---|---|${CATEGORIES.map(() => '---:').join('|')}|---:|---:|---:|`,
  ...lighthouse.map(
    (r) =>
      `| ${r.path} | ${r.served} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.cls.toFixed(3)} | ${Math.round(r.lcpMs)} | ${Math.round(r.tbtMs)} |`,
  ),
  '',
  ...lighthouse.flatMap((r) => (r.failing.length ? [`- ${r.path}: ${r.failing.join('; ')}`] : [])),
  '',
  ...EXPECTED_FAILURES.map((e) => `- Expected on ${e.where}: ${e.audit}, because ${e.reason}.`),
  '',
  `## Bytes per page (gzipped; the HTML column includes the inline CSS and scripts; budget JS ≤ ${kb(BUDGET.js)} KB, CSS ≤ ${kb(BUDGET.css)} KB)`,
  '',
  '| page | HTML KB | JS KB | CSS KB | fonts KB |',
  '|---|---:|---:|---:|---:|',
  ...pages.map((p) => `| ${p.path} | ${kb(p.html)} | ${kb(p.js)} | ${kb(p.css)} | ${kb(p.fonts)} |`),
  '',
  `The same charts drawn in the browser (d3-array, d3-scale, d3-time + scrollama): ${kb(canonical)} KB of gzipped JS. Our heaviest page: ${kb(maxJs)} KB ` +
    `(${((maxJs / canonical) * 100).toFixed(1)} % of it, ratio 1 : ${(canonical / Math.max(maxJs, 1)).toFixed(1)}).`,
  '',
  failures.length ? `## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}` : '## All gates passed',
  '',
].join('\n');

mkdirSync('reports', { recursive: true });
writeFileSync('reports/audit.json', JSON.stringify({ lighthouse, pages, canonicalJs: canonical, failures }, null, 2));
writeFileSync('reports/audit.md', md);
console.log(md);
process.exit(failures.length ? 1 : 0);
