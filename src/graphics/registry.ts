import sanctions from './sanctions/index.ts';
import sanctionsPath from './sanctions-path/index.ts';
import type { SanctionsPathData } from './sanctions-path/types.ts';
import type { SanctionsData } from './sanctions/types.ts';
import claimsLedger from './claims-ledger/index.ts';
import type { ClaimsLedgerData } from './claims-ledger/types.ts';
import reportOutlets from './report-outlets/index.ts';
import type { ReportOutletsData } from './report-outlets/types.ts';
import type { GraphicModule } from './shared/types.ts';
import statementsTimeline from './statements-timeline/index.ts';
import type { StatementsData } from './statements-timeline/types.ts';
import toll2019 from './toll-2019/index.ts';
import type { Toll2019Data } from './toll-2019/types.ts';

/** Graphic name → module; each module's data type is kept so pages pass the right collection. */
export interface GraphicData {
  'toll-2019': Toll2019Data;
  'statements-timeline': StatementsData;
  sanctions: SanctionsData;
  'sanctions-path': SanctionsPathData;
  'claims-ledger': ClaimsLedgerData;
  'report-outlets': ReportOutletsData;
}
export type GraphicName = keyof GraphicData;

export const registry: { [N in GraphicName]: GraphicModule<GraphicData[N]> } = {
  'toll-2019': toll2019,
  'statements-timeline': statementsTimeline,
  sanctions,
  'sanctions-path': sanctionsPath,
  'claims-ledger': claimsLedger,
  'report-outlets': reportOutlets,
};
