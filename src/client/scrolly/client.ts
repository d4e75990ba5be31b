import scrollama from 'scrollama';
import type { LiveStates, LiveVariant, ScrollyPayload } from '~/lib/scrolly/payload.ts';
import { applyChanges, changesTo, marksByKey, readStates } from './live-graphic.ts';
import {
  activeStepIndex,
  announcement,
  clampStep,
  idFromHash,
  LIVE_VARIANTS,
  milliseconds,
  readingLine,
  sectionAtLine,
  stepOf,
  type EncodedStates,
  type StateAttributes,
} from './state.ts';

/**
 * One copy of the sticky graphic (one per layout width). Its marks and states arrive in the section's
 * states file; the states are decoded the first time the copy is on screen: the copy for the other
 * width may never be, and decoding both lengthened the first task.
 */
interface LiveCopy {
  svg: Element;
  variant: LiveVariant;
  encoded?: EncodedStates;
  decoded?: { marks: Map<string, SVGElement>; states: Map<number, StateAttributes> };
  /** Counts this copy's moves: a move's later frames (MOVES_PER_FRAME) stop once another begins. */
  moves?: number;
}

/** The copy's marks and states, once its states have arrived. */
function decodedCopy(copy: LiveCopy): LiveCopy['decoded'] {
  if (!copy.decoded && copy.encoded) {
    const marks = marksByKey(copy.svg);
    copy.decoded = { marks, states: readStates(marks, copy.encoded) };
  }
  return copy.decoded;
}

/** The sections' states files by path, fetched once: a page restored from the back/forward cache reuses them. */
const statesFiles = new Map<string, Promise<LiveStates>>();

/**
 * Fetched when the engine starts (init, after the first frame is drawn), not preloaded nor from the
 * module's first run: the served drawing already shows the first state, and Lighthouse's simulation
 * counts a request that starts before the largest paint as part of it (the page's LCP moved from 3.02
 * to 3.11 s when the module started the fetch). A section unrolled for good (embeds) fetches nothing.
 */
function statesOf(el: HTMLElement): Promise<LiveStates> | undefined {
  const path = el.dataset.scrollyStates;
  if (!path || el.closest('[data-scrolly-view="all"]')) return undefined;
  let file = statesFiles.get(path);
  if (!file) {
    file = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json() as Promise<LiveStates>;
    });
    // Handled where the section follows it (followStates); until then a failure is not an uncaught error.
    file.catch(() => undefined);
    statesFiles.set(path, file);
  }
  return file;
}

interface Section {
  el: HTMLElement;
  stage: HTMLElement;
  steps: HTMLElement[];
  payload: ScrollyPayload;
  copies: LiveCopy[];
  title: Element | null;
  active: number;
  /** When the graphic last changed state (see skimming). */
  movedAt: number;
}

const root = document.documentElement;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
let sections: Section[] = [];
const copiesOf = new WeakMap<Element, LiveCopy[]>();
let scrollers: scrollama.ScrollamaInstance[] = [];
let observers: { disconnect(): void }[] = [];
let line = 0;
/** The section the address bar names. ADOPT: the reader arrived with a fragment outside any section. */
const ADOPT = -2;
let urlSection = -1;
let frame = 0;
let ready = false;
let lock: { section: Section; index: number } | null = null;
/** A step opened by a link stays active until the reader scrolls away from where the link landed. */
let pinned: { section: Section; index: number; y: number } | null = null;
let announceTimer = 0;
/** Counts starts and teardowns, so a start-up step queued before a teardown does nothing after it. */
let generation = 0;
let lastAnnounced = '';

/**
 * The trigger line, in px from the top of the viewport, measured in svh: the small viewport height
 * ignores the mobile address bar, so the line does not jump while the bar shows and hides. Beside a
 * sticky graphic the reader's eye is mid-screen; in the unrolled layout a step is its text plus its
 * figure, so a line a quarter of the way down keeps a step that a link scrolled to the top active.
 */
function measureLine(): number {
  // The sticky layouts set --scrolly-line in scrolly.css (50svh beside the graphic, 70svh under it on phones).
  const probe = document.createElement('div');
  probe.style.cssText = `position:fixed;top:0;height:${sections.some(isLive) ? 'var(--scrolly-line,50svh)' : '25svh'};visibility:hidden;pointer-events:none`;
  document.body.append(probe);
  const h = probe.getBoundingClientRect().height || root.clientHeight * 0.25;
  probe.remove();
  return Math.round(h);
}

