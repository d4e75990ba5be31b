/**
 * Loads a page's module scripts after its first paint (inlined by AfterPaint.astro, which lists their
 * URLs in data-modules). As <script type="module"> tags they were fetched and run before the browser
 * painted whenever they arrived in time, so a slow connection made the first paint wait for them.
 * Inserted with async = false they still run in document order, as the tags did. They no longer hold
 * DOMContentLoaded, so the scrolly gate (scrolly/gate.ts) leaves its fallback to this loader.
 * data-scripts-after-paint on <html> is "" while they load and "settled" once each has run or failed.
 */
const root = document.documentElement;
const urls = JSON.parse(document.currentScript?.dataset.modules ?? '[]') as string[];
root.setAttribute('data-scripts-after-paint', '');

let started = false;
function load() {
  if (started) return;
  started = true;
  let pending = urls.length;
  const settled = () => {
    if (--pending > 0) return;
    // As the gate did at DOMContentLoaded: an engine that has not started once its script has run or
    // failed (blocked, 404, a sandboxed frame) never will, and the page keeps its stacked figures.
    if (!root.hasAttribute('data-scrolly-engine')) root.removeAttribute('data-scrolly-pending');
    root.setAttribute('data-scripts-after-paint', 'settled');
  };
  for (const src of urls) {
    const script = document.createElement('script');
    script.type = 'module';
    script.async = false;
    script.src = src;
    script.addEventListener('load', settled);
    script.addEventListener('error', settled);
    document.body.append(script);
  }
  if (pending === 0) settled();
}

// Once the first paint is on screen: a paint entry comes after its frame is presented (a frame and a
// task came before that, and a slow frame's scripts were fetched before its paint, which Lighthouse
// then counted into it). The page paints its content at once (its CSS is inline). The timer covers
// documents that paint nothing (a background tab, an off-screen frame) and browsers without paint
// entries: the scripts still start.
function afterPaint() {
  new PerformanceObserver(() => setTimeout(load)).observe({ type: 'paint', buffered: true });
  setTimeout(load, 1000);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
else afterPaint();

// A module to TypeScript, so its names do not clash with other inlined scripts (compiled to an IIFE).
export {};
