/**
 * What the build hands the browser for one scrolly section: shared by the section builder
 * (src/components/scrolly/section-build.ts) and the client (src/client/scrolly/), so it lives below both.
 */

/** Per mark key, the SVG attributes that draw it in one state. */
export type StateAttributes = Record<string, Record<string, string>>;

export interface StepRef {
  id: string;
  state: number;
}

/** Data attached to the page for the client: step → state, and each used state as attributes by key. */
export interface ScrollyPayload {
  steps: StepRef[];
  titles: Record<number, string>;
  states: Record<number, StateAttributes>;
}
