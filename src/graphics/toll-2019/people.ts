import { formatDay, utcDay } from '../shared/dates.ts';
import { isBagramAttack, isCombat, isDated, isHostile, isHostileInferred, isHostileOpenCase } from './counts.ts';
import { isNamed } from './parse.ts';
import type { Death2019 } from './types.ts';

/** Ends a released phrase with one full stop (some already end in an abbreviation such as "Wash."). */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export function personLabel(d: Death2019): string {
  if (!isNamed(d)) {
    return `Name not released. Date not released: ${d.date}. Cause: ${d.cause}. Not counted as killed in combat by NYT/AP; not hostile.`;
  }
  const day = isDated(d) ? formatDay(utcDay(d.date)) : d.date;
  const combat = isCombat(d) ? 'counted as killed in combat by NYT/AP' : 'not counted as killed in combat by NYT/AP';
  const hostile = isHostileOpenCase(d)
    ? 'hostile in the Pentagon release wording (open case: the Pentagon total counts one such death as non-hostile)'
    : isHostileInferred(d)
      ? 'not hostile (inferred from the Pentagon total)'
      : isHostile(d)
        ? 'hostile in the Pentagon release wording'
        : 'not hostile';
  return `${d.rank} ${d.name}, ${d.branch}, ${stop(d.unit)} Died ${day}, ${d.place} (${d.province}). Cause: ${stop(d.cause)} ${combat}; ${hostile}.`;
}

/** Classes of a person mark: what the reader sees in this state, never colour alone (see styles.css). */
export function personClass(d: Death2019, state: number): string {
  const base = 'mark person';
  if (state === 0) return `${base} neutral`;
  if (state === 1 || state === 3) {
    const kind = isCombat(d) ? 'combat' : 'noncombat';
    if (state === 1) return `${base} ${kind}`;
    return `${base} ${kind} ${isBagramAttack(d) ? 'highlight' : 'dimmed'}`;
  }
  if (state === 2) {
    const kind = isHostile(d) ? 'hostile' : 'nonhostile';
    const extra = [
      isHostileOpenCase(d) ? 'hostile-doubt' : '',
      isHostileInferred(d) ? 'hostile-inferred' : '',
      isCombat(d) && !isHostile(d) ? 'differs' : '',
    ].filter(Boolean);
    return [base, kind, ...extra].join(' ');
  }
  return `${base} folded`;
}
