import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import demo from '~/graphics/demo/index.ts';
import { parseAnnual, parseDeaths } from '~/graphics/toll-2019/parse.ts';
import type { Toll2019Data } from '~/graphics/toll-2019/types.ts';
import { contentRoot } from '~/lib/content/load.ts';
import { demoData } from '~/graphics/demo/layout.ts';
import { registry } from '~/graphics/registry.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';

// The demo graphic serves the engine's tests; the registry holds the story's graphics.
const graphics: Record<string, GraphicModule<never>> = { ...registry, demo };

/**
 * Where each graphic's data comes from at build time. A Scrolly section names only its graphic, so
 * MDX authors never load data; a graphic without an entry here cannot be used in a section yet.
 */
const loaders: Record<string, () => unknown | Promise<unknown>> = {
  demo: demoData,
  // The graphic's own CSV parser over content/data: the same ids the content model publishes
  // (tests/unit/content/ids-agree.test.ts), and the content check has validated the files.
  'toll-2019': (): Toll2019Data => {
    const read = (file: string) => readFileSync(join(contentRoot(), 'data', file), 'utf8');
    return { deaths: parseDeaths(read('deaths-2019.csv')), annual: parseAnnual(read('deaths-annual.csv')) };
  },
};

export function getGraphic(name: string): GraphicModule<unknown> {
  const mod = graphics[name];
  if (!mod) throw new Error(`graphic "${name}": unknown (fix: one of ${Object.keys(graphics).join(', ')})`);
  return mod as GraphicModule<unknown>;
}

export async function loadGraphicData(name: string): Promise<unknown> {
  const load = loaders[name];
  if (!load) {
    throw new Error(`graphic "${name}": no data loader (fix: add one in src/components/scrolly/graphics.ts)`);
  }
  return load();
}