function liveRegion(): HTMLElement {
  let region = document.querySelector<HTMLElement>('[data-scrolly-live]');
  if (!region) {
    region = document.createElement('div');
    region.className = 'sr-only';
    region.setAttribute('aria-live', 'polite');
    region.dataset.scrollyLive = '';
    document.body.append(region);
  }
  return region;
}

/** Only the sticky layout has a live graphic worth announcing. */
function isLive(s: Section): boolean {
  return getComputedStyle(s.stage).position === 'sticky';
}

const ANNOUNCE_DELAY_MS = 600;

function announce(s: Section): void {
  clearTimeout(announceTimer);
  // Waiting for the scroll to rest means a fling through five steps is announced once, not five times.
  // 600 ms: at 400 a busy phone (or test machine) drew some flings' frames further apart than the wait,
  // and a step passed on the way was announced.
  announceTimer = window.setTimeout(() => {
    const step = s.payload.steps[s.active];
    if (!step || !isLive(s)) return;
    const template = s.el.querySelector<HTMLElement>('[data-scrolly-status]')?.dataset.template;
    const text = announcement(stepOf(template, s.active, s.steps.length), s.payload.titles[step.state] ?? '');
    if (text === lastAnnounced) return;
    lastAnnounced = text;
    liveRegion().textContent = text;
  }, ANNOUNCE_DELAY_MS);
}

/**
 * How long a mark takes to move (tokens.css: --move, read once the page is styled). A state the
 * reader reaches before the last move has ended (a fling through steps, the stepper pressed twice) is
 * shown at once: moves stacked on half-run moves show nothing readable, and on a phone's CPU (4x)
 * their frames were long tasks. At reading pace every change moves.
 */
let moveMs = 0;

/** Whether this change comes before the section's last move has ended; notes the change's time. */
function skimming(s: Section): boolean {
  const now = performance.now();
  const skim = now - s.movedAt < moveMs;
  s.movedAt = now;
  return skim;
}

/**
 * Marks that start moving in one frame. Starting a transition costs the browser far more than setting
 * the attribute alone (at 4x CPU, 19 ms of style for the 55 marks of the 2019 chapter's fourth change,
 * against 5 ms with no transitions), and a frame that also scrolls went over 50 ms. So a move starts
 * this many marks a frame, in drawing order: the largest, 93 marks, over eight frames.
 */
const MOVES_PER_FRAME = 12;

/**
 * Only the copy on screen moves: the other one is brought to the state when a resize shows it.
 * (Moving both doubled the style work of every step, which a phone's CPU felt as long tasks.)
 */
function showState(s: Section, state: number, instant = false): void {
  // Which copies show is read for all of them first, for the same reason as in update().
  for (const copy of s.copies.filter(isShown)) {
    const decoded = decodedCopy(copy);
    // Before its states arrive the copy stays as it is; followStates brings it to the step then.
    if (!decoded) continue;
    const { marks, states } = decoded;
    const move = (copy.moves = (copy.moves ?? 0) + 1);
    // Measured against the drawing as it is: marks a cancelled move never started are in the list.
    const changes = changesTo(marks, states.get(state) ?? {});
    // With no transitions to start (reduced motion, a skim) everything is set at once.
    const perFrame = instant || reducedMotion.matches ? changes.length : MOVES_PER_FRAME;
    const start = (from: number) => {
      if (move !== copy.moves) return;
      applyChanges(changes.slice(from, from + perFrame), instant);
      // The next marks after the frame that draws these (a task after its animation frame callbacks):
      // set from a click, these and the next frame's callback's would start in the same frame.
      if (from + perFrame < changes.length) requestAnimationFrame(() => setTimeout(() => start(from + perFrame)));
    };
    start(0);
  }
  // The stage's title names what the graphic shows, so it changes with the drawing, not before it.
  const title = s.payload.titles[state] ?? '';
  if (s.title && s.title.textContent !== title && s.copies.every((c) => c.encoded)) s.title.textContent = title;
}

