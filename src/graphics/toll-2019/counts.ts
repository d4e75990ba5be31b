import { isIsoDay } from '../shared/dates.ts';
import { isNamed } from './parse.ts';
import type { Death2019, Toll2019Data } from './types.ts';

/**
 * The research flags, in the notes column, the two Green Berets of whom one is counted non-hostile
 * by the Pentagon (which one is unresolved), and the two helicopter pilots whose non-hostile status
 * is inferred from the Pentagon's total. We read those flags rather than naming people in code.
 */
const HOSTILE_OPEN_CASE = /hostile (classification flag|ambiguity)/i;
const HOSTILE_INFERRED = /hostile(=no is inferred| inference)/i;

/** The attack the later reporting connected to the bounty intelligence (place as either edition writes it). */
export const BAGRAM_ATTACK = { date: '2019-04-08', place: /Bagram|Баграм/i } as const;

export const isCombat = (d: Death2019): boolean => d.counted_in_nyt_ap_20_combat === 'yes';
export const isHostile = (d: Death2019): boolean => d.hostile === 'yes';
export const isHostileOpenCase = (d: Death2019): boolean => isHostile(d) && HOSTILE_OPEN_CASE.test(d.notes);
export const isHostileInferred = (d: Death2019): boolean => !isHostile(d) && HOSTILE_INFERRED.test(d.notes);
export const isDated = (d: Death2019): boolean => isIsoDay(d.date);
export const isBagramAttack = (d: Death2019): boolean =>
  d.date === BAGRAM_ATTACK.date && BAGRAM_ATTACK.place.test(d.place);

export interface TollCounts {
  total: number;
  named: number;
  unidentified: number;
  undated: number;
  combat: number;
  nonCombat: number;
  /** Hostile by the release wording in the CSV (one more than the Pentagon's total). */
  hostileByRelease: number;
  hostileOpenCases: number;
  /** The Pentagon's own 2019 hostile total, from the annual series. */
  pentagonHostile: number | undefined;
  pentagonTotal: number | undefined;
  /** Counted as killed in combat by NYT/AP but not hostile in the release wording. */
  combatNotHostile: number;
  bagram: number;
}

export function countToll(data: Toll2019Data): TollCounts {
  const { deaths } = data;
  const n = (pred: (d: Death2019) => boolean): number => deaths.filter(pred).length;
  const y2019 = data.annual.find((a) => a.year === 2019);
  return {
    total: deaths.length,
    named: n(isNamed),
    unidentified: n((d) => !isNamed(d)),
    undated: n((d) => !isDated(d)),
    combat: n(isCombat),
    nonCombat: n((d) => !isCombat(d)),
    hostileByRelease: n(isHostile),
    hostileOpenCases: n(isHostileOpenCase),
    pentagonHostile: y2019?.hostile,
    pentagonTotal: y2019?.total,
    combatNotHostile: n((d) => isCombat(d) && !isHostile(d)),
    bagram: n(isBagramAttack),
  };
}
