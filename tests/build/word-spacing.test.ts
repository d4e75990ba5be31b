/**
 * No words glued together where text meets a link, a date or a span: "Published26 November",
 * "Preview:the embed page". Astro drops the line break between an expression ({t('preview')}) and the
 * element on the next line, so every such join needs its space written out ({' '}).
 */
import { expect, it } from 'vitest';
import { htmlPages } from './dist.ts';

/** Elements that sit inside a line of text; footnote numbers (sup) rightly follow their word. */
const INLINE = new Set([
  'a',
  'time',
  'code',
  'strong',
  'em',
  'b',
  'i',
  'q',
  'abbr',
  'span',
  'data',
  'cite',
  'mark',
  'small',
]);

it('joins no text to the link, date or span after it without a space', () => {
  const glued: string[] = [];
  for (const { path, $ } of htmlPages()) {
    $('body *').each((_, el) => {
      const kids = $(el).contents().toArray();
      kids.forEach((node, i) => {
        const next = kids[i + 1];
        // nodeType 3: text; 1: an element.
        if (node.nodeType !== 3 || next?.nodeType !== 1 || !INLINE.has($(next).prop('tagName')?.toLowerCase() ?? ''))
          return;
        const before = $(node).text();
        const after = $(next).text();
        if (/[\p{L}\p{N}.:;,]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after))
          glued.push(`${path}: “${before.slice(-30)}” + <${$(next).prop('tagName')}>“${after.slice(0, 30)}”`);
      });
    });
  }
  expect(glued).toEqual([]);
});
