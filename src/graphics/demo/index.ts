import type { GraphicModule } from '../shared/types.ts';
import { layout, states, type DemoDatum } from './layout.ts';

/** Test-only graphic for the scrolly engine; deliberately not in the graphics registry. */
const demo: GraphicModule<DemoDatum[]> = {
  name: 'demo',
  states,
  statesFor: () => states,
  layout,
  tableRows: (data) => [
    {
      caption: 'Demo bars (made-up values)',
      header: ['Bar', 'Value'],
      rows: data.map((d) => [d.label, String(d.value)]),
    },
  ],
  description: 'Four made-up bars that rise step by step.',
  sourceLine: () => 'Made-up values for testing.',
};
export default demo;
