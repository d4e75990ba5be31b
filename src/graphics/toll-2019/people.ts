import { isBagramAttack, isCombat, isHostile, isHostileInferred, isHostileOpenCase } from './counts.ts';
import type { Death2019 } from './types.ts';
import type { Words } from './words.ts';

/** What a person mark says to a screen reader and on hover, in the data's edition. */
export const personLabel = (d: Death2019, w: Words): string => w.personLabel(d);

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
