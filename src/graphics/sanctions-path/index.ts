import type { GraphicModule } from '../shared/types.ts';
import { inlineLayout, layout, states, statesFor } from './layout.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { SanctionsPathData } from './types.ts';

export type { SanctionsPathData } from './types.ts';

const sanctionsPath: GraphicModule<SanctionsPathData> = {
  name: 'sanctions-path',
  states,
  statesFor,
  layout,
  inlineLayout,
  tableRows,
  description,
  descriptionFor,
  sourceLine,
};
export default sanctionsPath;
export { description, descriptionFor, inlineLayout, layout, sourceLine, states, statesFor, tableRows };
export const name = 'sanctions-path';
