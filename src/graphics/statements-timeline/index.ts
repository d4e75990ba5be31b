import type { GraphicModule } from '../shared/types.ts';
import { filterStatements, layout, states, statesFor } from './layout.ts';
import { locatorLayout } from './locator.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { StatementsData } from './types.ts';

export type { Statement, StatementsData, SourceRef, ActorGroup, Channel } from './types.ts';

const statementsTimeline: GraphicModule<StatementsData> = {
  name: 'statements-timeline',
  states,
  statesFor,
  layout,
  inlineLayout: locatorLayout,
  filter: filterStatements,
  tableRows,
  description,
  descriptionFor,
  sourceLine,
};
export default statementsTimeline;
export { description, descriptionFor, layout, sourceLine, states, statesFor, tableRows };
export const name = 'statements-timeline';
