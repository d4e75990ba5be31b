/**
 * What the build hands the browser for one scrolly section: shared by the section builder
 * (src/components/scrolly/section-build.ts) and the client (src/client/scrolly/), so it lives below both.
 */

/** Per mark key, the SVG attributes that draw it in one state. */
export type StateAttributes = Record<string, Record<string, string>>;

/** The sticky graphic's copies, each drawn at its own width (src/components/scrolly/section-build.ts WIDTHS). */
export const LIVE_VARIANTS = ['narrow', 'wide'] as const;
export type LiveVariant = (typeof LIVE_VARIANTS)[number];

/** States in the order the page visits them, each as the attributes that changed from the one before. */
export interface EncodedStates {
  order: number[];
  changes: StateAttributes[];
}

export interface StepRef {
  id: string;
  state: number;
}

/**
 * Per sticky copy, its marks and each used state: the heavy part, a file the client fetches (see
 * ScrollyPayload). `marks` is the SVG markup of every mark any state uses, drawn in the first step's
 * state; the page serves the copy's <svg> empty, at its viewBox, so its box is laid out from the start.
 */
export type LiveStates = Record<LiveVariant, EncodedStates & { marks: string }>;

/**
 * Data attached to the page for the client: what it needs at once (step → state, the stage titles, the
 * steps that links to entries open). The sticky graphic's states are a file of their own, which the
 * section names (data-scrolly-states): only readers whose engine runs need them, and inlined they were
 * up to 30 KB that every reader downloaded before the first paint.
 */
export interface ScrollyPayload {
  steps: StepRef[];
  titles: Record<number, string>;
  /**
   * Entry id (a statement, death, measure: its table row's id) → the step that shows it, computed at
   * build time (src/lib/story/entry-step.ts), so a link to the entry opens that step.
   */
  entries: Record<string, EntryStep>;
}

export interface EntryStep {
  step: number;
  /** Whether that step singles the entry out (rather than merely showing it among others). */
  singled: boolean;
}

/** What the build computes for a section: the page's payload, with the states still in it. */
export type BuiltPayload = ScrollyPayload & { live: LiveStates };
