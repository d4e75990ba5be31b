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
  /**
   * Optional reusable SVG definitions (e.g. a hatch pattern). The renderer draws them inside
   * <defs>; marks refer to them from CSS (`fill: url(#id)`), never by colour alone.
   */
  defs?: PatternDef[];
  /**
   * Optional quote card for the active item of this state. The page lays it out as HTML beside or
   * over the chart (text wraps there, not in the layout); absent when no item is active.
   */
  card?: QuoteCard;
}

/** An SVG <pattern> in user space, drawn with ordinary marks (usually a line or two). */
export interface PatternDef {
  kind: 'pattern';
  /** Document-unique id: prefix it with the graphic's name. */
  id: string;
  width: number;
  height: number;
  /** e.g. "rotate(45)". */
  patternTransform?: string;
  marks: Mark[];
}

export interface QuoteCard {
  /** Key of the mark the card belongs to (the client may draw a connector to it). */
  key: string;
  speaker: string;
  channel: string;
  /** Human-readable date (and time where known). */
  date: string;
  /** Verbatim quote in English; empty when the item is a report summarised without a quote. */
  quote: string;
  /** The speaker's own words in another language, shown below the English and labelled with the language. */
  originals?: { text: string; lang: string }[];
  /** Our own one-line summary, shown when there is no quote (and as context otherwise). */
  summary?: string;
  /** Human-readable source line (publisher, title, date). */
  source: string;
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
