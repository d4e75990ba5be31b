import { zonedInstant } from '../dates.ts';
import { checkNotOnlyQuoteOnly, checkResearch, checkSourceIds, uniqueIds, type Refs } from './check-refs.ts';
import type { LoadedContent } from './load.ts';
import type { Problem } from './problems.ts';
import type { Statement } from './schemas.ts';

const RANK = { unverified: 0, 'partly-verified': 1, verified: 2 } as const;

/** Sort key in UTC minutes; month-precision entries sort at the end of their month. */
function instant(s: Statement): { day: string; minutes?: number } {
  if (s.precision === 'month') {
    const [y, m] = s.date.split('-').map(Number) as [number, number];
    return { day: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
  }
  if (s.time === undefined || s.tz === undefined) return { day: s.date };
  return { day: s.date, minutes: zonedInstant(s.date, s.time, s.tz) / 60000 };
}

export function checkStatements(c: LoadedContent, refs: Refs, out: Problem[]) {
  uniqueIds(c.statements, 'statement', out);
  let prev: { s: Statement; key: ReturnType<typeof instant> } | undefined;
  for (const { file, value: s } of c.statements) {
    const at = { file, entry: s.id };
    checkSourceIds(s.sources, { ...at, field: 'sources' }, refs, out);
    if (s.quotes.length === 0) checkNotOnlyQuoteOnly(s.sources, { ...at, field: 'sources' }, refs, out);
    checkResearch(s.research, { ...at, field: 'research' }, refs, out);
    const primary = refs.research.get(s.research[0] ?? '');
    if (primary && primary.status !== 'unverified' && RANK[s.verification] > RANK[primary.status])
      out.push({
        ...at,
        field: 'verification',
        message: `says "${s.verification}" but research entry ${primary.id} is ${primary.status}`,
        fix: `set verification: ${primary.status} and explain it in flag`,
      });
    const key = instant(s);
    if (prev) {
      const earlierDay = key.day < prev.key.day;
      const earlierTime =
        key.day === prev.key.day &&
        key.minutes !== undefined &&
        prev.key.minutes !== undefined &&
        key.minutes < prev.key.minutes;
      if (earlierDay || earlierTime)
        out.push({
          ...at,
          field: earlierDay ? 'date' : 'time',
          message: `is earlier than the statement before it (${prev.s.id})`,
          fix: `move it above ${prev.s.id}: statements are sorted by date, then time`,
        });
    }
    prev = { s, key };
  }
}