function setActive(s: Section, index: number): void {
  if (index === s.active) return;
  const step = s.payload.steps[index];
  if (!step) return;
  // The first state (the served drawing's, or a linked step's) is shown as it is, not moved to.
  const instant = s.active < 0 || skimming(s);
  s.active = index;
  showState(s, step.state, instant);
  s.el.dataset.activeStep = String(index);
  s.el.dataset.activeState = String(step.state);
  s.steps.forEach((el, i) =>
    i === index ? el.setAttribute('aria-current', 'step') : el.removeAttribute('aria-current'),
  );
  const status = s.el.querySelector<HTMLElement>('[data-scrolly-status]');
  const progress = stepOf(status?.dataset.template, index, s.steps.length);
  if (status && status.textContent !== progress) status.textContent = progress;
  s.el.querySelector('[data-scrolly-prev]')?.setAttribute('aria-disabled', String(index === 0));
  s.el.querySelector('[data-scrolly-next]')?.setAttribute('aria-disabled', String(index === s.steps.length - 1));
  s.el.dispatchEvent(
    new CustomEvent('scrolly:step', { bubbles: true, detail: { index, state: step.state, id: step.id } }),
  );
  if (ready) announce(s);
}

function update(): void {
  frame = 0;
  const y = window.scrollY;
  if (pinned && Math.abs(y - pinned.y) > 2) pinned = null;
  const end = root.scrollHeight - y - window.innerHeight;
  const at = readingLine(line, window.innerHeight, end);
  // Every position is read before anything is written: a read after a write made the browser redo
  // style and layout inside this frame's script (at 4x CPU, most of its long tasks).
  const found = sections.map((s) =>
    activeStepIndex(
      s.steps.map((el) => el.getBoundingClientRect().top),
      at,
    ),
  );
  const current = sectionAtLine(
    sections.map((s) => s.el.getBoundingClientRect()),
    at,
  );
  sections.forEach((s, i) => {
    if (pinned?.section === s) return setActive(s, pinned.index);
    const index = found[i] ?? 0;
    // While the stepper scrolls to a step, the steps it passes on the way are not "read".
    if (lock?.section === s) {
      if (index !== lock.index) return;
      lock = null;
    }
    setActive(s, index);
  });
  // An arrival fragment stays in the address bar until the reader scrolls into another section.
  if (urlSection === ADOPT) urlSection = current;
  const id = sections[current]?.el.id;
  // Not before the reader scrolls, and not while the page loads: a fragment written before the load
  // event is one the browser then scrolls to, and on a phone, where the first section starts above the
  // reading line, the page jumped past the chapter's opening.
  if (id && current !== urlSection && y > 0 && document.readyState === 'complete') {
    urlSection = current;
    // The URL follows the reader once per section; replaceState never adds a history entry.
    if (idFromHash(location.hash) !== id) history.replaceState(history.state, '', `#${id}`);
  }
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(update);
}

function goTo(s: Section, requested: number): void {
  const index = clampStep(requested, s.steps.length);
  const target = s.steps[index];
  if (!target || index === s.active) return;
  // The reader's own step replaces the one a link opened: where the page cannot scroll any further
  // (the end of a short page), the pin held and the stepper went back to the linked step.
  pinned = null;
  lock = { section: s, index };
  setActive(s, index);
  const release = () => {
    if (lock?.section === s) lock = null;
    schedule();
  };
  addEventListener('scrollend', release, { once: true });
  window.setTimeout(release, 1500);
  window.scrollTo({
    top: window.scrollY + target.getBoundingClientRect().top - line + 24,
    behavior: reducedMotion.matches ? 'instant' : 'smooth',
  });
}

function toggleAll(s: Section): void {
  const all = !root.hasAttribute('data-scrolly-unrolled');
  root.toggleAttribute('data-scrolly-unrolled', all);
  document.querySelectorAll('[data-scrolly-all]').forEach((b) => b.setAttribute('aria-pressed', String(all)));
  // Keep the reader's place: the step they were on stays in view and takes focus.
  const step = s.steps[Math.max(s.active, 0)];
  if (step) {
    step.scrollIntoView({ block: 'start', behavior: 'instant' });
    // Focusable only from here: a step focused by every fragment link would wear a focus ring.
    step.tabIndex = -1;
    step.focus({ preventScroll: true });
  }
  setupScrollers();
  schedule();
}

function onClick(event: Event): void {
  const button = (event.target as Element).closest('button');
  const s = sections.find((x) => x.el.contains(button));
  if (!button || !s) return;
  if (button.hasAttribute('data-scrolly-prev')) goTo(s, s.active - 1);
  else if (button.hasAttribute('data-scrolly-next')) goTo(s, s.active + 1);
  else if (button.hasAttribute('data-scrolly-all')) toggleAll(s);
}

/**
 * A deep link to a step shows that step's state straight away, whatever scrolling happens next. A
 * link to an entry of a section's data (a statement, a death, a measure: its table row's id) opens the
 * step that shows the entry instead of the table; without scripts the browser lands on the row. The
 * fragment stays in the address bar: the section it points into becomes the URL's section.
 */
