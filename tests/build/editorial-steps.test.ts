import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prosePages } from './editorial.ts';
import { figureDrawing } from './dist.ts';

/**
 * Steps over the statements timeline name a state by number (state k = the k-th statement in the
 * graphic's order). The number is fragile if statements are added or reordered, so this table says
 * which statement each step's prose is about, and the test checks the quote card the build drew for
 * the step names that statement's speaker.
 */
const STEP_STATEMENT: Record<string, string> = {
  'statements-embassy-tweets': '2020-06-27-russian-embassy-us-threats-tweet',
  'statements-foreign-ministry': '2020-06-27-russian-foreign-ministry',
  'statements-taliban': '2020-06-27-taliban',
  'statements-white-house-denial': '2020-06-27-white-house-mcenany',
  'statements-trump-morning': '2020-06-28-trump-nobody-briefed-tweet',
  'statements-kremlin-lies': '2020-06-29-kremlin-peskov-lies',
  'statements-pentagon': '2020-06-29-pentagon-hoffman',
  'statements-written-brief': '2020-06-29-new-york-times-written-briefing',
  'statements-uk': '2020-06-30-uk-defence-secretary-wallace',
  'statements-nsa': '2020-06-30-wall-street-journal',
  'statements-trump-july': '2020-07-01-trump-hoax-tweet',
  'statements-mckenzie': '2020-07-07-centcom-mckenzie',
  'statements-april-2021': '2021-04-15-white-house-psaki',
  'threats-first-tweet': '2020-06-27-russian-embassy-us-blamerussians-tweet',
  'threats-claim': '2020-06-27-russian-embassy-us-threats-tweet',
  'threats-demand': '2020-06-27-russian-embassy-us-vienna-convention-tweet',
  'threats-london': '2020-06-29-russian-embassy-uk',
  'threats-antonov': '2020-06-russian-ambassador-antonov',
};

const statements = parse(readFileSync('content/data/statements.yaml', 'utf8')) as { id: string; actor: string }[];
const actor = new Map(statements.map((s) => [s.id, s.actor]));
const pages = prosePages();

it('names only statements that exist', () => {
  for (const [step, id] of Object.entries(STEP_STATEMENT)) expect(actor.has(id), `${step} → ${id}`).toBe(true);
});

const stepsOf = ({ $ }: (typeof pages)[number]) =>
  $('[id]').filter((_, el) => Object.hasOwn(STEP_STATEMENT, $(el).attr('id') ?? ''));
const withSteps = pages.filter((p) => stepsOf(p).length > 0);

it('finds every step of the table on a page', () => {
  const found = withSteps.flatMap((p) =>
    stepsOf(p)
      .map((_, el) => p.$(el).attr('id'))
      .get(),
  );
  expect(found.sort()).toEqual(Object.keys(STEP_STATEMENT).sort());
});

describe.each(withSteps.map((p) => [p.path, p] as const))('%s', (_path, page) => {
  const { $ } = page;
  const steps = stepsOf(page);
  it('shows, at each timeline step, the statement its prose is about', () => {
    steps.each((_, el) => {
      const id = $(el).attr('id') ?? '';
      const speaker = $(el).find('.quote-card__speaker').first().text().trim();
      expect(speaker, `step #${id} should show ${STEP_STATEMENT[id]}`).toBe(actor.get(STEP_STATEMENT[id] ?? ''));
    });
  });
});

/**
 * Steps over the report, ledger and sanctions graphics: the words the step's own figure must show,
 * so a reordering of reports, assessments or states cannot leave the prose beside the wrong mark.
 */
const STEP_NAMES: Record<string, string> = {
  'report-published': 'The New York Times, 26 Jun 2020',
  'report-peskov': 'Dmitry Peskov',
  'ledger-nsa-dissent': 'The Wall Street Journal',
  'ledger-military-doubt': 'Gen. Kenneth F. McKenzie Jr.',
  'ledger-april-2021': 'low to moderate confidence',
  'sanctions-kremlin-reply': 'Dmitry Peskov',
  'sanctions-outcomes': 'What became of the',
};

it('names, in each step’s figure, what the step’s prose is about', () => {
  const found: string[] = [];
  for (const { $ } of pages)
    for (const [step, words] of Object.entries(STEP_NAMES)) {
      const figure = $(`#${step} .scrolly-step__figure`);
      if (figure.length === 0) continue;
      found.push(step);
      const drawing = figureDrawing($, figure.get(0));
      const text = drawing
        .$('svg text')
        .map((_, t) => drawing.$(t).text())
        .get()
        .join(' ');
      expect(text, `#${step}`).toContain(words);
    }
  expect(found.sort()).toEqual(Object.keys(STEP_NAMES).sort());
});
