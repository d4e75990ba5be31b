/**
 * Every word the share images write, in both editions: the chapter line, the cards' sentences, chart
 * labels and text alternatives (share-cards.ts counts the numbers and picks the words from here). The
 * English is the original wording; the Russian follows the edition's terms (the chapters' own words,
 * the graphics' words.ts: «от действий противника», «Правительство России», «мера принята»…).
 */
import { ACTOR_GROUP_NAMES } from '../i18n/groups.ts';
import { formatSourceDate, MONTHS } from '../content/cite.ts';
import { longDate } from '../i18n/dates.ts';
import type { Locale } from '../i18n/locales.ts';
import { pluralForm, type NounForms } from '../i18n/plural.ts';

export interface TollCounts {
  total: number;
  combat: number;
  hostile: number;
}

export interface ShareWords {
  locale: Locale;
  /** The chapter line at the top of a chapter's card. */
  chapterLine: (order: number, title: string) => string;
  /** The small line over the title of a card without a chart. */
  kicker: (siteTitle: string, order: number) => string;
  /** A calendar day in the edition's style: "26 June 2020", «26 июня 2020 года». */
  longDate: (iso: string) => string;
  /** A quotation as the big text: “…” or «…». */
  quoted: (text: string) => string;
  /** Average glyph widths (regular, bold) in em of the edition's script, for wrapping with room to spare. */
  em: { regular: number; bold: number };
  groups: Record<string, string>;
  report: {
    sentence: string;
    /** The calendar's heading and weekday letters; undefined: the chart's English defaults. */
    month?: (year: number, month: number) => string;
    weekdays?: readonly string[];
    alt: (year: number, month: number, day: number) => string;
  };
  toll: {
    big: (c: TollCounts) => string;
    sentence: string;
    rows: (
      c: TollCounts,
    ) => [{ label: string; note?: string }, { label: string; note?: string }, { label: string; note?: string }];
    alt: (c: TollCounts) => string;
  };
  who: {
    sentence: (count: number, first: string | undefined, groups: number) => string;
    alt: (rows: readonly { label: string; count: number }[]) => string;
  };
  threats: { sentence: string; chartTitle: string; alt: (tweets: number) => string };
  sanctions: {
    outcome: (status: string, count: number) => string;
    sentence: (count: number, date: string | undefined) => string;
    alt: (labels: readonly string[]) => string;
  };
  known: {
    sentence: (actor: string, date: string) => string;
    steps: readonly string[];
    alt: string;
  };
}

const enLongDate = (iso: string): string => formatSourceDate(iso) ?? iso;
const enNumbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const enInWords = (n: number) => enNumbers[n] ?? String(n);

const EN_OUTCOMES: Record<string, string> = {
  enacted: 'enacted',
  'partly-enacted': 'partly enacted',
  'introduced-not-passed': 'introduced, not passed',
  'not-enacted': 'not enacted',
  'no-source-found': 'no source found',
};

const en: ShareWords = {
  locale: 'en',
  chapterLine: (order, title) => `Chapter ${order} · ${title}`,
  kicker: (siteTitle, order) => `${siteTitle} · Chapter ${order}`,
  longDate: enLongDate,
  quoted: (text) => `“${text}”`,
  em: { regular: 0.58, bold: 0.66 },
  groups: ACTOR_GROUP_NAMES.en,
  report: {
    // The chapter's dek, word for word.
    sentence:
      'A newspaper said US intelligence officials had reached a conclusion about Russia and the war in Afghanistan.',
    alt: (y, m, d) => `A calendar of ${MONTHS[m - 1]} ${y} with the ${d}th marked.`,
  },
  toll: {
    big: ({ total, combat, hostile }) => `${hostile}, ${combat} or ${total}`,
    sentence: 'US military deaths in Afghanistan in 2019, counted by three rules.',
    rows: ({ total, combat, hostile }) => [
      { label: `${total} died` },
      { label: `${combat} killed in combat, NYT and AP count` },
      { label: `${hostile} hostile, Pentagon count` },
    ],
    alt: ({ total, combat, hostile }) =>
      `Rows of dots, one per death: ${total} died, ${combat} killed in combat as NYT and AP counted, ${hostile} hostile in the Pentagon's count.`,
  },
  who: {
    sentence: (_count, first, groups) =>
      `statements from ${first ? enLongDate(first) : ''} on, by ${enInWords(groups)} groups of speakers, in order.`,
    alt: (rows) => `One dot per statement by group: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}.`,
  },
  threats: {
    sentence: `On 27 June 2020 Russia's embassy in Washington asked US authorities to meet their duties under a 1961 treaty.`,
    chartTitle: `Russian government statements, 26 Jun – 5 Jul 2020`,
    alt: (tweets) =>
      `Russian government statements by day, 26 June to 5 July 2020; 27 June is marked, with ${tweets} embassy tweets.`,
  },
  sanctions: {
    outcome: (status, count) => `${count} ${EN_OUTCOMES[status] ?? status}`,
    sentence: (_count, date) =>
      `measures against Russia, proposed by a group of House Republicans on ${date ? enLongDate(date) : '10 June 2020'}. What became of them:`,
    alt: (labels) => `One square per measure: ${labels.join(', ')}.`,
  },
  known: {
    sentence: (_actor, date) => `The White House on US intelligence about the bounty reports, ${enLongDate(date)}.`,
    steps: ['low', 'moderate', 'high'],
    alt: 'A confidence scale of low, moderate and high, filled from low to moderate.',
  },
};

