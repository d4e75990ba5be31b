import type { ScaleBand, ScaleLinear } from 'd3-scale';
import type { Mark, RectMark, TextMark } from '../spec.ts';
import { textBox, thinLabels } from '../shared/text.ts';
import type { AnnualDeaths } from './types.ts';
import type { Words } from './words.ts';

export function barMarks(
  annual: AnnualDeaths[],
  band: ScaleBand<number>,
  y: ScaleLinear<number, number>,
  baseline: number,
  fs: number,
  focusYear: number,
  labelY: number,
  w: Words,
): Mark[] {
  const marks: Mark[] = [];
  const bw = band.bandwidth();
  const bars: RectMark[] = annual.map((a) => ({
    kind: 'rect',
    key: `bar-${a.year}`,
    x: band(a.year) ?? 0,
    y: y(a.total),
    width: bw,
    height: baseline - y(a.total),
    className: `bar ${a.verified === 'no' ? 'secondary hatch' : 'primary'}${a.year === focusYear ? ' focus' : ''}`,
    label: w.barLabel(a),
    data: { year: String(a.year) },
  }));
  marks.push(...bars);
  marks.push({
    kind: 'line',
    key: 'axis-year',
    x1: band.range()[0],
    x2: band.range()[1],
    y1: baseline,
    y2: baseline,
    className: 'axis',
  });
  const yearLabel = (a: AnnualDeaths): TextMark => ({
    kind: 'text',
    key: `year-${a.year}`,
    x: (band(a.year) ?? 0) + bw / 2,
    y: labelY,
    text: String(a.year),
    fontSize: fs,
    anchor: 'middle',
    className: 'axis-label',
  });
  marks.push(...thinLabels(annual, [1, 2, 5, 10], yearLabel, 6).map(yearLabel));

  // Value labels only where the reader needs them: the peak and the year in focus.
  const peak = annual.reduce<AnnualDeaths | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
  const focus = annual.find((a) => a.year === focusYear);
  if (peak && peak !== focus) {
    marks.push({
      kind: 'text',
      key: 'value-peak',
      x: (band(peak.year) ?? 0) + bw / 2,
      y: y(peak.total) - 4,
      text: `${peak.year}: ${peak.total}`,
      fontSize: fs,
      anchor: 'middle',
      className: 'value-label',
    });
  }
  if (focus) {
    const right = Math.min((band(focus.year) ?? 0) + bw, band.range()[1]);
    const proto: TextMark = {
      kind: 'text',
      key: 'value-focus',
      x: right,
      y: 0,
      text: `${focus.year}: ${focus.total}`,
      fontSize: fs,
      anchor: 'end',
      className: 'value-label focus',
    };
    const box = textBox(proto);
    // Lift the label above every bar it spans so it never sits on a bar.
    const covered = bars.filter((b) => b.x < box.x1 && b.x + b.width > box.x0);
    const clear = Math.min(...covered.map((b) => b.y), y(focus.total)) - 6 - 0.25 * fs;
    marks.push({ ...proto, y: clear });
    const cx = (band(focus.year) ?? 0) + bw / 2;
    marks.push({
      kind: 'line',
      key: 'value-focus-leader',
      x1: cx,
      x2: cx,
      y1: clear + 0.25 * fs + 1,
      y2: y(focus.total) - 1,
      className: 'leader',
    });
  }
  // Bars and text are centred/anchored so that the peak label stays inside the chart.
  return marks.map((m) =>
    m.kind === 'text' && m.key === 'value-peak' ? keepInside(m, band.range()[0], band.range()[1]) : m,
  );
}

function keepInside(m: TextMark, left: number, right: number): TextMark {
  const b = textBox(m);
  if (b.x0 < left) return { ...m, x: left, anchor: 'start' };
  if (b.x1 > right) return { ...m, x: right, anchor: 'end' };
  return m;
}
