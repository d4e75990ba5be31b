import type { GraphicSpec, Mark } from '../spec.ts';
import { formatDay, utcDay } from '../shared/dates.ts';
import { paragraph, textWidth, wrapText } from '../shared/text.ts';
import { flowLegend } from '../shared/legend.ts';
import { chartMetrics, clampState, type GraphicState } from '../shared/types.ts';
import { outletShapes, outletSymbol, shortName } from './outlets.ts';
import { REPORT_ELEMENTS, type PressReport, type ReportElement, type ReportOutletsData } from './types.ts';

export const ELEMENT_LABELS: Record<ReportElement, string> = {
  bounties: 'Bounties offered',
  briefing: 'Who was told',
  deaths: 'US deaths',
  detainees: 'Detainee interviews',
  cash: 'Cash found',
  transfers: 'Money transfers',
  doubts: 'Agency doubts',
  reply: 'Reply quoted',
};

const M = 12;
const OVERVIEW: GraphicState = {
  name: 'all-reports',
  description:
    'Every press report as a column, by date: the elements of the story it carried, and how many officials it cited.',
};
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
  return [
    OVERVIEW,
    ...focusesOf(data).map((f) => ({
      name: f.name,
      description: f.element
        ? `The reply quoted in ${f.report.outlet}'s report of ${formatDay(utcDay(f.report.date))} is named on the chart.`
        : `${f.report.outlet}'s report of ${formatDay(utcDay(f.report.date))} is named on the chart, with what it carried and whom it cited.`,
    })),
  ];
}

export const officialsText = (r: PressReport): string =>
  r.officials.count === 'not-stated'
    ? `“${r.officials.wording}”, number not stated`
    : `“${r.officials.wording}”: ${r.officials.count} official${r.officials.count === 1 ? '' : 's'}`;

function focusText(f: Focus): string {
  const { report: r } = f;
  const head = `${r.outlet}, ${formatDay(utcDay(r.date))}`;
  if (f.element)
    return `${head} · ${ELEMENT_LABELS[f.element]}: ${r.elements.find((e) => e.element === f.element)?.summary ?? ''}`;
  const carried = r.elements.map((e) => ELEMENT_LABELS[e.element].toLowerCase()).join(', ');
  return `${head}: ${r.elements.length} element${r.elements.length === 1 ? '' : 's'} (${carried}). Sources: ${officialsText(r)}.`;
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
  const span = first && last ? `${formatDay(utcDay(first), false)} – ${formatDay(utcDay(last))}` : '';
  wrapText(
    `${reports.length} reports by ${shapes.size} outlets, ${span}; ${stated.length} say how many officials`,
    w - 2 * M,
    fs,
  ).forEach((line, i) => text(`headline-${i}`, M, y + 0.85 * fs + i * lh, line, 'headline'));
  y +=
    wrapText(
      `${reports.length} reports by ${shapes.size} outlets, ${span}; ${stated.length} say how many officials`,
      w - 2 * M,
      fs,
    ).length *
      lh +
    4;

  // Legend: one shape per outlet with its number of reports; the dash for an unstated number.
  const legend = flowLegend(
    [
      ...[...shapes].map(([outlet, shape]) => ({
        key: `legend-${shortName(outlet).toLowerCase()}`,
        text: `${outlet}: ${reports.filter((rep) => rep.outlet === outlet).length}`,
        symbol: (cx: number, cy: number, key: string): Mark[] => [outletSymbol(shape, cx, cy, r, key, 'cell')],
      })),
      { key: 'legend-not-stated', text: '– number of officials not stated' },
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
  const intro =
    'Each column is one report, by date; a mark means the report carried that element of the story. The last row counts the officials it cited.';
  // The sticky graphic keeps the note's tallest height in every state; a per-step figure takes its own.
  const panelTexts = options.compact ? [focus ? focusText(focus) : intro] : [intro, ...focuses.map(focusText)];
  const panelLines = Math.max(...panelTexts.map((t) => wrapText(t, w - 2 * M, fs).length));
  const note = paragraph('note', focus ? focusText(focus) : intro, M, y, w - 2 * M, fs, focus ? 'note active' : 'note');
  marks.push(...note.marks);
  const panelBottom = y + panelLines * lh + 2;
  y = panelBottom + 10;

  // Grid: element lanes (rows) against reports (columns, in date order).
  const rowLabels = [...REPORT_ELEMENTS.map((e) => ELEMENT_LABELS[e]), 'Officials cited'];
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
      text(`month-${d.date}`, mid, y + lh + 0.85 * fs, formatDay(day).split(' ')[1] ?? '', 'axis-label', 'middle');
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
    text(`lane-${el}`, M, ly + 0.35 * fs, ELEMENT_LABELS[el], 'lane-label');
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
  text('lane-officials', M, oy + 0.35 * fs, 'Officials cited', 'lane-label');
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
      label: `${rep.outlet}, ${formatDay(utcDay(rep.date))}. ${rep.elements.map((e) => `${ELEMENT_LABELS[e.element]}: ${e.summary}`).join(' ')} Sources: ${officialsText(rep)}.`,
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
    title:
      'Who reported what: press reports of the bounty story by date, what each carried, and how many officials it cited',
    description: focus
      ? focusText(focus)
      : `${reports.length} reports by ${shapes.size} outlets, ${span}. ${stated.length} state how many officials they cited; the others do not say.`,
    marks,
  };
}

/** The per-step figures: the same states, the note sized to its own text. */
export const inlineLayout = (data: ReportOutletsData, width: number, stateIndex: number): GraphicSpec =>
  layout(data, width, stateIndex, { compact: true });
