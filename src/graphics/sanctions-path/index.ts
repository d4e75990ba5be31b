import { fixedStateGraphic } from '../shared/types.ts';
import { layout, states } from './layout.ts';
import { description, sourceLine, tableRows } from './table.ts';
import type { SanctionsPathData } from './types.ts';

export type { SanctionsPathData } from './types.ts';

const sanctionsPath = fixedStateGraphic<SanctionsPathData>({
  name: 'sanctions-path',
  states,
  layout,
  tableRows,
  description,
  sourceLine,
});
export default sanctionsPath;
export { description, layout, sourceLine, states, tableRows };
export const name = 'sanctions-path';
