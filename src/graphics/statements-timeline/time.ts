import { firstDayOf, isoDay, wallClock, zonedInstant } from '../shared/dates.ts';
import type { Statement } from './types.ts';

/** The axis runs on US Eastern wall-clock time, the zone most of the research's part-of-day notes use. */
export const AXIS_ZONE = 'America/New_York';
export const DAY_MS = 86_400_000;

/** Wall-clock ms on the axis zone; day-precision statements sit at midday. */
export function axisTime(st: Statement): number {
  const day = isoDay(st.date);
  if (st.time && st.tz) return wallClock(zonedInstant(day, st.time, st.tz), AXIS_ZONE);
  return firstDayOf(day).getTime() + DAY_MS / 2;
}

/** Statements whose day is not known cannot sit on the day axis; they get a slot after the break. */
export const offAxis = (st: Statement) => st.phase === 'later-assessment' || st.precision === 'month';
