import type { GraphicModule } from '../shared/types.ts';
import { inlineLayout, layout, states, statesFor } from './layout.ts';
import { description, descriptionFor, sourceLine, tableRows } from './table.ts';
import type { ClaimsLedgerData } from './types.ts';

export type { ClaimsLedgerData } from './types.ts';

const claimsLedger: GraphicModule<ClaimsLedgerData> = {
  name: 'claims-ledger',
  states,
  statesFor,
  layout,
  inlineLayout,
  tableRows,
  description,
  descriptionFor,
  sourceLine,
};
export default claimsLedger;
export { description, descriptionFor, inlineLayout, layout, sourceLine, states, statesFor, tableRows };
export const name = 'claims-ledger';
