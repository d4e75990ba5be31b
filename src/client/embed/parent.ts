/**
 * /embed.js, the parent script of the embed snippet. It resizes a frame only when the message
 * (1) is a well-formed pym height message, (2) comes from the window of an <iframe> on this page whose
 * src is on our site, and (3) has our origin (or "null", which a frame sandboxed without
 * allow-same-origin reports). A message from any other frame, or of any other shape, is ignored.
 */
import { parseHeight, pymMessage, safeChildId } from '~/lib/reuse/pym.ts';

const flag = '__bountyEmbedParent';
const w = window as unknown as Record<string, unknown>;

// The snippet may be pasted once per chapter on the same page: listen once.
if (!w[flag]) {
  w[flag] = 1;
  const script = document.currentScript as HTMLScriptElement | null;
  const site = new URL(script?.src ?? location.href).origin;
  /** The frames on this page that show our site, with their addresses. */
  const ourFrames = () =>
    [...document.querySelectorAll('iframe')]
      .map((frame) => ({ frame, src: new URL(frame.src, location.href) }))
      .filter(({ src }) => src.origin === site);
  addEventListener('message', (e) => {
    const height = parseHeight(e.data);
    if (height === null || (e.origin !== site && e.origin !== 'null')) return;
    for (const { frame } of ourFrames()) {
      if (frame.contentWindow === e.source) {
        frame.style.height = `${height}px`;
        frame.setAttribute('height', String(height));
      }
    }
  });
  // The snippet loads this script async: a frame that loaded first has sent its height to no one.
  // Ask each of our frames again, as pym.js parents do, with a "width" message, which the child
  // answers with its height. A frame that has not loaded yet sends its height itself when it does.
  for (const { frame, src } of ourFrames()) {
    const id = safeChildId(src.searchParams.get('childId'));
    // "*": a frame sandboxed without allow-same-origin has an opaque origin; a width is no secret.
    frame.contentWindow?.postMessage(pymMessage(id, 'width', frame.clientWidth), '*');
  }
}
