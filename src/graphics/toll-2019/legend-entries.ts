import { legend, type LegendEntry } from '../shared/legend.ts';
import { isBagramAttack, isHostileInferred, type TollCounts } from './counts.ts';
import { circle, sampleRect, type Geometry } from './geometry.ts';
import type { AnnualDeaths, Toll2019Data } from './types.ts';
import { words } from './words.ts';

export function legendEntries(state: number, c: TollCounts, data: Toll2019Data, g: Geometry): LegendEntry[] {
  const w = words(data).legend;
  const dot = (cls: string) => (cx: number, cy: number, key: string) => [circle(key, cx, cy, g.r, `mark ${cls}`)];
  if (state === 0) {
    return [
      { key: 'legend-one', text: w.one(c), symbol: dot('neutral') },
      { key: 'legend-names', text: w.names(c) },
    ];
  }
  if (state === 1) {
    return [
      { key: 'legend-combat', text: w.combat(c), symbol: dot('combat') },
      { key: 'legend-noncombat', text: w.nonCombat(c), symbol: dot('noncombat') },
    ];
  }
  if (state === 2) {
    const notHostile = c.total - c.hostileByRelease;
    const inferred = data.deaths.filter(isHostileInferred).length;
    const excess = c.pentagonHostile === undefined ? 0 : c.hostileByRelease - c.pentagonHostile;
    return [
      { key: 'legend-hostile', text: w.hostile(c.hostileByRelease - c.hostileOpenCases), symbol: dot('hostile') },
      {
        key: 'legend-doubt',
        text: w.doubt(c.hostileOpenCases, excess),
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark hostile hostile-doubt'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'doubt-ring'),
        ],
      },
      {
        key: 'legend-nonhostile',
        text: w.nonHostile(notHostile, c.combatNotHostile, inferred),
        symbol: dot('nonhostile'),
      },
      { key: 'legend-pentagon', text: w.pentagon(c.pentagonHostile, c.hostileByRelease) },
    ];
  }
  if (state === 3) {
    const bagram = data.deaths.filter(isBagramAttack);
    const first = bagram[0];
    const place = bagram.map((d) => d.place).reduce((a, b) => (b.length < a.length ? b : a), first?.place ?? '');
    const day = first ? words(data).day(first.date) : '';
    return [
      {
        key: 'legend-bagram',
        text: w.bagram(day, place, c.bagram, first?.cause ?? ''),
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark combat highlight'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'highlight-ring'),
        ],
      },
      { key: 'legend-bagram-link', text: w.bagramLink },
    ];
  }
  const secondary = data.annual.filter((a) => a.verified === 'no');
  const primary = data.annual.filter((a) => a.verified !== 'no');
  const span = (rows: AnnualDeaths[]) => `${rows[0]?.year ?? ''}–${rows[rows.length - 1]?.year ?? ''}`;
  return [
    { key: 'legend-secondary', text: w.secondary(span(secondary)), symbol: sampleRect('bar secondary', g.fontSize) },
    { key: 'legend-primary', text: w.primary(span(primary)), symbol: sampleRect('bar primary', g.fontSize) },
  ];
}

/** Vertical space the legend of each state needs; the tallest decides where the plot starts. */
export function legendHeight(data: Toll2019Data, c: TollCounts, g: Geometry, state: number): number {
  return legend(legendEntries(state, c, data, g), g.plotLeft, 0, g.plotRight - g.plotLeft, g.fontSize, 2 * g.r + 8)
    .bottom;
}