function applyHash(scroll: boolean): void {
  const id = idFromHash(location.hash);
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  urlSection = ADOPT;
  sections.forEach((s, si) => {
    if (!s.el.contains(target)) return;
    urlSection = si;
    let index = s.steps.indexOf(target);
    if (index < 0 && target.matches('[data-public-id]')) {
      index = s.payload.entries[id]?.step ?? -1;
      // The table row stays closed: the step is the way in (src/client/graphics/details.ts reads this).
      if (index >= 0) {
        root.dataset.scrollyLinkedEntry = id;
        // Browsers unfold a <details> around a fragment target; the step shows the entry instead.
        target.closest('details')?.removeAttribute('open');
      }
    }
    if (index < 0 || !scroll) return;
    s.steps[index]?.scrollIntoView({ block: 'start', behavior: 'instant' });
    setActive(s, index);
    pinned = { section: s, index, y: window.scrollY };
  });
}

function setupScrollers(measured = measureLine()): void {
  scrollers.forEach((x) => x.destroy());
  line = measured;
  root.dataset.scrollyLine = String(line);
  // Inside an iframe rootMargin is ignored unless the root is the frame's own document.
  const inFrame = window.self !== window.top;
  // scrollama 3.2's index.d.ts predates its own px offsets and `root` option, both used here.
  const options = { offset: `${line}px`, ...(inFrame ? { root: document } : {}) };
  scrollers = sections.map((s) =>
    scrollama()
      .setup({ ...options, step: s.steps } as unknown as scrollama.ScrollamaOptions)
      .onStepEnter(schedule)
      .onStepExit(schedule),
  );
}

function init(): void {
  sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].flatMap((el) => {
    const json = el.querySelector('script[data-scrolly-payload]')?.textContent;
    const stage = el.querySelector<HTMLElement>('.scrolly-stage');
    if (!json || !stage) return [];
    const payload = JSON.parse(json) as ScrollyPayload;
    // Kept per page: after a back/forward restore the drawing is no longer the one the server sent.
    const copies =
      copiesOf.get(el) ??
      LIVE_VARIANTS.flatMap((variant) => {
        const svg = stage.querySelector(`.graphic--${variant}`);
        return svg ? [{ svg, variant }] : [];
      });
    copiesOf.set(el, copies);
    const steps = [...el.querySelectorAll<HTMLElement>('.scrolly-step')];
    const title = stage.querySelector('[data-scrolly-stage-title]');
    return [{ el, stage, steps, payload, copies, title, active: -1, movedAt: -Infinity }];
  });
  if (!sections.length) return;
  moveMs = milliseconds(getComputedStyle(root).getPropertyValue('--move'));
  const started = startInTasks(generation);
  for (const s of sections) {
    const states = statesOf(s.el);
    if (states) void followStates(s, states, started, generation);
  }
}

/**
 * The section's graphic follows the steps from when its states arrive: a reader who scrolled (or a link
 * that opened a step) before then sees the active step's state at once. If they never arrive, the section
 * shows its stacked figures, as it does where the engine never started.
 */
async function followStates(s: Section, file: Promise<LiveStates>, started: Promise<void>, run: number) {
  const current = () => run === generation;
  let states: LiveStates;
  try {
    states = await file;
  } catch {
    await started;
    if (current()) unroll(s);
    return;
  }
  // Set at once: if the start-up has not yet shown the first state, it shows it with these. The page
  // served each copy's <svg> empty (its box laid out); its marks arrive here, in the first state.
  for (const copy of s.copies) if (!copy.encoded) copy.svg.innerHTML = (copy.encoded = states[copy.variant]).marks;
  await started;
  // Decoding and drawing in tasks of their own, as in the start-up (a 100-mark state takes a while at 4x).
  await nextTask();
  if (!current()) return;
  for (const copy of s.copies) if (isShown(copy)) decodedCopy(copy);
  await nextTask();
  const step = s.payload.steps[s.active];
  if (current() && step) showState(s, step.state, true);
}

/** The section's steps each with its static figure; a reader inside it keeps their step in view. */
function unroll(s: Section): void {
  const box = s.el.getBoundingClientRect();
  s.el.dataset.scrollyView = 'all';
  if (box.top < 0 && box.bottom > 0)
    s.steps[Math.max(s.active, 0)]?.scrollIntoView({ block: 'start', behavior: 'instant' });
  setupScrollers();
  schedule();
}

