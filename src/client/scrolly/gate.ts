/**
 * Inlined before a page's first scrolly section, so it runs before the sections are parsed or painted.
 * It lets the sticky layout engage from the first paint (no layout shift), on the promise that the
 * engine (client.ts) sets data-scrolly-engine when it starts. Where the page loads its scripts after
 * the first paint (after-paint.ts, which marks <html>), that loader withdraws the layout if the engine
 * did not start. Otherwise the engine is a deferred module, which runs before DOMContentLoaded: if it
 * has not started by then (blocked, 404, a sandboxed frame whose origin cannot fetch it), it never
 * will, and the page falls back to the stacked figures.
 */
const root = document.documentElement;
if (!root.hasAttribute('data-scrolly-ready')) {
  root.setAttribute('data-scrolly-pending', '');
  document.addEventListener('DOMContentLoaded', () => {
    if (root.hasAttribute('data-scrolly-engine') || root.hasAttribute('data-scripts-after-paint')) return;
    root.removeAttribute('data-scrolly-pending');
  });
}
