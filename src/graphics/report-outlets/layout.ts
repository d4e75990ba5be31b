import type { GraphicSpec, Mark } from '../spec.ts';
import { utcDay } from '../shared/dates.ts';
import { paragraph, textWidth, wrapText } from '../shared/text.ts';
import { flowLegend } from '../shared/legend.ts';
import { chartMetrics, clampState, type GraphicState } from '../shared/types.ts';
import { outletShapes, outletSymbol, shortName } from './outlets.ts';
import { REPORT_ELEMENTS, type PressReport, type ReportElement, type ReportOutletsData } from './types.ts';
import { WORDS, wordsFor, type Words } from './words.ts';

/** The English element names (the Russian edition's are in words.ts). */
export const ELEMENT_LABELS: Record<ReportElement, string> = WORDS.en.elements;

const M = 12;
const OVERVIEW: GraphicState = { name: 'all-reports', description: WORDS.en.overviewState };
export const states: readonly GraphicState[] = [OVERVIEW];

interface Focus {
  report: PressReport;
  element?: ReportElement;
}

/** The overview; one state per report; one per reply a report quoted. */
export function focusesOf(data: ReportOutletsData): (Focus & { name: string })[] {
  return [
    ...data.reports.map((report) => ({ report, name: report.id })),
    ...data.reports
      .filter((r) => r.elements.some((e) => e.element === 'reply'))
      .map((report) => ({ report, element: 'reply' as const, name: `${report.id}-reply` })),
  ];
}

export function statesFor(data: ReportOutletsData): GraphicState[] {
  const words = wordsFor(data);
  return [
    { ...OVERVIEW, description: words.overviewState },
    ...focusesOf(data).map((f) => ({
      name: f.name,
      description: f.element ? words.replyState(f.report) : words.reportState(f.report),
    })),
  ];
}

/** The officials a report cited, in English (the Russian edition's are in words.ts). */
export const officialsText = (r: PressReport): string => WORDS.en.officials(r);

function focusText(f: Focus, words: Words): string {
  const { report: r } = f;
  if (f.element) return words.focusReply(r, f.element, r.elements.find((e) => e.element === f.element)?.summary ?? '');
  return words.focusReport(r);
}

