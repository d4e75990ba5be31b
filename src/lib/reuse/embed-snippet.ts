import { escapeHtml } from './html.ts';

export interface SnippetInput {
  /** Absolute URL of the embed page (optionally with ?step=). */
  src: string;
  /** Accessible name of the frame: accessibility checkers flag untitled iframes (WCAG 4.1.2). */
  title: string;
  /** Absolute URL of our parent script (/embed.js). */
  scriptUrl: string;
  /** Height before the first resize message arrives (and the height if scripts are stripped). */
  height: number;
}

/** The HTML a teacher pastes: a titled, lazy, full-width frame plus our resize script. */
export function embedSnippet({ src, title, scriptUrl, height }: SnippetInput): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
    `loading="lazy" style="border:0;width:100%;max-width:100%" data-bounty-embed></iframe>\n` +
    `<script src="${escapeHtml(scriptUrl)}" async></script>`
  );
}

/** A starting height that is close to most chapters at phone width, so the first paint jumps little. */
export const INITIAL_HEIGHT = 1200;
