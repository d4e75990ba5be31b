import { formatDay, utcDay } from '../shared/dates.ts';
import { legend, type LegendEntry } from '../shared/legend.ts';
import { isBagramAttack, isHostileInferred, type TollCounts } from './counts.ts';
import { circle, sampleRect, type Geometry } from './geometry.ts';
import type { AnnualDeaths, Toll2019Data } from './types.ts';

export function legendEntries(state: number, c: TollCounts, data: Toll2019Data, g: Geometry): LegendEntry[] {
  const dot = (cls: string) => (cx: number, cy: number, key: string) => [circle(key, cx, cy, g.r, `mark ${cls}`)];
  if (state === 0) {
    return [
      { key: 'legend-one', text: `One mark = one death: ${c.total} in all`, symbol: dot('neutral') },
      {
        key: 'legend-names',
        text: `${c.named} named in Pentagon releases; ${c.unidentified} not identified, date not released`,
      },
    ];
  }
  if (state === 1) {
    return [
      { key: 'legend-combat', text: `Killed in combat (NYT/AP count): ${c.combat}`, symbol: dot('combat') },
      { key: 'legend-noncombat', text: `Not combat deaths: ${c.nonCombat}`, symbol: dot('noncombat') },
    ];
  }
  if (state === 2) {
    const notHostile = c.total - c.hostileByRelease;
    const inferred = data.deaths.filter(isHostileInferred).length;
    const counted = c.pentagonHostile === undefined ? '' : `Pentagon total: ${c.pentagonHostile} hostile. `;
    const excess = c.pentagonHostile === undefined ? 0 : c.hostileByRelease - c.pentagonHostile;
    return [
      {
        key: 'legend-hostile',
        text: `Hostile in Pentagon release wording: ${c.hostileByRelease - c.hostileOpenCases}`,
        symbol: dot('hostile'),
      },
      {
        key: 'legend-doubt',
        text: `Open case: ${c.hostileOpenCases} marked hostile, of whom the Pentagon total counts ${excess} as non-hostile; which is unresolved`,
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark hostile hostile-doubt'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'doubt-ring'),
        ],
      },
      {
        key: 'legend-nonhostile',
        text: `Not hostile: ${notHostile}, of them ${c.combatNotHostile} counted as combat by NYT/AP${inferred ? ` (${inferred} inferred)` : ''}`,
        symbol: dot('nonhostile'),
      },
      { key: 'legend-pentagon', text: `${counted}Release wording: ${c.hostileByRelease}.` },
    ];
  }
  if (state === 3) {
    const bagram = data.deaths.filter(isBagramAttack);
    const first = bagram[0];
    const place = bagram.map((d) => d.place).reduce((a, b) => (b.length < a.length ? b : a), first?.place ?? '');
    const day = first ? formatDay(utcDay(first.date)) : '';
    return [
      {
        key: 'legend-bagram',
        text: `${day}, ${place.charAt(0).toLowerCase()}${place.slice(1)}: ${c.bagram} killed. ${first?.cause ?? ''}`,
        symbol: (cx, cy, key) => [
          circle(key, cx, cy, g.r, 'mark combat highlight'),
          circle(`${key}-ring`, cx, cy, g.r + 3, 'highlight-ring'),
        ],
      },
      { key: 'legend-bagram-link', text: 'Reporting in 2020 named this attack as a focus of the bounty intelligence.' },
    ];
  }
  const secondary = data.annual.filter((a) => a.verified === 'no');
  const primary = data.annual.filter((a) => a.verified !== 'no');
  const span = (rows: AnnualDeaths[]) => `${rows[0]?.year ?? ''}–${rows[rows.length - 1]?.year ?? ''}`;
  return [
    {
      key: 'legend-secondary',
      text: `${span(secondary)}: totals from a secondary source, not verified against Pentagon records`,
      symbol: sampleRect('bar secondary', g.fontSize),
    },
    {
      key: 'legend-primary',
      text: `${span(primary)}: Pentagon casualty records (DCAS), as reported`,
      symbol: sampleRect('bar primary', g.fontSize),
    },
  ];
}

/** Vertical space the legend of each state needs; the tallest decides where the plot starts. */
export function legendHeight(data: Toll2019Data, c: TollCounts, g: Geometry, state: number): number {
  return legend(legendEntries(state, c, data, g), g.plotLeft, 0, g.plotRight - g.plotLeft, g.fontSize, 2 * g.r + 8)
    .bottom;
}