export function layout(
  data: ReportOutletsData,
  width: number,
  stateIndex: number,
  options: { compact?: boolean } = {},
): GraphicSpec {
  const focuses = focusesOf(data);
  const state = clampState(stateIndex, focuses.length + 1);
  const focus = state > 0 ? focuses[state - 1] : undefined;
  const words = wordsFor(data);
  const { w, wide, fs, lh } = chartMetrics(width);
  const r = wide ? 6 : 5;
  const marks: Mark[] = [];
  const text = (key: string, x: number, y: number, t: string, className: string, anchor?: 'middle' | 'end') =>
    marks.push({ kind: 'text', key, x, y, text: t, fontSize: fs, className, ...(anchor ? { anchor } : {}) });
  const reports = data.reports;
  const shapes = outletShapes(reports);
  const stated = reports.filter((rep) => rep.officials.count !== 'not-stated');

  // Headline counts.
  let y = 4;
  const first = reports[0]?.date;
  const last = reports.at(-1)?.date;
  const span = first && last ? words.span(first, last) : '';
  const headline = wrapText(words.headline(reports.length, shapes.size, span, stated.length), w - 2 * M, fs);
  headline.forEach((line, i) => text(`headline-${i}`, M, y + 0.85 * fs + i * lh, line, 'headline'));
  y += headline.length * lh + 4;

  // Legend: one shape per outlet with its number of reports; the dash for an unstated number.
  const legend = flowLegend(
    [
      ...[...shapes].map(([outlet, shape]) => ({
        key: `legend-${shortName(outlet).toLowerCase()}`,
        text: words.legendCount(outlet, reports.filter((rep) => rep.outlet === outlet).length),
        symbol: (cx: number, cy: number, key: string): Mark[] => [outletSymbol(shape, cx, cy, r, key, 'cell')],
      })),
      { key: 'legend-not-stated', text: words.legendNotStated },
    ],
    M,
    y,
    w - M,
    fs,
    2 * r,
  );
  marks.push(...legend.marks);
  y = legend.bottom + 8;

  // The note: how to read the chart, or the focused report named in full; tallest state reserved.
  const intro = words.intro;
  // The sticky graphic keeps the note's tallest height in every state; a per-step figure takes its own.
  const panelTexts = options.compact
    ? [focus ? focusText(focus, words) : intro]
    : [intro, ...focuses.map((f) => focusText(f, words))];
  const panelLines = Math.max(...panelTexts.map((t) => wrapText(t, w - 2 * M, fs).length));
  const note = paragraph(
    'note',
    focus ? focusText(focus, words) : intro,
    M,
    y,
    w - 2 * M,
    fs,
    focus ? 'note active' : 'note',
  );
  marks.push(...note.marks);
  const panelBottom = y + panelLines * lh + 2;
  y = panelBottom + 10;

  // Grid: element lanes (rows) against reports (columns, in date order).
  const rowLabels = [...REPORT_ELEMENTS.map((e) => words.elements[e]), words.officialsLane];
  const labelW = Math.max(...rowLabels.map((l) => textWidth(l, fs))) + 10;
  const x0 = M + labelW;
  const colW = (w - M - x0) / Math.max(1, reports.length);
  const cx = (i: number) => x0 + (i + 0.5) * colW;
  const laneH = Math.max(lh, 2 * r + 8);

  // Column heads: outlet short names where they fit; day numbers always, months where they change.
  const headTop = y;
  const bandAt = marks.length;
  const headsFit = reports.every((rep) => textWidth(shortName(rep.outlet), fs) <= colW - 4);
  if (headsFit) {
    reports.forEach((rep, i) =>
      text(`head-${rep.id}`, cx(i), y + 0.85 * fs, shortName(rep.outlet), 'column-head', 'middle'),
    );
    y += lh;
  }
  // Reports of the same day share one date label, centred over them.
  const days: { date: string; from: number; to: number }[] = [];
  reports.forEach((rep, i) => {
    const d = days.at(-1);
    if (d && d.date === rep.date) d.to = i;
    else days.push({ date: rep.date, from: i, to: i });
  });
  let month = -1;
  days.forEach((d) => {
    const day = utcDay(d.date);
    const mid = (cx(d.from) + cx(d.to)) / 2;
    text(`day-${d.date}`, mid, y + 0.85 * fs, String(day.getUTCDate()), 'axis-label', 'middle');
    if (day.getUTCMonth() !== month) {
      month = day.getUTCMonth();
      text(`month-${d.date}`, mid, y + lh + 0.85 * fs, words.axisMonth(day), 'axis-label', 'middle');
    }
  });
  y += 2 * lh + 4;
  const gridTop = y;

  const activeCol = focus ? reports.indexOf(focus.report) : -1;
  // The focused column is shaded from its heads to its count, under everything else in it.
  if (activeCol >= 0)
    marks.splice(bandAt, 0, {
      kind: 'rect',
      key: 'focus-band',
      x: cx(activeCol) - colW / 2 + 1,
      y: headTop - 2,
      width: colW - 2,
      height: gridTop - headTop + (REPORT_ELEMENTS.length + 1) * laneH + 4,
      className: 'focus-band',
    });

  REPORT_ELEMENTS.forEach((el, li) => {
    const ly = gridTop + li * laneH + laneH / 2;
    text(`lane-${el}`, M, ly + 0.35 * fs, words.elements[el], 'lane-label');
    marks.push({ kind: 'line', key: `lane-rule-${el}`, x1: x0, x2: w - M, y1: ly, y2: ly, className: 'grid' });
    reports.forEach((rep, i) => {
      const cell = rep.elements.find((e) => e.element === el);
      if (!cell) return;
      const isActive = focus?.report === rep && (!focus.element || focus.element === el);
      const faded = focus && !isActive ? { opacity: 0.3 } : {};
      const shape = shapes.get(rep.outlet) ?? 'circle';
      marks.push({
        ...outletSymbol(
          shape,
          cx(i),
          ly,
          isActive && focus?.element ? r + 2 : r,
          `cell-${rep.id}-${el}`,
          `cell${isActive ? ' active' : ''}`,
        ),
        ...faded,
        data: { report: rep.id, element: el },
      });
    });
  });

  // The officials row: the number a source states, or a dash.
  const oy = gridTop + REPORT_ELEMENTS.length * laneH + laneH / 2;
  marks.push({
    kind: 'line',
    key: 'rule-officials',
    x1: M,
    x2: w - M,
    y1: oy - laneH / 2,
    y2: oy - laneH / 2,
    className: 'rule',
  });
  text('lane-officials', M, oy + 0.35 * fs, words.officialsLane, 'lane-label');
  reports.forEach((rep, i) => {
    const n = rep.officials.count === 'not-stated' ? '–' : String(rep.officials.count);
    const faded = focus && focus.report !== rep ? { opacity: 0.3 } : {};
    marks.push({
      kind: 'text',
      key: `officials-${rep.id}`,
      x: cx(i),
      y: oy + 0.35 * fs,
      text: n,
      fontSize: fs,
      anchor: 'middle',
      className: 'officials-count',
      ...faded,
    });
  });

  // One focusable column per report, labelled with everything it carried.
  reports.forEach((rep, i) =>
    marks.push({
      kind: 'rect',
      key: `report-${rep.id}`,
      x: cx(i) - colW / 2,
      y: gridTop - 2,
      width: colW,
      height: (REPORT_ELEMENTS.length + 1) * laneH + 4,
      className: 'column-hit',
      label: words.columnLabel(rep),
      focusable: true,
      data: { id: rep.id },
    }),
  );

  // The leader runs from the note to the shaded column, which carries it down to the named marks.
  if (focus && activeCol >= 0)
    marks.push({
      kind: 'line',
      key: 'note-leader',
      x1: cx(activeCol),
      y1: panelBottom,
      x2: cx(activeCol),
      y2: headTop - 2,
      className: 'leader',
    });
  const height = Math.ceil(oy + laneH / 2 + M);
  return {
    width: w,
    height,
    title: words.title,
    description: focus
      ? focusText(focus, words)
      : words.overviewDescription(reports.length, shapes.size, span, stated.length),
    marks,
  };
}

/** The per-step figures: the same states, the note sized to its own text. */
export const inlineLayout = (data: ReportOutletsData, width: number, stateIndex: number): GraphicSpec =>
  layout(data, width, stateIndex, { compact: true });
