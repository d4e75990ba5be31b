import demo from '~/graphics/demo/index.ts';
import { demoData } from '~/graphics/demo/layout.ts';
import { registry, loaders } from '~/graphics/registry.ts';
import type { GraphicModule } from '~/graphics/shared/types.ts';
import { getContent } from '~/lib/content/content.ts';

// The demo graphic serves the engine's tests; the registry holds the story's graphics.
const graphics: Record<string, GraphicModule<never>> = { ...registry, demo };

/**
 * Where each graphic's data comes from at build time: its folder's load.ts, a pure function of the
 * one validated Content value. A Scrolly section names only its graphic, so MDX authors never load data.
 */
const dataOf: Record<string, () => unknown> = {
  demo: demoData,
  ...Object.fromEntries(Object.entries(loaders).map(([name, load]) => [name, () => load(getContent())])),
};

export function getGraphic(name: string): GraphicModule<unknown> {
  const mod = graphics[name];
  if (!mod) throw new Error(`graphic "${name}": unknown (fix: one of ${Object.keys(graphics).join(', ')})`);
  return mod as GraphicModule<unknown>;
}

export async function loadGraphicData(name: string): Promise<unknown> {
  const load = dataOf[name];
  if (!load) {
    throw new Error(`graphic "${name}": no data loader (fix: add load.ts in src/graphics/${name}/)`);
  }
  return load();
}
