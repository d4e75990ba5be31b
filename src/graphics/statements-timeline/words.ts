import { ACTOR_GROUP_NAMES } from '../../lib/i18n/groups.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { pluralForm, type NounForms } from '../../lib/i18n/plural.ts';
import { formatDay, formatPartialDate, monthShort } from '../shared/dates.ts';
import type { ActorGroup, Channel } from './types.ts';

/**
 * Every reader-visible word the statements timeline writes itself, per edition: lane and legend
 * labels, headings, the axis, the annotation over the chart, state descriptions, aria labels, the
 * quote card's channel and time, the table's caption and headers, the source line and the
 * description. The statements' own words (summary, actor, time note) come from the content: load.ts
 * puts the Russian ones in place for the Russian edition. Quotes stay in their own language.
 */
export interface Words {
  locale: Locale;
  groups: Record<ActorGroup, string>;
  /** As written after a comma or in brackets (the card, aria labels, descriptions). */
  channels: Record<Channel, string>;
  /** A channel as a table cell. */
  channelCell: (channel: Channel) => string;
  legend: { quoted: string; unquoted: string; active: string; future: string };
  title: string;
  /** The overview's line over the chart: "41 statements by 5 groups". */
  overviewCount: (statements: number, groups: number) => string;
  /** The annotation's date line, longest first; the layout keeps the first that fits. */
  activeDate: (when: string, day: string, state: number, count: number) => string[];
  /** The heading over the main axis, longest first. */
  mainHeading: (span: string) => string[];
  /** The heading over the later assessments, longest first. */
  laterHeading: readonly string[];
  /** The month line under a thinned day axis, longest first. */
  axisMonths: (months: string, year: number) => string[];
  /** "Apr 2021", a later assessment's month under the axis. */
  month: (d: Date) => string;
  /** Added to a month label when the statements under it have no known day. */
  undated: (label: string) => string;
  /** A day on the axis: "27 Jun". */
  day: (d: Date, withYear?: boolean) => string;
  /** A date as the sources give it ("YYYY-MM-DD", "YYYY-MM" or "YYYY"). */
  date: (value: string | Date) => string;
  /** The day and, where known, the clock time with its zone. */
  when: (day: string, time: string | undefined, tz: string | undefined) => string;
  /** A table's time cell. */
  timeCell: (time: string | undefined, tz: string | undefined) => string;
  /** A quote in running text (aria labels). */
  quoted: (text: string) => string;
  /** A source's title (a publication's own, or our description when `untitled`). */
  sourceTitle: (title: string, untitled: boolean | undefined) => string;
  overviewState: string;
  statementState: (actor: string, date: string) => string;
  /** The chart's description with an active statement. */
  activeDescription: (actor: string, when: string, channel: string, state: number, count: number) => string;
  /** The chart's description in the overview, with the counts. */
  overviewDescription: (statements: number, groups: number, initial: number, span: string, later: number) => string;
  caption: (rows: number) => string;
  header: readonly string[];
  sourceLine: (sources: number) => string;
  description: string;
}

const en: Words = {
  locale: 'en',
  groups: ACTOR_GROUP_NAMES.en,
  channels: {
    newspaper: 'Newspaper',
    twitter: 'Twitter',
    'press-briefing': 'Press briefing',
    'tv-interview': 'TV interview',
    'written-statement': 'Written statement',
    letter: 'Letter',
    hearing: 'Hearing',
    'news-agency': 'News agency',
    facebook: 'Facebook',
    remarks: 'Remarks',
  },
  channelCell: (channel) => en.channels[channel],
  legend: { quoted: 'quoted', unquoted: 'reported, no quote', active: 'this step', future: 'later than it' },
  title: 'Who said what, when',
  overviewCount: (statements, groups) =>
    `${statements} statements by ${groups === 1 ? 'one group' : `${groups} groups`}`,
  activeDate: (when, day, state, count) => [`${when} · ${state} of ${count}`, when, day],
  mainHeading: (span) => ['Statements, ' + span, span],
  laterHeading: ['Later assessments', 'Later'],
  axisMonths: (months, year) => [`${months} ${year}, US Eastern time`, `${months} ${year}`],
  month: (d) => `${monthShort(d.getUTCMonth())} ${d.getUTCFullYear()}`,
  undated: (label) => `${label} (undated)`,
  day: (d, withYear = true) => formatDay(d, withYear),
  date: (value) => formatPartialDate(value),
  when: (day, time, tz) => (time && tz ? `${day}, ${time} (${tz.replace(/_/g, ' ')})` : day),
  timeCell: (time, tz) => (time && tz ? `${time} ${tz}` : ''),
  quoted: (text) => `“${text}”`,
  sourceTitle: (title) => `“${title}”`,
  overviewState:
    'Every statement as a node in its lane by actor group, along the days from 26 June 2020, with the later assessments after a break.',
  statementState: (actor, date) => `${actor}, ${date}: the node is highlighted and its quote card shown.`,
  activeDescription: (actor, when, channel, state, count) =>
    `${actor}, ${when} (${channel}): statement ${state} of ${count}.`,
  overviewDescription: (statements, groups, initial, span, later) =>
    `${statements} statements by ${groups} groups of actors: ${initial} from ${span}, then ${later} later assessments after a break.`,
  caption: (rows) => `Statements in date order (${rows})`,
  header: ['Id', 'Date', 'Time', 'Who', 'Group', 'Channel', 'Quote', 'Summary', 'Sources'],
  sourceLine: (sources) =>
    `Sources: ${sources} published sources cited per statement (see table); times converted to US Eastern time where a clock time is documented.`,
  description:
    'Public statements on the bounty report by US press, US government, Russian government, Taliban and UK, 26 June to early July 2020, and the later assessments.',
};

