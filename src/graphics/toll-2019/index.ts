import { fixedStateGraphic, type GraphicModule } from '../shared/types.ts';
import { layout, states } from './layout.ts';
import { statesFor } from './states.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { Toll2019Data } from './types.ts';

export type { AnnualDeaths, Death2019, Toll2019Data } from './types.ts';
export { load } from './load.ts';

// The state names are fixed; their descriptions follow the data's edition.
const toll2019: GraphicModule<Toll2019Data> = {
  ...fixedStateGraphic<Toll2019Data>({
    name: 'toll-2019',
    states,
    layout,
    tableRows,
    description,
    descriptionFor,
    sourceLine,
  }),
  statesFor,
};
export default toll2019;
export { description, descriptionFor, layout, sourceLine, states, statesFor, tableRows };
export const name = 'toll-2019';
