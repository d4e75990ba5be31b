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

/** Data attached to the page for the client: step → state, and each used state per sticky copy. */
export interface ScrollyPayload {
  steps: StepRef[];
  titles: Record<number, string>;
  live: Record<LiveVariant, EncodedStates>;
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
