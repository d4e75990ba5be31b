import type { GraphicModule } from '../shared/types.ts';
import { inlineLayout, layout, states, statesFor } from './layout.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { ReportOutletsData } from './types.ts';

export type { ReportOutletsData } from './types.ts';

const reportOutlets: GraphicModule<ReportOutletsData> = {
  name: 'report-outlets',
  states,
  statesFor,
  layout,
  inlineLayout,
  tableRows,
  description,
  descriptionFor,
  sourceLine,
};
export default reportOutlets;
export { description, descriptionFor, inlineLayout, layout, sourceLine, states, statesFor, tableRows };
export const name = 'report-outlets';
