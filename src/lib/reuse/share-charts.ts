/**
 * The simplified charts of the share images, drawn straight to SVG in a box of the 1200×630 card.
 * Made for a thumbnail in a feed: few, large marks, labels written next to them at 28 px or more, no
 * legend to decode. Colours come from the light scheme of tokens.css (the caller resolves them).
 */
import { MONTHS } from '../content/cite.ts';
import { escapeHtml } from './html.ts';
import type { ShareChart } from './share-cards.ts';

export interface ChartPalette {
  text: string;
  muted: string;
  bg: string;
  rule: string;
  combat: string;
  noncombat: string;
  highlight: string;
  neutral: string;
  /** Actor group → colour (tokens --c-<group>). */
  groups: Record<string, string>;
}

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every label of a share chart; the share test checks nothing smaller is drawn. */
export const CHART_FONT = 28;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

const text = (x: number, y: number, s: string, fill: string, extra = '') =>
  `<text x="${r(x)}" y="${r(y)}" font-family="${FONT}" font-size="${CHART_FONT}" fill="${fill}"${extra}>${escapeHtml(s)}</text>`;
const r = (n: number) => Math.round(n * 10) / 10;
const circle = (cx: number, cy: number, rad: number, fill: string, stroke = fill) =>
  `<circle cx="${r(cx)}" cy="${r(cy)}" r="${r(rad)}" fill="${fill}" stroke="${stroke}" stroke-width="3"/>`;
const rect = (x: number, y: number, w: number, h: number, fill: string, stroke = fill, extra = '') =>
  `<rect x="${r(x)}" y="${r(y)}" width="${r(w)}" height="${r(h)}" fill="${fill}" stroke="${stroke}" stroke-width="3"${extra}/>`;

/** A row of dots that fits `width`: the radius shrinks with the count, never below 6. */
function dotRow(count: number, x: number, y: number, width: number, max: number, fill: string, stroke = fill): string {
  const pitch = Math.min(40, width / Math.max(max, 1));
  const rad = Math.max(6, pitch / 2 - 2);
  return Array.from({ length: count }, (_, i) => circle(x + pitch / 2 + i * pitch, y, rad, fill, stroke)).join('');
}