/** A new task: the browser may draw and answer the reader in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/**
 * Start-up in four short tasks, not one: on a phone's CPU (4x) the whole start-up was one task of
 * about 100 ms, and in three tasks its last one (trigger line, first state and observers) still took
 * 76 ms on the longest chapter at 1280 px: a page that does not answer, and blocking time to Lighthouse.
 * The chapter's sections (init), the states of the copies on screen, the trigger line with the first
 * state, then the observers: on 2026-11-30 no start-up task over 50 ms was left there at 4x.
 */
async function startInTasks(run: number): Promise<void> {
  const current = () => run === generation;
  await nextTask();
  if (!current()) return;
  for (const s of sections) for (const copy of s.copies) if (isShown(copy)) decodedCopy(copy);
  await nextTask();
  if (!current()) return;
  liveRegion();
  line = measureLine();
  showFirstState();
  await nextTask();
  if (current()) observe();
}

function isShown(copy: LiveCopy): boolean {
  return getComputedStyle(copy.svg).display !== 'none';
}

/** The linked step (or the one at the reading line) shown, before any observer runs. */
function showFirstState(): void {
  root.dataset.scrollyLine = String(line);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // On reload or back/forward the browser restores the reader's scroll position; only a fresh visit
  // is moved to the linked step.
  const fresh = !nav || nav.type === 'navigate';
  applyHash(fresh);
  // The browser's own jump to a fragment (and its unfolding of a <details> around it) can come as
  // late as the load event; a link to a data entry is then taken to its step again.
  if (fresh && root.dataset.scrollyLinkedEntry && document.readyState !== 'complete')
    addEventListener('load', () => requestAnimationFrame(() => applyHash(true)), { once: true });
  update();
  ready = true;
}

/**
 * The observers start after the first state: a step event before the linked step is opened would
 * write the section's id over the fragment the reader arrived with.
 */
function observe(): void {
  setupScrollers(line);

  // Observers only report crossings they see: a fling can carry a short step from below the trigger
  // line to above it between two frames, and no step event fires (scrollama#26, #77). So while a
  // section is on screen, each scrolled frame also re-derives the active step from geometry.
  const visible = new Set<Element>();
  const sectionObserver = new IntersectionObserver((entries) => {
    for (const e of entries) {
      if (e.isIntersecting) visible.add(e.target);
      else visible.delete(e.target);
    }
    if (visible.size) addEventListener('scroll', schedule, { passive: true });
    else removeEventListener('scroll', schedule);
    schedule();
  });
  sections.forEach((s) => sectionObserver.observe(s.el));
  let width = root.clientWidth;
  const resize = new ResizeObserver(() => {
    if (root.clientWidth === width && measureLine() === line) return;
    width = root.clientWidth;
    for (const s of sections) {
      const step = s.payload.steps[s.active];
      if (step) showState(s, step.state);
    }
    setupScrollers();
    schedule();
  });
  resize.observe(root);
  observers = [sectionObserver, resize];
  const remeasure = () => {
    scrollers.forEach((x) => x.resize());
    schedule();
  };
  void document.fonts?.ready.then(remeasure);
  addEventListener('load', remeasure, { once: true });
  addEventListener('hashchange', onHashChange);
  document.addEventListener('click', onClick);
}

function onHashChange(): void {
  applyHash(true);
  schedule();
}

function teardown(): void {
  generation += 1;
  scrollers.forEach((x) => x.destroy());
  observers.forEach((o) => o.disconnect());
  scrollers = [];
  observers = [];
  removeEventListener('hashchange', onHashChange);
  removeEventListener('scroll', schedule);
  document.removeEventListener('click', onClick);
  clearTimeout(announceTimer);
  ready = false;
}

// The engine has started: the sticky layout may stay (see gate.ts and scrolly.css). Where the gate
// already engaged it, only an attribute no stylesheet reads is set: changing one the layout's selectors
// read made the browser restyle the whole page inside this script's first task.
root.setAttribute('data-scrolly-engine', 'started');
if (!root.hasAttribute('data-scrolly-pending')) root.setAttribute('data-scrolly-ready', '');
if (!('IntersectionObserver' in window) || !('ResizeObserver' in window)) {
  // Without observers the page still reads: every step unrolled with its static graphic.
  root.dataset.scrollyView = 'all';
} else {
  // After the next frame is drawn: the page's style and layout are then done in the browser's own
  // rendering task, not forced inside this script's, and neither task is long on a slow phone.
  requestAnimationFrame(() => setTimeout(init));
  addEventListener('pagehide', teardown);
  addEventListener('pageshow', (e) => {
    if (e.persisted) init();
  });
}
