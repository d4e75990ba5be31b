import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import demo from '../fixtures/graphics/demo/index.ts';
import { demoData } from '../fixtures/graphics/demo/layout.ts';
import { getGraphic, loadGraphicData } from '~/components/scrolly/graphics.ts';
import {
  WIDTHS,
  buildSection,
  fillFigures,
  jsonForScript,
  parseSteps,
  renderCard,
  resolveSteps,
  stepMarker,
  unionMarks,
} from '~/components/scrolly/section-build.ts';
import { figureFiles } from './figure-files.ts';

const data = demoData();
const stateCount = demo.states.length;
const steps = [
  { id: 'one', state: 0 },
  { id: 'two', state: 1 },
  { id: 'three', state: 3 },
];

describe('demo layout: state is a pure function of the step index', () => {
  it('gives the same spec for the same state however often it is asked', () => {
    for (let k = 0; k < stateCount; k += 1) {
      expect(demo.layout(data, 640, k)).toEqual(demo.layout(data, 640, k));
    }
  });
  it('raises bars step by step and highlights the tallest last', () => {
    const height = (k: number, key: string) => {
      const m = demo.layout(data, 640, k).marks.find((x) => x.key === key);
      return m?.kind === 'rect' ? m.height : NaN;
    };
    expect(height(0, 'bar-a')).toBe(0);
    expect(height(1, 'bar-a')).toBeGreaterThan(0);
    expect(height(1, 'bar-b')).toBe(0);
    expect(height(2, 'bar-b')).toBeGreaterThan(height(2, 'bar-a'));
    expect(demo.layout(data, 640, 3).marks.find((m) => m.key === 'bar-b')?.className).toContain('highlight');
    expect(demo.layout(data, 640, 3).marks.some((m) => m.key === 'note-tallest')).toBe(true);
  });
  it('rejects states out of range', () => {
    expect(() => demo.layout(data, 640, 4)).toThrow(RangeError);
    expect(() => demo.layout(data, 640, -1)).toThrow(RangeError);
  });
  it('keeps text at 12 px or more at both drawn widths', () => {
    for (const w of Object.values(WIDTHS))
      for (let k = 0; k < stateCount; k += 1)
        for (const m of demo.layout(data, w, k).marks)
          if (m.kind === 'text') expect(m.fontSize).toBeGreaterThanOrEqual(12);
  });
});