/** `em`: the average glyph width a wrapped chart title is measured by (wider for Cyrillic). */
export function drawChart(chart: ShareChart, box: ChartBox, c: ChartPalette, em = 0.58): string {
  const { x, y, width, height } = box;
  const lead = CHART_FONT * 1.3;
  switch (chart.kind) {
    case 'calendar': {
      const first = new Date(Date.UTC(chart.year, chart.month - 1, 1));
      const days = new Date(Date.UTC(chart.year, chart.month, 0)).getUTCDate();
      const offset = (first.getUTCDay() + 6) % 7; // weeks start on Monday
      const cols = 7;
      const rows = Math.ceil((offset + days) / cols);
      const cw = width / cols;
      const top = y + 2 * lead + 8;
      const ch = Math.min(64, (height - (top - y)) / rows);
      const heading = chart.title ?? `${MONTHS[chart.month - 1]} ${chart.year}`;
      const out = [text(x, y + CHART_FONT, heading, c.text, ' font-weight="700"')];
      (chart.weekdays ?? ['M', 'T', 'W', 'T', 'F', 'S', 'S']).forEach((d, i) =>
        out.push(text(x + (i + 0.5) * cw, y + lead + CHART_FONT, d, c.muted, ' text-anchor="middle"')),
      );
      for (let day = 1; day <= days; day++) {
        const i = offset + day - 1;
        const cx = x + (i % cols) * cw;
        const cy = top + Math.floor(i / cols) * ch;
        const marked = day === chart.day;
        out.push(rect(cx + 3, cy + 3, cw - 6, ch - 6, marked ? c.highlight : c.bg, marked ? c.highlight : c.rule));
        out.push(
          text(
            cx + cw / 2,
            cy + ch / 2 + 10,
            String(day),
            marked ? c.bg : c.text,
            ` text-anchor="middle"${marked ? ' font-weight="700"' : ''}`,
          ),
        );
      }
      return out.join('');
    }
    case 'unit-rows': {
      const max = Math.max(...chart.rows.map((row) => row.count));
      const rowH = height / chart.rows.length;
      const tone = { neutral: c.neutral, combat: c.combat, hostile: c.highlight } as const;
      return chart.rows
        .map((row, i) => {
          const top = y + i * rowH;
          // A note (the count's source) takes a muted second line; the dots move down under it.
          const note = row.note === undefined ? '' : text(x, top + CHART_FONT + lead, row.note, c.muted);
          const dots = top + lead + 26 + (row.note === undefined ? 0 : lead - 8);
          return (
            text(x, top + CHART_FONT, row.label, c.text) + note + dotRow(row.count, x, dots, width, max, tone[row.tone])
          );
        })
        .join('');
    }
    case 'group-rows': {
      const max = Math.max(...chart.rows.map((row) => row.count));
      const rowH = height / chart.rows.length;
      return chart.rows
        .map((row, i) => {
          const top = y + i * rowH;
          const fill = c.groups[row.group] ?? c.neutral;
          return (
            text(x, top + CHART_FONT, `${row.label} ${row.count}`, fill, ' font-weight="700"') +
            dotRow(row.count, x, top + lead + 18, width, max, fill)
          );
        })
        .join('');
    }
    case 'day-columns': {
      const cw = width / chart.days.length;
      const base = y + height - lead - 8;
      const max = Math.max(...chart.days.map((d) => d.count), 1);
      const top = y + 2 * lead + 16;
      const pitch = Math.min(cw, (base - top) / max);
      const rad = Math.max(6, pitch / 2 - 3);
      const out = wrapWords(chart.title, width, CHART_FONT, em).map((l, i) =>
        text(x, y + CHART_FONT + i * lead, l, c.text),
      );
      out.push(
        `<line x1="${x}" x2="${x + width}" y1="${r(base)}" y2="${r(base)}" stroke="${c.rule}" stroke-width="3"/>`,
      );
      chart.days.forEach((d, i) => {
        const cx = x + (i + 0.5) * cw;
        for (let k = 0; k < d.count; k++) {
          const fill = d.marked ? (c.groups['russian-government'] ?? c.highlight) : c.neutral;
          out.push(circle(cx, base - pitch / 2 - k * pitch, rad, fill));
        }
        if (i % 2 === 1 || d.marked)
          out.push(
            text(
              cx,
              base + CHART_FONT + 6,
              d.label,
              d.marked ? c.text : c.muted,
              ` text-anchor="middle"${d.marked ? ' font-weight="700"' : ''}`,
            ),
          );
      });
      return out.join('');
    }
    case 'outcomes': {
      const rowH = Math.min(100, height / chart.rows.length);
      const size = 44;
      const fills: Record<string, [string, string, string]> = {
        enacted: [c.combat, c.combat, ''],
        partly: [c.bg, c.combat, ''],
        not: [c.bg, c.noncombat, ''],
        unknown: [c.bg, c.neutral, ' stroke-dasharray="6 5"'],
      };
      return chart.rows
        .map((row, i) => {
          const top = y + i * rowH;
          const [fill, stroke, dash] = fills[row.tone] ?? fills['unknown']!;
          const squares = Array.from({ length: row.count }, (_, k) => {
            const sx = x + k * (size + 10);
            const half = row.tone === 'partly' ? rect(sx, top + lead, size / 2, size, c.combat, c.combat) : '';
            return rect(sx, top + lead, size, size, fill, stroke, dash) + half;
          }).join('');
          return text(x, top + CHART_FONT, row.label, c.text) + squares;
        })
        .join('');
    }
    case 'scale': {
      const sw = width / chart.steps.length;
      const top = y + height / 2 - 40;
      return chart.steps
        .map((step, i) => {
          const filled = i < chart.filled;
          return (
            rect(x + i * sw + 4, top, sw - 8, 64, filled ? c.highlight : c.bg, filled ? c.highlight : c.rule) +
            text(
              x + (i + 0.5) * sw,
              top + 64 + CHART_FONT + 12,
              step,
              filled ? c.text : c.muted,
              ' text-anchor="middle"',
            )
          );
        })
        .join('');
    }
  }
}

/** Greedy word wrap by an average glyph width (about 0.58 em for DejaVu Sans). */
export function wrapWords(s: string, width: number, size: number, em = 0.58): string[] {
  const max = Math.floor(width / (size * em));
  const lines: string[] = [];
  let line = '';
  // Breaks at ordinary spaces only: a no-break space (U+00A0) keeps its words on one line.
  for (const word of s.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
