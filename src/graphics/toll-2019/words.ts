import { formatDay, utcDay } from '../shared/dates.ts';
import { BAGRAM_ATTACK, type TollCounts } from './counts.ts';
import type { AnnualDeaths } from './types.ts';

/** The count that matters in each state, written large on the chart, with what it counts. */
export function callout(state: number, c: TollCounts, year: number): { value: number; text: string } | undefined {
  if (state === 0) return { value: c.total, text: `US service members died in Afghanistan in ${year}` };
  if (state === 1) return { value: c.combat, text: `of ${c.total} killed in combat, as NYT and AP counted` };
  if (state === 2) {
    return c.pentagonHostile === undefined
      ? { value: c.hostileByRelease, text: `of ${c.total} hostile in the Pentagon release wording` }
      : { value: c.pentagonHostile, text: `of ${c.total} hostile in the Pentagon’s own total` };
  }
  if (state === 3)
    return { value: c.bagram, text: `killed near Bagram Airfield, ${formatDay(utcDay(BAGRAM_ATTACK.date))}` };
  return undefined;
}

export function describe(state: number, c: TollCounts, annual: AnnualDeaths[], year: number): string {
  switch (state) {
    case 0:
      return `${c.total} US service members died in Afghanistan in ${year}: ${c.named} named in Pentagon releases and ${c.unidentified} whose identity and date were not released.`;
    case 1:
      return `The New York Times and AP counted ${c.combat} of the ${c.total} as killed in combat; ${c.nonCombat} were not combat deaths.`;
    case 2: {
      const pentagon =
        c.pentagonHostile === undefined ? '' : `The Pentagon counted ${c.pentagonHostile} deaths as hostile. `;
      return `${pentagon}The release wording marks ${c.hostileByRelease} as hostile; ${c.combatNotHostile} deaths counted as combat by NYT/AP were not hostile, and for ${c.hostileOpenCases} marked cases it is unresolved which one the Pentagon counts as non-hostile.`;
    }
    case 3:
      return `${c.bagram} service members were killed in the car bombing near Bagram Airfield on ${formatDay(utcDay(BAGRAM_ATTACK.date))}.`;
    default: {
      const peak = annual.reduce<AnnualDeaths | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
      const focus = annual.find((a) => a.year === year);
      const secondary = annual.filter((a) => a.verified === 'no');
      return `Annual US military deaths in Afghanistan, ${annual[0]?.year ?? ''}–${annual[annual.length - 1]?.year ?? ''}: ${focus?.total ?? '?'} in ${year}, against a peak of ${peak?.total ?? '?'} in ${peak?.year ?? '?'}. Totals for ${secondary[0]?.year ?? ''}–${secondary[secondary.length - 1]?.year ?? ''} come from a secondary source.`;
    }
  }
}
