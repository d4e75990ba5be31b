import { describe, expect, it } from 'vitest';
import { entrySteps, stepForEntry } from '~/lib/story/entry-step.ts';

const steps = [{ state: 0 }, { state: 1 }, { state: 2 }];
const states = {
  0: { 'statement-a': { class: 'node', opacity: '1' }, 'statement-b': { class: 'node', opacity: '0' } },
  1: { 'statement-a': { class: 'node inactive' }, 'statement-b': { class: 'node active', opacity: '1' } },
  2: { 'statement-a': { class: 'node active' }, 'statement-ab': { class: 'node active' } },
};

describe('the step a link to a data entry opens', () => {
  it('is the first step whose state singles the entry out', () => {
    expect(stepForEntry('b', steps, states)).toBe(1);
    expect(stepForEntry('a', steps, states)).toBe(2);
  });

  it('is otherwise the first step where its mark is visible, or none', () => {
    expect(stepForEntry('a', [{ state: 0 }, { state: 1 }], states)).toBe(0);
    expect(stepForEntry('a', [{ state: 0 }], states, true)).toBe(-1);
    expect(stepForEntry('missing', steps, states)).toBe(-1);
  });

  it('matches the whole entry id, not a prefix ("inactive" is not "active" either)', () => {
    expect(stepForEntry('b', [{ state: 2 }], states)).toBe(-1);
    expect(stepForEntry('a', [{ state: 1 }], states, true)).toBe(-1);
  });
});

describe('entry → step, computed at build time', () => {
  it('maps each entry a mark stands for to the step that singles it out, else the first that shows it', () => {
    const states = {
      0: { 'statement-a': { opacity: '1' }, 'statement-b': { opacity: '0' }, 'axis-x': { opacity: '1' } },
      1: { 'statement-a': { opacity: '1' }, 'statement-b': { class: 'mark active', opacity: '1' } },
    };
    expect(entrySteps([{ state: 0 }, { state: 1 }], states)).toEqual({
      a: { step: 0, singled: false },
      b: { step: 1, singled: true },
    });
    expect(entrySteps([{ state: 0 }], states)).toEqual({ a: { step: 0, singled: false } });
  });
});
