/**
 * Transforms of a Russian page's rendered MDX, so that it keeps the English page's anchors and reads
 * as Russian. String transforms over the markup the Markdown renderer emits, like src/lib/reuse/body-html.ts.
 */
import { russianTypography } from './typography.ts';
import { uiText } from './ui.ts';

const HEADING = /<(h[23]) id="([^"]+)"/g;

/**
 * Headings take the ids of the English page's headings, in order: a heading's id is made from its
 * text, and `#what-the-report-said` must land on the same section in both editions. The content check
 * keeps the two files' headings in step (src/lib/content/check-translation.ts).
 */
export function withEnglishHeadingIds(html: string, headingIds: readonly string[]): string {
  const englishIds = headingIds.filter((id) => id !== 'footnote-label');
  let i = 0;
  return html.replace(HEADING, (tag, name: string, id: string) => {
    if (id === 'footnote-label') return tag;
    const english = englishIds[i++];
    return english ? `<${name} id="${english}"` : tag;
  });
}

/** The renderer's English words around footnotes ("Back to reference 3"). */
export function russianFootnoteLabels(html: string): string {
  return html.replace(
    /aria-label="Back to reference (\d+)(-\d+)?"/g,
    (_m, n: string, again = '') => `aria-label="${uiText('ru', 'backToReference', { n: `${n}${again}` })}"`,
  );
}

/**
 * Russian typesetting (src/lib/i18n/typography.ts) in text only: never inside tags or attributes, and
 * never in a script (the sections' JSON) or a style.
 */
export function typesetRussian(html: string): string {
  return html
    .split(/(<(?:script|style)\b[\s\S]*?<\/(?:script|style)>)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(/>([^<]+)</g, (_m, text: string) => `>${russianTypography(text)}<`),
    )
    .join('');
}

/** Everything a Russian page's rendered MDX needs: the English anchors, Russian labels, Russian typesetting. */
export function russianEdition(html: string, englishHeadingIds: readonly string[]): string {
  const labelled = russianFootnoteLabels(withEnglishHeadingIds(html, englishHeadingIds)).replace(
    /(<h2 class="sr-only" id="footnote-label">)Footnotes(<\/h2>)/,
    `$1${uiText('ru', 'notes')}$2`,
  );
  return typesetRussian(labelled);
}
