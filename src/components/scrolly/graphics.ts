import { registry, loaders } from '~/graphics/registry.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';
import { getContent } from '~/lib/content/content.ts';
import type { Locale } from '~/lib/i18n/locales.ts';

// The engine's test graphic lives in tests/fixtures/graphics/; only test builds (SCROLLY_FIXTURES=1, vitest) see it.
const withFixtures = process.env.SCROLLY_FIXTURES === '1' || process.env.VITEST !== undefined;
const fixtureModules = import.meta.glob<GraphicModule<unknown>>('/tests/fixtures/graphics/*/index.ts', {
  eager: true,
  import: 'default',
});
const fixtureData = import.meta.glob<() => unknown>('/tests/fixtures/graphics/*/layout.ts', {
  eager: true,
  import: 'demoData',
});
const fixtures = withFixtures ? Object.fromEntries(Object.values(fixtureModules).map((m) => [m.name, m])) : {};
const fixtureLoaders = withFixtures
  ? Object.fromEntries(Object.entries(fixtureData).map(([path, load]) => [path.split('/').at(-2) ?? '', load]))
  : {};
const graphics: Record<string, GraphicModule<unknown>> = { ...registry, ...fixtures };

/**
 * Where each graphic's data comes from at build time: its folder's load.ts, a pure function of the
 * one validated Content value. A Scrolly section names only its graphic, so MDX authors never load data.
 */
const dataOf: Record<string, (locale: Locale) => unknown> = {
  ...fixtureLoaders,
  ...Object.fromEntries(
    Object.entries(loaders).map(([name, load]) => [name, (locale: Locale) => load(getContent(), locale)]),
  ),
};

export function getGraphic(name: string): GraphicModule<unknown> {
  const mod = graphics[name];
  if (!mod) throw new Error(`graphic "${name}": unknown (fix: one of ${Object.keys(graphics).join(', ')})`);
  return mod as GraphicModule<unknown>;
}

export async function loadGraphicData(name: string, locale: Locale = 'en'): Promise<unknown> {
  const load = dataOf[name];
  if (!load) {
    throw new Error(`graphic "${name}": no data loader (fix: add load.ts in src/graphics/${name}/)`);
  }
  return load(locale);
}
