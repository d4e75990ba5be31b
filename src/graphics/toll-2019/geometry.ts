import type { CircleMark, Mark } from '../spec.ts';

const MARGIN = 12;

export interface Geometry {
  width: number;
  fontSize: number;
  r: number;
  gap: number;
  plotLeft: number;
  plotRight: number;
}

export function geometry(width: number): Geometry {
  const fontSize = width < 600 ? 12 : width < 1000 ? 13 : 14;
  const r = width < 480 ? 5 : width < 900 ? 7 : 9;
  return { width, fontSize, r, gap: 2, plotLeft: MARGIN, plotRight: width - MARGIN };
}

export const circle = (key: string, cx: number, cy: number, r: number, className: string): CircleMark => ({
  kind: 'circle',
  key,
  cx,
  cy,
  r,
  className,
});

export const sampleRect =
  (className: string, size: number) =>
  (cx: number, cy: number, key: string): Mark[] => [
    { kind: 'rect', key, x: cx - size / 2, y: cy - size / 2, width: size, height: size, className },
  ];
