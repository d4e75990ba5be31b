/**
 * The contract between a graphic's pure layout module, the build-time SVG renderer and the thin
 * client that moves between states. A layout is `(data, width, stepIndex) => GraphicSpec`; nothing
 * here may touch the DOM, so every state can be unit-tested and drawn at build time.
 *
 * Marks carry a stable `key`: the client matches marks across states by key, so a mark that keeps
 * its key moves (transition) and a mark missing from a state fades out.
 */
export interface GraphicSpec {
  width: number;
  height: number;
  /** Short accessible title of the graphic in this state. */
  title: string;
  /** One or two sentences saying what this state shows (used as the SVG's <desc>). */
  description: string;
  marks: Mark[];
}

interface MarkBase {
  key: string;
  /** Space-separated class names; styling (colour, pattern, stroke) lives in CSS, not in the spec. */
  className?: string;
  opacity?: number;
  /** Accessible label; a mark with a label and `focusable` is reachable by keyboard. */
  label?: string;
  focusable?: boolean;
  /** Extra data-* attributes (e.g. the id of the entry the mark stands for). */
  data?: Record<string, string>;
}

export interface RectMark extends MarkBase {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}

export interface CircleMark extends MarkBase {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface TextMark extends MarkBase {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in CSS px; tests assert it is >= 12. */
  fontSize: number;
  anchor?: 'start' | 'middle' | 'end';
}

export interface LineMark extends MarkBase {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathMark extends MarkBase {
  kind: 'path';
  d: string;
}

export type Mark = RectMark | CircleMark | TextMark | LineMark | PathMark;

/**
 * What a graphic module (src/graphics/<name>/layout.ts) exports so that a Scrolly section can use it
 * by name. `loadData` runs once per build; its result is passed to every `layout` call.
 */
export interface GraphicModule<D = unknown> {
  /** Number of states; valid state indexes are 0 … stateCount - 1. */
  stateCount: number;
  layout: (data: D, width: number, stateIndex: number) => GraphicSpec;
  loadData?: () => D | Promise<D>;
}
