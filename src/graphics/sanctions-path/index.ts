import { fixedStateGraphic } from '../shared/types.ts';
import { inlineLayout, layout, states } from './layout.ts';
import { description, sourceLine, tableRows } from './table.ts';
import type { SanctionsPathData } from './types.ts';

export type { SanctionsPathData } from './types.ts';

const sanctionsPath = fixedStateGraphic<SanctionsPathData>({
  name: 'sanctions-path',
  states,
  layout,
  inlineLayout,
  tableRows,
  description,
  sourceLine,
});
export default sanctionsPath;
export { description, inlineLayout, layout, sourceLine, states, tableRows };
export const name = 'sanctions-path';