/** The zones the statements' clock times are given in, as Russian news writes them. */
const RU_ZONES: Record<string, string> = {
  'America/New_York': 'по восточному времени США',
  'Europe/Moscow': 'по московскому времени',
  'Europe/London': 'по лондонскому времени',
  'Asia/Kabul': 'по кабульскому времени',
};
const ruZone = (tz: string) => RU_ZONES[tz] ?? `(${tz.replace(/_/g, ' ')})`;

const STATEMENT: NounForms = ['заявление', 'заявления', 'заявлений'];
const LATER: NounForms = ['более поздняя оценка', 'более поздние оценки', 'более поздних оценок'];
const SOURCE: NounForms = ['опубликованный источник', 'опубликованных источника', 'опубликованных источников'];
const count = (n: number, forms: NounForms) => `${n}\u00a0${pluralForm('ru', n, forms)}`;
/** "от 5 групп", "от одной группы": the genitive after «от». */
const byGroups = (n: number) => (n === 1 ? 'от одной группы' : `от ${n}\u00a0групп`);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ru: Words = {
  locale: 'ru',
  // The actor groups as the edition names them everywhere; on the chart they start a line.
  groups: ACTOR_GROUP_NAMES.ru,
  // Lower case: in Russian a channel follows a comma or sits in brackets; the table capitalises it.
  channels: {
    newspaper: 'газета',
    twitter: 'Twitter',
    'press-briefing': 'брифинг',
    'tv-interview': 'телеинтервью',
    'written-statement': 'письменное заявление',
    letter: 'письмо',
    hearing: 'слушания',
    'news-agency': 'информагентство',
    facebook: 'Facebook',
    remarks: 'выступление',
  },
  channelCell: (channel) => capital(ru.channels[channel]),
  legend: { quoted: 'с цитатой', unquoted: 'пересказ, без цитаты', active: 'этот шаг', future: 'позже него' },
  title: 'Кто что сказал и когда',
  overviewCount: (statements, groups) => `${count(statements, STATEMENT)} ${byGroups(groups)}`,
  activeDate: (when, day, state, total) => [`${when} · ${state} из ${total}`, when, day],
  mainHeading: (span) => [`Заявления, ${span}`, span],
  laterHeading: ['Более поздние оценки', 'Поздние оценки', 'Позже'],
  axisMonths: (months, year) => [`${months} ${year}, восточное время США`, `${months} ${year}`],
  month: (d) => `${monthShort(d.getUTCMonth(), 'ru')} ${d.getUTCFullYear()}`,
  undated: (label) => `${label} (без даты)`,
  day: (d, withYear = true) => formatDay(d, withYear, 'ru'),
  date: (value) => formatPartialDate(value, 'ru'),
  when: (day, time, tz) => (time && tz ? `${day}, ${time} ${ruZone(tz)}` : day),
  timeCell: (time, tz) => (time && tz ? `${time} ${ruZone(tz)}` : ''),
  // « » outside, „ “ inside; a quote that already carries its own guillemets keeps them.
  quoted: (text) => (/^«.*»$/s.test(text) ? text : `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`),
  // Our own description runs on after the publisher's name: «…, твит о том, что …» (an abbreviation
  // or a name in Latin script keeps its capital).
  sourceTitle: (title, untitled) =>
    untitled ? title.replace(/^[А-ЯЁ](?=[а-яё])/, (c) => c.toLowerCase()) : ru.quoted(title),
  overviewState:
    'Каждое заявление — точка на дорожке своей группы выступающих, по дням начиная с 26\u00a0июня 2020\u00a0года; более поздние оценки — после разрыва.',
  statementState: (actor, date) => `${actor}, ${date}: точка выделена, показана карточка заявления.`,
  activeDescription: (actor, when, channel, state, total) =>
    `${actor}, ${when} (${channel}): заявление ${state} из ${total}.`,
  overviewDescription: (statements, groups, initial, span, later) =>
    `${count(statements, STATEMENT)} ${byGroups(groups)} выступающих: ${initial} в период ${span}, затем, после разрыва, ${count(later, LATER)}.`,
  caption: (rows) => `Заявления по датам (${rows})`,
  header: ['Идентификатор', 'Дата', 'Время', 'Кто', 'Группа', 'Канал', 'Цитата', 'Кратко', 'Источники'],
  sourceLine: (sources) =>
    `Источники: по каждому заявлению — в таблице; всего ${count(sources, SOURCE)}. Где известно точное время, оно пересчитано на восточное время США.`,
  description:
    'Публичные заявления в связи с публикацией о вознаграждениях — пресса США, правительство США, правительство России, «Талибан» и Великобритания — с 26\u00a0июня до начала июля 2020\u00a0года, а также более поздние оценки.',
};

export const WORDS: Record<Locale, Words> = { en, ru };

/** The words of the data's edition (data built by hand, as in tests, is English). */
export const wordsFor = (data: { locale?: Locale | undefined }): Words => WORDS[data.locale ?? 'en'];
