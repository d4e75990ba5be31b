import { expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { prosePages } from './editorial.ts';

// The contested words may appear only inside a quotation (<q>, <blockquote>), a cited title (<cite>),
// or a sentence that names who said them (it has an attribution verb).
const CONTESTED =
  /\b(fake\w*|#?fakenews|baseless|groundless|unfounded|nonsense|lies|hoax\w*|stuffing|propagandists?)\b/gi;
const ATTRIBUTION =
  /\b(said|says|called|calls|wrote|writes|tweeted|described|labell?ed|termed|dismissed|denied|added|told|stated|rendered|translated|translates|reads?|quoted|uses?)\b/i;
const QUOTED = 'q, blockquote, cite, script, style, svg, figure';

/** Text of a block with every quoted/cited part replaced by a neutral token, so only our own words remain. */
function ownWords($: CheerioAPI, el: AnyNode): string {
  const clone = $(el).clone();
  clone.find(QUOTED).replaceWith('«quoted»');
  return clone.text().replace(/\s+/g, ' ');
}

it('keeps contested words inside quotes or attributed sentences', () => {
  const offences: string[] = [];
  for (const { path, $, root } of prosePages()) {
    root.find('p, li, h1, h2, h3, h4, td, th, dd, dt, figcaption').each((_, el) => {
      if ($(el).closest(QUOTED).length) return;
      if ($(el).find('p, li').length) return;
      const text = ownWords($, el);
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        const words = sentence.match(CONTESTED);
        if (words && !ATTRIBUTION.test(sentence))
          offences.push(`${path}: "${words.join(', ')}" in: ${sentence.trim().slice(0, 140)}`);
      }
    });
  }
  expect(offences).toEqual([]);
}, 60_000); // parses every page: slow on a loaded 2-core machine, never a correctness limit

it('would catch an unattributed contested word (self-check of the rule)', () => {
  const sentence = 'The report was a hoax.';
  expect(CONTESTED.test(sentence) && !ATTRIBUTION.test(sentence)).toBe(true);
  CONTESTED.lastIndex = 0;
});
