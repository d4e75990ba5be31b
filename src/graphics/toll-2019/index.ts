import { fixedStateGraphic } from '../shared/types.ts';
import { layout, states } from './layout.ts';
import { description, sourceLine, tableRows } from './table.ts';
import type { Toll2019Data } from './types.ts';

export type { AnnualDeaths, Death2019, Toll2019Data } from './types.ts';
export { load } from './load.ts';

const toll2019 = fixedStateGraphic<Toll2019Data>({
  name: 'toll-2019',
  states,
  layout,
  tableRows,
  description,
  sourceLine,
});
export default toll2019;
export { description, layout, sourceLine, states, tableRows };
export const name = 'toll-2019';
