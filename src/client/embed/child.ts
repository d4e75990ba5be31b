/**
 * Resize child for /embed/<slug>/: posts the page height to the parent frame whenever it changes, in
 * pym.js's message format, so pym.js parents, our /embed.js and one-line listeners all understand it.
 * Kept tiny on purpose (budget: 600 bytes gzipped); it is inlined into the embed page.
 */
import { pymMessage, safeChildId } from '~/lib/reuse/pym.ts';

if (parent !== window) {
  const id = safeChildId(new URLSearchParams(location.search).get('childId'));
  const body = document.body;
  let last = 0;
  const send = (force?: unknown) => {
    // The body is a flow-root (see Embed.astro), so its box includes every child margin.
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height !== last || force === true) parent.postMessage(pymMessage(id, 'height', (last = height)), '*');
  };
  new ResizeObserver(() => send()).observe(body);
  // pym.js parents send "width" on load and on resize and expect a height back.
  addEventListener('message', (e) => {
    if (e.source === parent && typeof e.data == 'string' && e.data.startsWith('pymxPYMx')) send(true);
  });
}