describe('graphics a section can name', () => {
  it('finds the story graphics and the demo, and explains an unknown one', async () => {
    expect(getGraphic('demo').states).toHaveLength(4);
    expect(getGraphic('toll-2019').name).toBe('toll-2019');
    expect(() => getGraphic('nope')).toThrow(/graphic "nope": unknown \(fix: one of .*toll-2019/);
    expect(await loadGraphicData('demo')).toEqual(data);
    const toll = (await loadGraphicData('toll-2019')) as { deaths: unknown[]; annual: unknown[] };
    expect(toll.deaths.length).toBeGreaterThan(0);
    expect(toll.annual.length).toBeGreaterThan(0);
    const sanctions = (await loadGraphicData('sanctions-path')) as { proposals: unknown[]; reply: { id: string } };
    expect(sanctions.proposals.length).toBeGreaterThan(0);
    expect(sanctions.reply.id).toBe('2020-06-11-kremlin-peskov');
    const timeline = (await loadGraphicData('statements-timeline')) as { statements: { phase: string }[] };
    expect(timeline.statements.length).toBeGreaterThanOrEqual(15);
    expect(timeline.statements.some((s) => s.phase === 'prelude')).toBe(false);
    await expect(loadGraphicData('no-such-graphic')).rejects.toThrow(/no data loader/);
  });
});

describe('section build', () => {
  it('reads the steps Step left in the slot, in order, and resolves state names or indexes', () => {
    const html = `<div>${stepMarker('one', 0)}</div><p>x</p><div>${stepMarker('two', 'tallest')}</div>`;
    const raw = parseSteps(html);
    expect(raw).toEqual([
      { id: 'one', state: '0' },
      { id: 'two', state: 'tallest' },
    ]);
    expect(resolveSteps('sec', raw, demo.states)).toEqual([
      { id: 'one', state: 0 },
      { id: 'two', state: 3 },
    ]);
  });

  it('fails the build with a message naming section, step and field', () => {
    const r = (steps: { id: string; state: string }[]) => () => resolveSteps('sec', steps, demo.states);
    expect(r([{ id: 'one', state: '7' }])).toThrow('scrolly section "sec" › step "one" › state: "7" is not a state');
    expect(r([{ id: 'one', state: 'risen' }])).toThrow(/fix: one of 0 at-zero, 1 a-rises/);
    const twice = [
      { id: 'one', state: '0' },
      { id: 'one', state: '1' },
    ];
    expect(r(twice)).toThrow(/step "one" › id: duplicate/);
    expect(r([{ id: 'Bad Id', state: '0' }])).toThrow(/step "Bad Id" › id/);
    expect(r([])).toThrow(/steps: none/);
    expect(r([{ id: 'sec', state: '0' }])).toThrow(/duplicate/);
  });

  it('embeds, per used state and sticky copy, the attributes that changed since the state before', () => {
    const built = buildSection(demo, data, 'sec', steps);
    expect(built.payload.steps).toEqual(steps);
    expect(built.payload.live.wide.order).toEqual([0, 1, 3]);
    const wide3 = demo.layout(data, WIDTHS.wide, 3);
    const barB = wide3.marks.find((m) => m.key === 'bar-b');
    expect(barB?.kind === 'rect' && built.payload.live.wide.changes[2]?.['bar-b']?.height).toBe(
      String(Math.round((barB as { height: number }).height * 100) / 100),
    );
    // The first state is what the page draws: nothing to change. Bar A's rise changes only bar A's geometry.
    expect(built.payload.live.wide.changes[0]).toEqual({});
    expect(Object.keys(built.payload.live.narrow.changes[1] ?? {})).toContain('bar-a');
    expect(Object.keys(built.payload.live.narrow.changes[1] ?? {})).not.toContain('bar-b');
    expect(built.payload.titles[1]).toBe('Bar A rises to 3');
  });

  it('draws the live graphic with every mark any step needs, the later ones invisible', () => {
    const built = buildSection(demo, data, 'sec', steps);
    // Served empty, at the drawing's viewBox; the marks are fetched with the states.
    expect(built.live.narrow).toMatch(/^<svg [^>]*><\/svg>$/);
    expect(built.live.wide).toMatch(/^<svg [^>]*><\/svg>$/);
    for (const svg of [built.payload.live.narrow.marks, built.payload.live.wide.marks]) {
      expect(svg).toContain('data-key="note-tallest"');
      expect(svg).toMatch(/data-key="note-tallest"[^>]*opacity="0"/);
      expect(svg).not.toMatch(/tabindex|role=/);
    }
    expect(built.live.narrow).toContain(`viewBox="0 0 ${WIDTHS.narrow} `);
    expect(built.live.wide).toContain(`viewBox="0 0 ${WIDTHS.wide} `);
    const union = unionMarks([demo.layout(data, 640, 0), demo.layout(data, 640, 3)]);
    expect(union.filter((m) => m.key === 'bar-a')).toHaveLength(1);
  });

  it('puts each step’s static narrow figure and its description where the marker was', () => {
    const built = buildSection(demo, data, 'sec', steps);
    const files = figureFiles();
    const html = fillFigures(
      `<div id="two">${stepMarker('two', 'a-rises')}</div>`,
      built,
      [{ id: 'two', state: 1 }],
      files,
    );
    // Cropped to the state's own marks: the demo's bars stand on a baseline at 164 of 192.
    expect(files.emitted.get('/_files/figure-two.svg')).toMatch(/viewBox="0 \d+ 320 \d+"/);
    expect(html).toContain('<img src="/_files/figure-two.svg" alt="Bar A rises to 3. ');
    expect(html).toContain('The graphic shows: Bar A has risen to 3');
  });

  it('draws every figure as an image of its own SVG file, the focus figure’s with its labelled marks', () => {
    const built = buildSection(demo, data, 'sec', steps);
    const files = figureFiles(':root{--text:#111}');
    const $ = load(
      fillFigures(
        steps.map((s) => `<div id="${s.id}">${stepMarker(s.id, s.state)}</div>`).join(''),
        built,
        steps,
        files,
      ),
    );
    const focus = built.focusStep;
    expect(focus).toBe('three');
    for (const step of steps) {
      const figure = $(`#${step.id} figure.scrolly-step__figure`);
      const img = figure.children('img');
      const file = files.emitted.get(`/_files/figure-${step.id}.svg`) ?? '';
      const [, width, height] = /viewBox="0 [\d.]+ ([\d.]+) ([\d.]+)" width="\1" height="\2"/.exec(file) ?? [];
      expect(width, step.id).toBe('320');
      expect(img.attr('src'), step.id).toBe(`/_files/figure-${step.id}.svg`);
      expect([img.attr('width'), img.attr('height'), img.attr('loading')], step.id).toEqual([width, height, 'lazy']);
      // The image's text alternative is the drawing's title and description, as its <title> and <desc>.
      const drawing = load(file, { xml: true });
      expect(img.attr('alt'), step.id).toBe(`${drawing('svg > title').text()}. ${drawing('svg > desc').text()}`);
      expect(figure.attr('style'), step.id).toBeUndefined();
      expect(file).toContain('<style><![CDATA[:root{--text:#111}]]></style>');
      // Every image is a single picture: no tab stops, no labels.
      expect(drawing('svg').attr('role'), step.id).toBe('img');
      expect(file, step.id).not.toMatch(/tabindex|aria-label=/);
      // The focus figure names its labelled drawing, for the page: the marks' labels, one tab stop,
      // ids the page can take, and no styles or patterns of its own.
      if (step.id === focus) {
        expect(figure.attr('data-labelled-marks')).toBe('/_files/marks-three.svg');
        const marks = load(files.emitted.get('/_files/marks-three.svg') ?? '', { xml: true });
        expect(marks('svg').attr('role')).toBe('group');
        expect(marks('#three-figure-title').is('title')).toBe(true);
        expect(marks('[data-key][aria-label][role="img"][tabindex]')).toHaveLength(4);
        expect(marks('[tabindex="0"]')).toHaveLength(1);
        expect(marks('style, defs')).toHaveLength(0);
        expect(marks('svg').attr('viewBox')).toBe(drawing('svg').attr('viewBox'));
      } else {
        expect(figure.is('[data-labelled-marks]'), step.id).toBe(false);
      }
    }
    expect($('[data-labelled-marks]')).toHaveLength(1);
    expect($('svg')).toHaveLength(0);
  });

  it('draws the graphic class, and each pattern once, from every state used', () => {
    const built = buildSection(demo, data, 'sec', steps);
    expect(built.live.wide).toContain('class="graphic graphic-demo graphic--wide"');
    expect(built.defs).toEqual([]);
  });

  it('renders a quote card verbatim, escaped, with speaker, channel, date and source', () => {
    const html = renderCard({
      key: 'k',
      speaker: 'A <speaker>',
      channel: 'Channel',
      date: '1 July 2020',
      quote: 'We said "this".',
      source: 'Outlet, Title, 1 July 2020',
    });
    expect(html).toContain('<blockquote class="quote-card__quote"><p>We said &quot;this&quot;.</p></blockquote>');
    expect(html).toContain('A &lt;speaker&gt;');
    expect(html).toContain('Source: Outlet, Title, 1 July 2020');
    expect(
      renderCard({ key: 'k', speaker: 'S', channel: 'C', date: 'D', quote: '', summary: 'Sum', source: 'Src' }),
    ).not.toContain('blockquote');
  });

  it('escapes JSON so it cannot close its script element', () => {
    expect(jsonForScript({ a: '</script><!--' })).not.toMatch(/<\/script|<!--/);
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
