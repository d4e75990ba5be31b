/**
 * The story's graphics, derived from the folders: every `src/graphics/<name>/` with an index.ts (the
 * module: layout, states, tables), a load.ts (`load`: a pure function from the validated Content to the
 * graphic's data, and `datasets`: the downloads that hold it) is a graphic; nothing else lists graphics
 * by name. Share images are per chapter (src/lib/reuse/share-cards.ts), not per graphic. The engine's test graphic lives in tests/fixtures.
 */
import type { Content } from '../lib/content/content.ts';
import type { DatasetName } from '../lib/content/datasets.ts';
import type { GraphicModule } from './shared/types.ts';
import type { Locale } from '../lib/i18n/locales.ts';

export type GraphicName = string;

export interface GraphicFolder {
  module: GraphicModule<unknown>;
  /** The graphic's data for one edition: the Russian edition's carries Russian words (labels, tables). */
  load: (content: Content, locale?: Locale) => unknown;
  datasets: readonly DatasetName[];
}

const modules = import.meta.glob<GraphicModule<unknown>>('./*/index.ts', { eager: true, import: 'default' });
const loads = import.meta.glob<{ load: GraphicFolder['load']; datasets: GraphicFolder['datasets'] }>('./*/load.ts', {
  eager: true,
});

const nameOf = (path: string) => path.split('/')[1] ?? '';

function folders(): Record<GraphicName, GraphicFolder> {
  const out: Record<GraphicName, GraphicFolder> = {};
  for (const [path, module] of Object.entries(modules)) {
    const name = nameOf(path);
    const data = loads[`./${name}/load.ts`];
    if (!data) throw new Error(`src/graphics/${name}/: needs load.ts (load, datasets)`);
    out[name] = { module, load: data.load, datasets: data.datasets };
  }
  return out;
}

export const GRAPHIC_FOLDERS = folders();

/** Graphic name → module. */
export const registry: Record<GraphicName, GraphicModule<unknown>> = Object.fromEntries(
  Object.entries(GRAPHIC_FOLDERS).map(([name, f]) => [name, f.module]),
);

/** Graphic name → its folder's load.ts. */
export const loaders: Record<GraphicName, GraphicFolder['load']> = Object.fromEntries(
  Object.entries(GRAPHIC_FOLDERS).map(([name, f]) => [name, f.load]),
);

/** Graphic name → the names of its states for this content, so the MDX check can refuse an unknown <Step state>. */
export function graphicStates(content: Content): Map<string, string[] | undefined> {
  return new Map(
    Object.entries(GRAPHIC_FOLDERS).map(([name, f]) => {
      try {
        return [name, f.module.statesFor(f.load(content)).map((s) => s.name)];
      } catch {
        // Data this graphic needs is missing (reported elsewhere, or a partial test fixture): its states stay unchecked.
        return [name, undefined];
      }
    }),
  );
}
