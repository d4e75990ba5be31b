import { fixedStateGraphic } from '../shared/types.ts';
import { layout, states } from './layout.ts';
import { description, sourceLine, tableRows } from './table.ts';
import type { SanctionsData } from './types.ts';

export type { KremlinReply, OutcomeStatus, Proposal, ProposalKind, SanctionsData } from './types.ts';

const sanctions = fixedStateGraphic<SanctionsData>({
  name: 'sanctions',
  states,
  layout,
  tableRows,
  description,
  sourceLine,
});
export default sanctions;
export { description, layout, sourceLine, states, tableRows };
export const name = 'sanctions';
