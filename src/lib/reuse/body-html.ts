/**
 * Transforms of a chapter's rendered HTML, shared by the chapter page and the embed page. String
 * transforms over the markup Astro's Markdown renderer emits (footnote items are
 * `<li id="user-content-fn-…">`), so they need no DOM at build time and are unit-tested.
 */
import { escapeHtml } from './html.ts';

/** The permalink markup of CopyLink.astro. */
export function copyLinkHtml(id: string, label: string): string {
  return `<a class="permalink" href="#${escapeHtml(id)}" data-copy-link>#<span class="sr-only"> Link to ${escapeHtml(label)}</span></a>`;
}

/**
 * After every permalink (ours, and the scrolly section and step "#" links), a "Copy link" button. It
 * is in the markup from the start, hidden by CSS when scripts are off, so wiring it up never moves
 * the page (CLS 0); the label completes the permalink's own "Link to …".
 */
export function addCopyButtons(html: string): string {
  return html.replace(
    /<a class="(?:permalink|scrolly__permalink|scrolly-step__permalink)" href="(#[^"]+)"[^>]*>#<span class="sr-only"> Link ([^<]*)<\/span><\/a>(?!<button)/g,
    (a: string, hash: string, what: string) =>
      `${a}<button type="button" class="copy-button" data-copy-href="${hash}"><span data-label>Copy link</span><span class="sr-only"> ${what}</span></button>`,
  );
}

/** A permalink with its copy button, for headings written in components. */
export function permalinkHtml(id: string, label: string): string {
  return addCopyButtons(copyLinkHtml(id, label));
}

/** Gives every footnote a permalink ("Link to footnote 3") at the end of its item. */
export function addFootnoteLinks(html: string): string {
  let n = 0;
  return html.replace(
    /(<li id="(user-content-fn-[^"]+)"[^>]*>)([\s\S]*?)(<\/li>)/g,
    (_m, open: string, id: string, body: string, close: string) => {
      n += 1;
      return body.includes('data-copy-link') ? _m : `${open}${body} ${copyLinkHtml(id, `footnote ${n}`)}${close}`;
    },
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
