/**
 * Transforms of a chapter's rendered HTML, shared by the chapter page and the embed page. String
 * transforms over the markup Astro's Markdown renderer emits, so they need no DOM at build time and
 * are unit-tested.
 */
import { escapeHtml } from './html.ts';

/**
 * The one link control of a section: a plain "#" link (copyable from the context menu without
 * scripts); src/client/reuse/copy.ts makes a click also copy the full URL. It sits next to a heading,
 * never inside it, so the heading's accessible name is its text.
 */
export function copyLinkHtml(id: string, label: string): string {
  return `<a class="permalink" href="#${escapeHtml(id)}" data-copy-link>#<span class="sr-only"> ${escapeHtml(label)}</span></a>`;
}

/** A permalink for headings written in components. */
export const permalinkHtml = copyLinkHtml;

/**
 * Every prose section heading (an h2 with an id, as MDX emits "## …") gets its link control after
 * it, outside the heading. Headings with a class (the hidden "Footnotes" label) are left alone.
 */
export function addHeadingLinks(
  html: string,
  label: (name: string) => string = (name) => `Link to the section “${name}”`,
): string {
  return html.replace(
    /<h2 id="([^"]+)">([\s\S]*?)<\/h2>(?!<a class="permalink")/g,
    (h2: string, id: string, text: string) =>
      `<div class="section-head">${h2}${copyLinkHtml(id, label(text.replace(/<[^>]*>/g, '')))}</div>`,
  );
}

/**
 * In an embed, every link that leaves the page opens a new tab, so the course page stays put and no
 * site page ever loads inside the frame. In-page links (#…) stay in the frame.
 */
export function externalizeLinks(html: string): string {
  return html.replace(/<a\s([^>]*)>/g, (tag, attrs: string) => {
    const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
    if (href === undefined || href.startsWith('#') || /\btarget=/.test(attrs)) return tag;
    const withRel = /\brel="/.test(attrs)
      ? attrs.replace(/\brel="([^"]*)"/, 'rel="$1 noopener"')
      : `${attrs} rel="noopener"`;
    return `<a ${withRel} target="_blank">`;
  });
}
