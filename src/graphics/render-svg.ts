import { round2 } from './shared/round.ts';
import type { GraphicSpec, Mark, PatternDef } from './spec.ts';

/** Attribute values as the client applies them: `text` is the text content of a text mark. */
export type MarkAttributes = Record<string, string>;

export interface RenderOptions {
  /** Prefix for the ids of <title>/<desc>; must be unique on the page. */
  idPrefix: string;
  /**
   * False for a decorative copy (the sticky graphic is aria-hidden): no role, label or tabindex on
   * marks, because focusable content inside aria-hidden is unreachable for screen readers.
   */
  interactive?: boolean;
  /**
   * False for a figure that repeats marks a sibling figure already labels (one figure per section
   * carries the focusable, labelled marks): the SVG is one image with its title and description, and
   * its marks add no tab stops. Default true.
   */
  labelMarks?: boolean;
  className?: string;
  /**
   * Draw the spec's pattern <defs> inside this SVG (default). Pages that draw the same graphic more
   * than once draw the defs once elsewhere and pass false, so no id repeats.
   */
  includeDefs?: boolean;
  /** Draw only this vertical band of the spec (a stacked figure cropped to its state's marks). */
  band?: { y: number; height: number };
  /**
   * True for a copy the client moves between states: every mark carries its key and every attribute
   * a state may change, as the client reads them back. A still figure (false, the default) keys only
   * the marks with details to show (details.ts finds their labelled twin by key) and leaves defaults
   * out: on the longest chapter that was a fifth of the page's bytes.
   */
  live?: boolean;
  /**
   * A drawing that stands alone as an SVG file (shown by an <img>): it carries its size and the CSS it
   * needs, since the page's styles do not reach inside an image.
   */
  standalone?: { css: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`render-svg: non-finite number ${n}`);
  return String(round2(n));
}

const DATA_NAME = /^[a-z][a-z0-9-]*$/;

/** Geometry, class and opacity of a mark: everything that may change between states. */
export function markGeometry(mark: Mark): MarkAttributes {
  const a: MarkAttributes = {};
  switch (mark.kind) {
    case 'rect':
      Object.assign(a, {
        x: num(mark.x),
        y: num(mark.y),
        width: num(Math.max(0, mark.width)),
        height: num(Math.max(0, mark.height)),
      });
      if (mark.rx !== undefined) a.rx = num(mark.rx);
      break;
    case 'circle':
      Object.assign(a, { cx: num(mark.cx), cy: num(mark.cy), r: num(Math.max(0, mark.r)) });
      break;
    case 'text':
      Object.assign(a, { x: num(mark.x), y: num(mark.y), 'font-size': num(mark.fontSize), text: mark.text });
      if (mark.anchor) a['text-anchor'] = mark.anchor;
      break;
    case 'line':
      Object.assign(a, { x1: num(mark.x1), y1: num(mark.y1), x2: num(mark.x2), y2: num(mark.y2) });
      break;
    case 'path':
      a.d = mark.d;
      break;
  }
  // Graphics own their class names (their CSS styles `.graphic-<name> .mark` etc.); we add none.
  if (mark.className) a.class = mark.className;
  a.opacity = num(mark.opacity ?? 1);
  return a;
}

/** `tabStop`: whether a focusable mark is in the tab order as drawn (one per drawing: see renderSvg). */
function markAttributes(mark: Mark, interactive: boolean, live: boolean, tabStop: boolean): MarkAttributes {
  const { text: _text, ...geometry } = markGeometry(mark);
  const hasDetails = Boolean(mark.label) && mark.kind !== 'text';
  const a: MarkAttributes = live || hasDetails ? { 'data-key': mark.key, ...geometry } : geometry;
  if (!live && a.opacity === '1') delete a.opacity;
  if (interactive && hasDetails) {
    // The entry's data travels with the one labelled copy of each mark, for readers who inspect it.
    for (const [name, value] of Object.entries(mark.data ?? {})) {
      if (!DATA_NAME.test(name)) throw new Error(`render-svg: mark "${mark.key}" has bad data name "${name}"`);
      a[`data-${name}`] = value;
    }
    a.role = 'img';
    a['aria-label'] = mark.label!;
    if (mark.focusable) a.tabindex = tabStop ? '0' : '-1';
  }
  return a;
}

function attrs(a: MarkAttributes): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

export function renderMark(mark: Mark, interactive = true, live = false, tabStop = true): string {
  const a = attrs(markAttributes(mark, interactive, live, tabStop));
  return mark.kind === 'text' ? `<text${a}>${escapeXml(mark.text)}</text>` : `<${mark.kind}${a}/>`;
}

/**
 * Pattern definitions as an SVG <defs> string. Ids are document-global and graphics refer to them
 * from CSS, so a page must draw each id once: see `renderDefs` callers.
 */
export function renderDefs(defs: readonly PatternDef[]): string {
  if (!defs.length) return '';
  const patterns = defs.map((p) => {
    const transform = p.patternTransform ? ` patternTransform="${escapeXml(p.patternTransform)}"` : '';
    const marks = p.marks.map((m) => renderMark(m, false)).join('');
    return `<pattern id="${escapeXml(p.id)}" width="${num(p.width)}" height="${num(p.height)}" patternUnits="userSpaceOnUse"${transform}>${marks}</pattern>`;
  });
  return `<defs>${patterns.join('')}</defs>`;
}

/**
 * Draws a spec as an inline SVG string. The SVG has a viewBox and no width/height, so CSS sizes it
 * (width: 100%) and the browser reserves its height from the aspect ratio before paint (no layout shift).
 */
export function renderSvg(spec: GraphicSpec, options: RenderOptions): string {
  const {
    idPrefix,
    interactive = true,
    labelMarks = true,
    className = 'graphic',
    includeDefs = true,
    band,
    live = false,
    standalone,
  } = options;
  const keys = new Set<string>();
  for (const m of spec.marks) {
    if (keys.has(m.key)) throw new Error(`render-svg: duplicate mark key "${m.key}" in "${spec.title}"`);
    keys.add(m.key);
  }
  // One tab stop per drawing, its first focusable mark: the arrow keys move it (client/graphics/mark-keys.ts).
  const firstStop = spec.marks.find((m) => m.focusable && m.label && m.kind !== 'text');
  const marks =
    (includeDefs ? renderDefs(spec.defs ?? []) : '') +
    spec.marks.map((m) => renderMark(m, interactive && labelMarks, live, m === firstStop)).join('');
  const box = `0 ${num(band?.y ?? 0)} ${num(spec.width)} ${num(band?.height ?? spec.height)}`;
  if (!interactive) {
    return `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(className)}" viewBox="${box}" focusable="false">${marks}</svg>`;
  }
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  // With focusable marks inside, role=img would make them presentational; a group keeps them reachable.
  const hasFocusable = labelMarks && firstStop !== undefined;
  const role = hasFocusable ? 'group' : 'img';
  const size = standalone ? ` width="${num(spec.width)}" height="${num(band?.height ?? spec.height)}"` : '';
  // CDATA: the CSS may hold characters XML would read as markup (& in nesting, > in selectors).
  const style = standalone ? `<style><![CDATA[${standalone.css.replaceAll(']]>', ']]\\>')}]]></style>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(className)}" viewBox="${box}"${size} role="${role}" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(spec.title)}</title><desc id="${descId}">${escapeXml(spec.description)}</desc>` +
    `${style}${marks}</svg>`
  );
}
