import { describe, expect, it } from 'vitest';
import {
  activeStepIndex,
  announcement,
  stepOf,
  attributesForState,
  clampStep,
  idFromHash,
  milliseconds,
  readingLine,
  sectionAtLine,
} from '~/client/scrolly/state.ts';

describe('activeStepIndex', () => {
  const line = 400;
  it('is the last step whose top has passed the trigger line', () => {
    expect(activeStepIndex([100, 350, 900, 1500], line)).toBe(1);
    expect(activeStepIndex([-900, -300, 400, 1000], line)).toBe(2);
  });
  it('is the first step before the section and the last step after it', () => {
    expect(activeStepIndex([800, 1400, 2000], line)).toBe(0);
    expect(activeStepIndex([-3000, -2000, -1000], line)).toBe(2);
  });
  it('depends only on where the steps are, not on how the reader got there', () => {
    const tops = (scrollY: number) => [500, 1100, 1700, 2300].map((t) => t - scrollY);
    // A slow read and a fling that lands on the same scroll position agree.
    let slow = 0;
    for (let y = 0; y <= 1500; y += 10) slow = activeStepIndex(tops(y), line);
    expect(activeStepIndex(tops(1500), line)).toBe(slow);
    expect(slow).toBe(2);
    // Coming back up from below gives the same answer as going down.
    for (let y = 4000; y >= 1500; y -= 10) slow = activeStepIndex(tops(y), line);
    expect(slow).toBe(2);
  });
  it('handles an empty section', () => {
    expect(activeStepIndex([], line)).toBe(0);
  });
});

describe('sectionAtLine', () => {
  it('finds the section that spans the line, or none between sections', () => {
    const boxes = [
      { top: -500, bottom: 300 },
      { top: 700, bottom: 1500 },
    ];
    expect(sectionAtLine(boxes, 200)).toBe(0);
    expect(sectionAtLine(boxes, 500)).toBe(-1);
    expect(sectionAtLine(boxes, 700)).toBe(1);
  });
});

describe('stepper and hash helpers', () => {
  it('clamps stepper moves into the section', () => {
    expect(clampStep(-1, 4)).toBe(0);
    expect(clampStep(4, 4)).toBe(3);
    expect(clampStep(2, 4)).toBe(2);
  });
  it('reads ids from hashes, decoded', () => {
    expect(idFromHash('#bar-a-rises')).toBe('bar-a-rises');
    expect(idFromHash('#caf%C3%A9')).toBe('café');
    expect(idFromHash('')).toBe('');
    expect(idFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });
  it('announces the step number and the state title only', () => {
    expect(announcement(stepOf(undefined, 1, 4), 'Bar A rises to 3')).toBe('Step 2 of 4: Bar A rises to 3');
  });
  it('counts steps in the words of the page’s edition', () => {
    expect(stepOf('Шаг {n} из {total}', 2, 9)).toBe('Шаг 3 из 9');
  });
});

describe('attributesForState', () => {
  it('fades out every mark the state does not have', () => {
    const out = attributesForState(['a', 'b'], { a: { height: '10', opacity: '1' } });
    expect(out).toEqual({ a: { height: '10', opacity: '1' }, b: { opacity: '0' } });
  });
});

describe('readingLine', () => {
  it('is the trigger line, except at the very end of the page where it is the bottom edge', () => {
    expect(readingLine(200, 800, 500)).toBe(200);
    expect(readingLine(200, 800, 0)).toBe(800);
    expect(readingLine(200, 800, 0.5)).toBe(800);
  });
});

describe('milliseconds', () => {
  it('reads a CSS time as written or as the minifier writes it, and nothing as 0', () => {
    expect(milliseconds('400ms')).toBe(400);
    expect(milliseconds(' .4s')).toBe(400);
    expect(milliseconds('0s')).toBe(0);
    expect(milliseconds('')).toBe(0);
  });
});