// Russian. Counts agree with their nouns (pluralForm); a number and its noun, and a date's parts, are
// joined by no-break spaces so no line starts with «года» or a bare noun.
const NBSP = '\u00a0';
const ruCount = (n: number, forms: NounForms) => `${n}${NBSP}${pluralForm('ru', n, forms)}`;
const RU_MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];
/** Cardinal numbers in the genitive, after «от»: «от пяти групп». */
const RU_GENITIVE = [
  'ни одной',
  'одной',
  'двух',
  'трёх',
  'четырёх',
  'пяти',
  'шести',
  'семи',
  'восьми',
  'девяти',
  'десяти',
];
const KILLED: NounForms = ['погибший', 'погибших', 'погибших'];
const STATEMENTS: NounForms = ['заявление', 'заявления', 'заявлений'];
const TWEETS: NounForms = ['твит', 'твита', 'твитов'];
const MEASURES: NounForms = ['мера', 'меры', 'мер'];
/** A measure's status agrees with its count: «1 мера принята», «3 меры приняты частично». */
const RU_OUTCOMES: Record<string, [one: string, more: string]> = {
  enacted: ['принята', 'приняты'],
  'partly-enacted': ['принята частично', 'приняты частично'],
  'introduced-not-passed': ['внесена, не принята', 'внесены, не приняты'],
  'not-enacted': ['не принята', 'не приняты'],
  'no-source-found': ['источник не найден', 'источник не найден'],
};

const ru: ShareWords = {
  locale: 'ru',
  chapterLine: (order, title) => `Глава ${order} · ${title}`,
  kicker: (siteTitle, order) => `${siteTitle} · Глава ${order}`,
  longDate: (iso) => longDate('ru', iso),
  quoted: (text) => `«${text}»`,
  // Cyrillic in DejaVu Sans is wider than Latin (about 0.57 em regular, 0.65 bold, measured).
  em: { regular: 0.64, bold: 0.72 },
  groups: ACTOR_GROUP_NAMES.ru,
  report: {
    // The Russian chapter's dek, word for word, after its date (the card's big text).
    sentence:
      'Газета написала, что представители разведки США пришли к выводу, касающемуся России и войны в Афганистане.',
    month: (y, m) => `${RU_MONTHS[m - 1]} ${y}`,
    weekdays: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
    alt: (y, m, d) => `Календарь на ${RU_MONTHS[m - 1]?.toLowerCase()} ${y}${NBSP}года, отмечено ${d}-е число.`,
  },
  toll: {
    big: ({ total, combat, hostile }) => `${hostile}, ${combat} или ${total}`,
    sentence: 'Столько военнослужащих США погибло в Афганистане в 2019 году, если считать по трём разным правилам.',
    rows: ({ total, combat, hostile }) => [
      { label: ruCount(total, KILLED), note: 'все случаи гибели' },
      { label: `${ruCount(combat, KILLED)} в бою`, note: 'по подсчёту NYT и AP' },
      { label: `${hostile} — от действий противника`, note: 'по подсчёту Пентагона' },
    ],
    alt: ({ total, combat, hostile }) =>
      `Ряды точек, по одной на каждого погибшего: всего ${ruCount(total, KILLED)}, ${combat} из них погибли в бою по подсчёту NYT и AP, ${hostile} — от действий противника по подсчёту Пентагона.`,
  },
  who: {
    sentence: (count, first, groups) =>
      `${pluralForm('ru', count, STATEMENTS)}${first ? ` с ${longDate('ru', first)}` : ''} от ${RU_GENITIVE[groups] ?? groups}${NBSP}${groups === 1 ? 'группы' : 'групп'} участников, в хронологическом порядке.`,
    alt: (rows) => `Одна точка — одно заявление; по группам: ${rows.map((r) => `${r.label} — ${r.count}`).join(', ')}.`,
  },
  threats: {
    sentence:
      '27 июня 2020 года посольство России в Вашингтоне призвало власти США выполнить свои обязательства по договору 1961 года.',
    chartTitle: `Заявления российских властей, 26${NBSP}июня${NBSP}— 5${NBSP}июля 2020${NBSP}года`,
    alt: (tweets) =>
      `Заявления правительства России по дням, с 26 июня по 5 июля 2020 года; отмечено 27 июня — ${ruCount(tweets, TWEETS)} посольства.`,
  },
  sanctions: {
    outcome: (status, count) => {
      const [one, more] = RU_OUTCOMES[status] ?? [status, status];
      const single = pluralForm('ru', count, ['one', 'few', 'many']) === 'one';
      return status === 'no-source-found'
        ? `${ruCount(count, MEASURES)}: ${one}`
        : `${ruCount(count, MEASURES)} ${single ? one : more}`;
    },
    sentence: (count, date) =>
      `${pluralForm('ru', count, MEASURES)} против России предложила группа республиканцев Палаты представителей ${longDate('ru', date ?? '2020-06-10')}. Что с ними стало:`,
    alt: (labels) => `Один квадрат — одна мера: ${labels.join(', ')}.`,
  },
  known: {
    sentence: (actor, date) =>
      `${actor}, ${longDate('ru', date)}: уверенность разведки США в сообщениях о вознаграждениях — от низкой до умеренной.`,
    steps: ['низкая', 'умеренная', 'высокая'],
    alt: 'Шкала уверенности: низкая, умеренная, высокая; закрашена от низкой до умеренной.',
  },
};

export const SHARE_WORDS: Record<Locale, ShareWords> = { en, ru };
