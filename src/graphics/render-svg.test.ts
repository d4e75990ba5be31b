import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { escapeXml, markGeometry, renderDefs, renderSvg } from './render-svg.ts';
import type { GraphicSpec } from './spec.ts';

const spec: GraphicSpec = {
  width: 300,
  height: 150,
  title: 'Bars & "quotes" <b>',
  description: 'A <script> test',
  marks: [
    {
      kind: 'rect',
      key: 'bar-a',
      x: 10,
      y: 20.123,
      width: 30,
      height: 40,
      label: 'A: 3',
      focusable: true,
      data: { id: 'a' },
    },
    { kind: 'circle', key: 'dot', cx: 5, cy: 6, r: 2, label: 'A dot', opacity: 0.5 },
    { kind: 'text', key: 'label', x: 1, y: 2, text: '<Tom & Jerry>', fontSize: 12, anchor: 'middle' },
    { kind: 'line', key: 'axis', x1: 0, y1: 1, x2: 2, y2: 3, className: 'axis' },
    { kind: 'path', key: 'curve', d: 'M0,0L1,1' },
  ],
};

describe('renderSvg', () => {
  it('draws every mark, keying the ones with details and escaping text and attributes', () => {
    const $ = load(renderSvg(spec, { idPrefix: 'g1' }), { xml: true });
    expect(
      $('[data-key]')
        .map((_, el) => $(el).attr('data-key'))
        .get(),
    ).toEqual(['bar-a', 'dot']);
    expect($('svg > *').length).toBe(7);
    expect($('text').not('title, desc').text()).toBe('<Tom & Jerry>');
    // A still figure leaves the default opacity out.
    expect($('line').attr('opacity')).toBeUndefined();
    expect($('title').text()).toBe('Bars & "quotes" <b>');
    expect($('desc').text()).toBe('A <script> test');
    expect($('rect').attr('y')).toBe('20.12');
    expect($('rect').attr('data-id')).toBe('a');
    expect($('line').attr('class')).toBe('axis');
    expect($('rect').attr('class')).toBeUndefined();
    expect($('path').attr('d')).toBe('M0,0L1,1');
    expect($('circle').attr('opacity')).toBe('0.5');
  });

  it('keys every mark and writes every attribute a state may change on a live copy, with no entry data', () => {
    const $ = load(renderSvg(spec, { idPrefix: 'g1', interactive: false, live: true }), { xml: true });
    expect(
      $('[data-key]')
        .map((_, el) => $(el).attr('data-key'))
        .get(),
    ).toEqual(['bar-a', 'dot', 'label', 'axis', 'curve']);
    expect($('line').attr('opacity')).toBe('1');
    expect($('[data-id]').length).toBe(0);
  });

  it('never lets a text value break out of the markup', () => {
    const svg = renderSvg(
      {
        ...spec,
        marks: [{ kind: 'text', key: 'x', x: 0, y: 0, text: '</svg><script>alert(1)</script>', fontSize: 12 }],
      },
      { idPrefix: 'g' },
    );
    expect(svg).not.toContain('<script>');
    expect(escapeXml(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
  });

  it('makes labelled focusable marks keyboard reachable inside a group labelled by title and desc', () => {
    const $ = load(renderSvg(spec, { idPrefix: 'g1' }), { xml: true });
    expect($('svg').attr('role')).toBe('group');
    expect($('svg').attr('aria-labelledby')).toBe('g1-title');
    expect($('#g1-title').is('title')).toBe(true);
    expect($('rect').attr('tabindex')).toBe('0');
    expect($('rect').attr('role')).toBe('img');
    expect($('rect').attr('aria-label')).toBe('A: 3');
    // Labelled but not focusable: named for screen readers, not a tab stop.
    expect($('circle').attr('aria-label')).toBe('A dot');
    expect($('circle').attr('tabindex')).toBeUndefined();
  });

  it('puts only the first focusable mark in the tab order: the arrow keys reach the others', () => {
    const bars = [0, 1, 2].map((i) => ({ ...spec.marks[0]!, key: `bar-${i}` }));
    const $ = load(renderSvg({ ...spec, marks: [spec.marks[1]!, ...bars] }, { idPrefix: 'g4' }), { xml: true });
    expect(
      $('rect')
        .map((_, el) => $(el).attr('tabindex'))
        .get(),
    ).toEqual(['0', '-1', '-1']);
    expect($('circle').attr('tabindex')).toBeUndefined();
  });

  it('is a single image when no mark is focusable', () => {
    const $ = load(renderSvg({ ...spec, marks: [spec.marks[3]!] }, { idPrefix: 'g2' }), { xml: true });
    expect($('svg').attr('role')).toBe('img');
  });

  it('draws a decorative copy with no roles, labels or tab stops (it sits inside aria-hidden)', () => {
    const svg = renderSvg(spec, { idPrefix: 'g3', interactive: false });
    expect(svg).not.toMatch(/tabindex|role=|aria-label|<title/);
    expect(svg).toContain('focusable="false"');
  });

  it('draws pattern defs once, in user space, unless the page draws them elsewhere', () => {
    const withDefs: GraphicSpec = {
      ...spec,
      defs: [
        {
          kind: 'pattern',
          id: 'demo-hatch',
          width: 6,
          height: 6,
          patternTransform: 'rotate(45)',
          marks: [{ kind: 'line', key: 'h', x1: 0, y1: 0, x2: 0, y2: 6 }],
        },
      ],
    };
    const $ = load(renderSvg(withDefs, { idPrefix: 'g4' }), { xml: true });
    expect($('defs pattern#demo-hatch').attr('patternUnits')).toBe('userSpaceOnUse');
    expect($('defs pattern line')).toHaveLength(1);
    expect(renderSvg(withDefs, { idPrefix: 'g5', includeDefs: false })).not.toContain('demo-hatch');
    expect(renderDefs([])).toBe('');
  });

  it('refuses duplicate keys and non-finite numbers', () => {
    expect(() => renderSvg({ ...spec, marks: [spec.marks[0]!, spec.marks[0]!] }, { idPrefix: 'g' })).toThrow(
      /duplicate mark key "bar-a"/,
    );
    expect(() => markGeometry({ kind: 'circle', key: 'c', cx: NaN, cy: 0, r: 1 })).toThrow(/non-finite/);
  });
});
