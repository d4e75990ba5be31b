import type { Content } from '../lib/content/content.ts';
import sanctions from './sanctions/index.ts';
import { load as sanctionsData } from './sanctions/load.ts';
import type { SanctionsData } from './sanctions/types.ts';
import type { GraphicModule } from './shared/types.ts';
import statementsTimeline from './statements-timeline/index.ts';
import { load as statementsData } from './statements-timeline/load.ts';
import type { StatementsData } from './statements-timeline/types.ts';
import toll2019 from './toll-2019/index.ts';
import { load as tollData } from './toll-2019/load.ts';
import type { Toll2019Data } from './toll-2019/types.ts';

/** Graphic name → module; each module's data type is kept so pages pass the right collection. */
export interface GraphicData {
  'toll-2019': Toll2019Data;
  'statements-timeline': StatementsData;
  sanctions: SanctionsData;
}
export type GraphicName = keyof GraphicData;

export const registry: { [N in GraphicName]: GraphicModule<GraphicData[N]> } = {
  'toll-2019': toll2019,
  'statements-timeline': statementsTimeline,
  sanctions,
};

/** Graphic name → its folder's load.ts: a pure function from the validated Content to the graphic's data. */
export const loaders: { [N in GraphicName]: (content: Content) => GraphicData[N] } = {
  'toll-2019': tollData,
  'statements-timeline': statementsData,
  sanctions: sanctionsData,
};

/** Graphic name → the names of its states for this content, so the MDX check can refuse an unknown <Step state>. */
export function graphicStates(content: Content): Map<string, string[] | undefined> {
  return new Map(
    (Object.keys(registry) as GraphicName[]).map((name) => {
      const mod = registry[name] as GraphicModule<unknown>;
      try {
        return [name, mod.statesFor(loaders[name](content)).map((s) => s.name)];
      } catch {
        // Data this graphic needs is missing (reported elsewhere, or a partial test fixture): its states stay unchecked.
        return [name, undefined];
      }
    }),
  );
}
