import type { GraphicSpec, Mark } from '../spec.ts';
import type { GraphicState } from '../shared/types.ts';

/**
 * A demo graphic for testing the scrolly engine: four made-up bars that rise step by step. It is not
 * data about the story and is used only by the test fixture chapter.
 */
export interface DemoDatum {
  id: string;
  label: string;
  value: number;
}

export const states: readonly GraphicState[] = [
  { name: 'at-zero', description: 'Four empty bars labelled A to D sit on a baseline.' },
  { name: 'a-rises', description: 'Bar A has risen to 3; bars B, C and D are still at zero.' },
  { name: 'all-risen', description: 'The bars stand at A 3, B 5, C 2 and D 4.' },
  { name: 'tallest', description: 'Bar B, at 5, is highlighted as the tallest; the others are dimmed.' },
];
const stateCount = states.length;

const DEMO_DATA: DemoDatum[] = [
  { id: 'a', label: 'A', value: 3 },
  { id: 'b', label: 'B', value: 5 },
  { id: 'c', label: 'C', value: 2 },
  { id: 'd', label: 'D', value: 4 },
];

export function demoData(): DemoDatum[] {
  return DEMO_DATA;
}

const TITLES = ['All four bars at zero', 'Bar A rises to 3', 'All four bars risen', 'Bar B is the tallest'];

export function layout(data: DemoDatum[], width: number, stateIndex: number): GraphicSpec {
  if (!Number.isInteger(stateIndex) || stateIndex < 0 || stateIndex >= stateCount) {
    throw new RangeError(`demo layout: state ${stateIndex} is not in 0…${stateCount - 1}`);
  }
  const height = Math.round(width * 0.6);
  const margin = { top: 28, right: 12, bottom: 28, left: 12 };
  const plotH = height - margin.top - margin.bottom;
  const band = (width - margin.left - margin.right) / data.length;
  const max = Math.max(...data.map((d) => d.value));
  const baseline = margin.top + plotH;
  const tallest = data.reduce((a, b) => (b.value > a.value ? b : a));

  const marks: Mark[] = [
    {
      kind: 'line',
      key: 'baseline',
      className: 'axis',
      x1: margin.left,
      y1: baseline,
      x2: width - margin.right,
      y2: baseline,
    },
  ];
  data.forEach((d, i) => {
    const risen = stateIndex >= 2 || (stateIndex === 1 && i === 0);
    const h = risen ? (d.value / max) * plotH : 0;
    const x = margin.left + i * band + band * 0.15;
    const dimmed = stateIndex === 3 && d !== tallest;
    marks.push({
      kind: 'rect',
      key: `bar-${d.id}`,
      className: stateIndex === 3 && d === tallest ? 'bar highlight' : 'bar',
      x,
      y: baseline - h,
      width: band * 0.7,
      height: h,
      opacity: dimmed ? 0.35 : 1,
      label: `${d.label}: ${risen ? d.value : 0}`,
      focusable: risen,
      data: { id: d.id },
    });
    marks.push({
      kind: 'text',
      key: `label-${d.id}`,
      x: x + band * 0.35,
      y: baseline + 18,
      text: d.label,
      fontSize: 13,
      anchor: 'middle',
    });
  });
  if (stateIndex === 3) {
    const i = data.indexOf(tallest);
    marks.push({
      kind: 'text',
      key: 'note-tallest',
      className: 'annotation',
      x: margin.left + i * band + band * 0.5,
      y: margin.top - 8,
      text: 'Tallest',
      fontSize: 13,
      anchor: 'middle',
    });
  }
  return { width, height, title: TITLES[stateIndex] ?? '', description: states[stateIndex]?.description ?? '', marks };
}
