/**
 * The fixture site: the real site plus tests/fixtures/chapters, which some browser suites read and
 * the published site must never contain. `npm test` builds it beside dist/ (tools/test-all.ts); a
 * browser run on its own builds it in the global setup.
 */
export const FIXTURE_SITE = 'node_modules/.cache/fixture-site';

export const FIXTURE_BUILD = {
  cmd: 'npx',
  args: ['astro', 'build', '--outDir', FIXTURE_SITE],
  env: { SCROLLY_FIXTURES: '1', ASTRO_TELEMETRY_DISABLED: '1' },
};
