import { describe, expect, it } from 'vitest';
import { inOnePassage } from '../../quote-passages.ts';
import { readResearch, researchNotes } from '../../research.ts';

describe('a quote must be one contiguous passage of one source text', () => {
  const notes = researchNotes();

  it('accepts a run of words from inside one excerpt', () => {
    expect(inOnePassage('If someone makes them, we’ll respond.', notes)).toBe(true);
  });

  it('refuses a quote spliced from the end of one research line and the start of the next', () => {
    const lines = readResearch('statements-and-sources.md')
      .split('\n')
      .filter((l) => l.trim().length > 40);
    const [a, b] = [lines[10]!, lines[11]!];
    const tail = a.trim().slice(-30);
    const head = b.trim().slice(0, 30);
    expect(inOnePassage(tail, notes)).toBe(true);
    expect(inOnePassage(head, notes)).toBe(true);
    expect(inOnePassage(`${tail} ${head}`, notes)).toBe(false);
  });

  it('refuses a quote that runs across the " … " joining two excerpts in one note', () => {
    const texts = [
      '- **Excerpt:** "I found it very worrisome." … "I just didn’t find that there was a causative link there."',
    ];
    expect(inOnePassage('I found it very worrisome.', texts)).toBe(true);
    expect(
      inOnePassage('I found it very worrisome. I just didn’t find that there was a causative link there.', texts),
    ).toBe(false);
    expect(inOnePassage('I found it very worrisome." … "I just didn’t find', texts)).toBe(false);
  });

  it('refuses two sentences from two different files joined as one', () => {
    expect(inOnePassage('One sentence here. Another there.', ['x One sentence here.', 'Another there. y'])).toBe(false);
  });
});
