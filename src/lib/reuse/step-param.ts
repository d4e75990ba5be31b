/**
 * `?step=<id>` for embeds. The value is only ever compared with ids the page itself declares; it is
 * never written into the page, so an unknown or hostile value simply does nothing.
 */
export function requestedStep(search: string, knownIds: readonly string[]): string | null {
  const value = new URLSearchParams(search).get('step');
  if (!value) return null;
  return knownIds.includes(value) ? value : null;
}

/** The embed URL for a chapter, starting at `step` when it is one of the chapter's step ids. */
export function embedSrc(embedUrl: string, step: string | null, knownIds: readonly string[]): string {
  if (!step || !knownIds.includes(step)) return embedUrl;
  const url = new URL(embedUrl);
  url.searchParams.set('step', step);
  return url.href;
}
