/**
 * What a user types for the next contact date, the way org-mode and Obsidian
 * Tasks users type it: `2026-12-01`, `tomorrow`, `+3d`, `+5wd`, `fri`,
 * `next monday`, `5 jul`, `in 3 days`, each optionally followed by a time
 * (`at 14:30`, `14:30`, `2pm`).
 *
 * English is handled by our own deterministic grammar. Polish, Lithuanian and
 * Kazakh phrases (`jutro`, `za 3 dni`, `kitą penktadienį`, `ертең`) are rewritten
 * word by word into it (see `datePhraseWords.ts`). German and Russian phrases
 * (`morgen`, `nächsten Montag`, `через 3 дня`, `5 июля`) fall back to
 * chrono-node, whose answers are checked and corrected before they are used
 * (see `parseWithChrono`).
 *
 * Rules (the same in every language):
 * - A weekday name alone, or `next <weekday>`, is the next such day strictly
 *   after today (org-mode): on a Wednesday, `wed` and `next wed` are a week
 *   ahead and `fri` / `next fri` are in two days.
 * - `this <weekday>` is the next such day on or after today (`this wed` on a
 *   Wednesday is today).
 * - `last <weekday>` is the latest such day strictly before today.
 * - `<weekday> next week` / `next week <weekday>` is that weekday in the week
 *   after this one (weeks start on `weekStartsOn`).
 * - `next week` is the first day of next week; `next month` / `next year` are
 *   the same day next month / year, clamped to the month's end (Jan 31 ->
 *   Feb 28/29).
 * - A day and month without a year (`5 jul`, `12-05`, `5 июля`) is its next
 *   occurrence on or after today; `29 feb` is the next Feb 29.
 * - Dotted dates are day, month and year, the way German, Polish, Russian and
 *   Kazakh write them (`05.12.2026`, `5.12.`); nobody writes the month first
 *   with dots. Other numeric day/month forms (`12/05`, `05-12-2026`, a
 *   two-digit year) are rejected as ambiguous; `MM-DD` (as in the dossier's
 *   birthdays) is accepted.
 * - A time alone (`14:30`) means today at that time; `tomorrow at 10` is
 *   10:00, but a bare number after a date (`tomorrow 5`) is rejected.
 * - Day + German month name (`5 Juli`, `5. Juli`, `am 5. Juli`) and the
 *   German/Russian `next week/month/year` phrases are read by our grammar too.
 * - Chrono needs a local Date: on a day that does not exist in the process
 *   time zone (1994-12-31 on Kiritimati) German/Russian phrases fail with a
 *   message instead of guessing; English forms never touch a Date.
 */
import * as chrono from 'chrono-node';
import { Message } from '../messages';
import {
  DateTime, Day, Minutes, Weekday,
  addMonths, addYears, dayFromParts, daysInMonth, formatDay, isValidDate,
  partsFromDay, startOfWeek, weekdayOf,
} from './calendar';
import { DurationUnit, addDuration } from './duration';
import { inEnglishWords } from './datePhraseWords';

export interface PhraseContext {
  today: Day;
  weekStartsOn: Weekday;
  workingDays: ReadonlySet<Weekday>;
}

export type PhraseResult = { ok: true; day: Day; time?: Minutes } | { ok: false; message: Message };

const MIN_DAY = dayFromParts(1, 1, 1);
const MAX_DAY = dayFromParts(9999, 12, 31);

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
/** The month abbreviations our grammar reads, for suggestions such as `12 may or dec 5`. */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const WEEKDAY_WORDS: Record<string, Weekday> = {
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, weds: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
  sun: 7, sunday: 7,
};

const MONTH_WORDS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4,
  may: 5, jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // German month names chrono-node does not read without a dot after the day (`5 Juli`).
  januar: 1, jänner: 1, februar: 2, märz: 3, mär: 3, mai: 5, juni: 6, juli: 7, okt: 10, oktober: 10,
  dez: 12, dezember: 12,
};

const UNIT_WORDS: Record<string, DurationUnit> = {
  d: 'd', day: 'd', days: 'd',
  wd: 'wd', workday: 'wd', workdays: 'wd', 'working day': 'wd', 'working days': 'wd',
  'work day': 'wd', 'work days': 'wd', 'business day': 'wd', 'business days': 'wd',
  w: 'w', wk: 'w', wks: 'w', week: 'w', weeks: 'w',
  m: 'm', mo: 'm', mos: 'm', month: 'm', months: 'm',
  y: 'y', yr: 'y', yrs: 'y', year: 'y', years: 'y',
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const UNIT_PATTERN = Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const WEEKDAY_PATTERN = Object.keys(WEEKDAY_WORDS).join('|');
const MONTH_PATTERN = Object.keys(MONTH_WORDS).join('|');

const SIGNED_OFFSET = new RegExp(`^([+-])?\\s*(\\d+)\\s*(${UNIT_PATTERN})$`);
const SIGNED_OFFSET_ANY_UNIT = /^([+-])?\s*(\d+)\s*([a-z]+)$/;
const AMOUNT = `(?:(\\d+)\\s*|(${Object.keys(NUMBER_WORDS).join('|')})\\s+)`;
const IN_OFFSET = new RegExp(`^in\\s+${AMOUNT}(${UNIT_PATTERN})$`);
const AGO_OFFSET = new RegExp(`^${AMOUNT}(${UNIT_PATTERN})\\s+ago$`);
const WEEKDAY_PHRASE = new RegExp(`^(?:on\\s+)?(?:(next|this|last|coming)\\s+)?(${WEEKDAY_PATTERN})$`);
const WEEKDAY_NEXT_WEEK = new RegExp(
  `^(?:(?:on\\s+)?(${WEEKDAY_PATTERN})\\s+(?:of\\s+)?next\\s+week|next\\s+week\\s+(?:on\\s+)?(${WEEKDAY_PATTERN}))$`,
);
const DAY_MONTH = new RegExp(`^(?:on\\s+|am\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:of\\s+)?(${MONTH_PATTERN})\\.?(?:,?\\s+(\\d{4}))?$`);
const MONTH_DAY = new RegExp(`^(?:on\\s+)?(${MONTH_PATTERN})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`);
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const MONTH_DASH_DAY = /^(\d{1,2})-(\d{1,2})$/;
const DOTTED_DAY_MONTH = /^(?:am\s+)?(\d{1,2})\.(\d{1,2})(?:\.(\d{4})?)?$/;
const AMBIGUOUS_NUMERIC = /^(\d{1,4})[./-](\d{1,2})(?:[./-](\d{1,4}))?\.?$/;

/** `[date part] [at] HH:MM`, `[date part] [at] 2pm`, `[date part] 2:30 pm`, `[date part] at 9`, `...T14:30`. */
const TIME_SUFFIX = /(?:^|\s+|(?<=\d)t)(?:(at|@)\s*)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?)?$/;

// Words chrono understands but that we read ourselves, so that German and
// Russian mean the same as English (`next week` is the start of next week).
const LOCAL_NEXT: { pattern: RegExp; unit: 'week' | 'm' | 'y' }[] = [
  { pattern: /^(?:in\s+der\s+)?(?:nächste|nächster|kommende|kommender)\s+woche$/, unit: 'week' },
  { pattern: /^(?:im\s+)?(?:nächsten|kommenden)\s+monat$/, unit: 'm' },
  { pattern: /^(?:im\s+)?(?:nächsten|kommenden)\s+jahr$|^nächstes\s+jahr$/, unit: 'y' },
  { pattern: /^(?:на\s+)?следующ(?:ей|ая|ую)\s+недел[еяю]$/, unit: 'week' },
  { pattern: /^(?:в\s+)?следующ(?:ем|ий)\s+месяц[еа]?$/, unit: 'm' },
  { pattern: /^(?:в\s+)?следующ(?:ем|ий)\s+год[уа]?$/, unit: 'y' },
];

/** A phrase's day and time as a DateTime, without a `time` key when it had no time. */
export function phraseDateTime(parsed: { day: Day; time?: Minutes }): DateTime {
  return parsed.time === undefined ? { day: parsed.day } : { day: parsed.day, time: parsed.time };
}

/** Parses a next-contact phrase; see the module comment for the rules. */
export function parseDatePhrase(input: string, context: PhraseContext): PhraseResult {
  const text = stripEdges(input);
  if (text === '') return fail({ code: 'date.empty' });
  const lower = text.toLowerCase().replace(/\s+/g, ' ');

  const own = parseEnglish(lower, context);
  if (own) return checkRange(own, text);

  const ambiguous = ambiguousNumeric(lower, context.today);
  if (ambiguous) return ambiguous;

  for (const { pattern, unit } of LOCAL_NEXT) {
    if (pattern.test(lower)) return nextUnit(unit, context);
  }

  const english = inEnglishWords(lower);
  const viaWords = english === undefined ? undefined : parseEnglish(english, context);
  if (viaWords) return viaWords.ok ? checkRange(viaWords, text) : viaWords;

  const viaChrono = parseWithChrono(text, context);
  if (viaChrono) return viaChrono.ok ? checkRange(viaChrono, text) : viaChrono;

  return fail({ code: 'date.notUnderstood', text });
}

/** `Monday, 2026-11-30 (in 5 days)`: what a parsed day means, for the UI. */
export function describeDay(day: Day, today: Day): string {
  return `${WEEKDAY_NAMES[weekdayOf(day) - 1]}, ${formatDay(day)} (${relativeDays(day - today)})`;
}

/** `today`, `tomorrow`, `yesterday`, `in 3 days`, `3 days ago`. */
export function relativeDays(delta: number): string {
  if (delta === 0) return 'today';
  if (delta === 1) return 'tomorrow';
  if (delta === -1) return 'yesterday';
  return delta > 0 ? `in ${delta} days` : `${-delta} days ago`;
}

// ---------------------------------------------------------------------------
// Our grammar (English). Returns undefined when the phrase is not one of ours,
// a failure when it is one of ours but wrong (`2026-02-30`, `25:00`, `+0x`).

function parseEnglish(lower: string, context: PhraseContext): PhraseResult | undefined {
  const whole = parseEnglishDate(lower, context);
  if (whole) return whole;

  const match = TIME_SUFFIX.exec(lower);
  if (!match) return undefined;
  const datePart = stripEdges(lower.slice(0, match.index));
  const hasAt = match[1] !== undefined;
  const hasColon = match[3] !== undefined;
  const meridiem = match[4];
  // A bare number (`5`, `5 jul 2027`) is not a time; `5:00`, `5pm` and `tomorrow at 5` are.
  if (!hasColon && meridiem === undefined && !(hasAt && datePart !== '')) return undefined;
  const time = parseTime(+match[2], hasColon ? +match[3] : 0, meridiem);
  const dateResult = datePart === '' ? { ok: true as const, day: context.today } : parseEnglishDate(datePart, context);
  if (!dateResult) return undefined;
  if (!dateResult.ok) return dateResult;
  if (typeof time !== 'number') return fail(time);
  return { ok: true, day: dateResult.day, time };
}

function parseEnglishDate(text: string, context: PhraseContext): PhraseResult | undefined {
  const { today } = context;
  switch (text) {
    case 'today': case 'tod': case 'now': return ok(today);
    case 'tomorrow': case 'tmr': case 'tmrw': case 'tom': return ok(today + 1);
    case 'yesterday': return ok(today - 1);
    case 'day after tomorrow': case 'the day after tomorrow': return ok(today + 2);
    case 'next week': return nextUnit('week', context);
    case 'next month': return nextUnit('m', context);
    case 'next year': return nextUnit('y', context);
  }

  let match = ISO_LIKE.exec(text);
  if (match) return absoluteDate(+match[1], +match[2], +match[3], text);

  match = MONTH_DASH_DAY.exec(text);
  if (match) return nextOccurrence(+match[1], +match[2], today, text);

  match = DOTTED_DAY_MONTH.exec(text);
  if (match) return match[3] === undefined ? nextOccurrence(+match[2], +match[1], today, text) : absoluteDate(+match[3], +match[2], +match[1], text);

  match = SIGNED_OFFSET.exec(text);
  if (match) {
    const sign = match[1] === '-' ? -1 : 1;
    return offset(today, sign * +match[2], unitOf(match[3]), context);
  }
  match = SIGNED_OFFSET_ANY_UNIT.exec(text);
  // `+0x`, `3h`: an offset with a unit we do not know. (`5 juli` is left to chrono; `3pm` is a time.)
  const isTime = match?.[1] === undefined && (match?.[3] === 'am' || match?.[3] === 'pm');
  if (match && !isTime && (match[1] !== undefined || match[3].length <= 2) && !['st', 'nd', 'rd', 'th'].includes(match[3])) {
    return fail({ code: 'date.unknownUnit', unit: match[3], text });
  }

  match = IN_OFFSET.exec(text);
  if (match) return offset(today, amountOf(match[1] ?? match[2]), unitOf(match[3]), context);
  match = AGO_OFFSET.exec(text);
  if (match) return offset(today, -amountOf(match[1] ?? match[2]), unitOf(match[3]), context);

  match = WEEKDAY_NEXT_WEEK.exec(text);
  if (match) return ok(weekdayNextWeek(WEEKDAY_WORDS[match[1] ?? match[2]], context));

  match = WEEKDAY_PHRASE.exec(text);
  if (match) {
    const mode = match[1] === 'this' ? 'onOrAfter' : match[1] === 'last' ? 'before' : 'after';
    return ok(weekdayFrom(today, WEEKDAY_WORDS[match[2]], mode));
  }

  match = DAY_MONTH.exec(text);
  if (match) return dayMonth(+match[1], MONTH_WORDS[match[2]], match[3], today, text);
  match = MONTH_DAY.exec(text);
  if (match) return dayMonth(+match[2], MONTH_WORDS[match[1]], match[3], today, text);

  return undefined;
}

function unitOf(word: string): DurationUnit {
  return UNIT_WORDS[word.replace(/\s+/g, ' ')];
}

function amountOf(word: string): number {
  return /^\d+$/.test(word) ? +word : NUMBER_WORDS[word];
}

function offset(today: Day, amount: number, unit: DurationUnit, context: PhraseContext): PhraseResult {
  // Keep the arithmetic in a range where every result is a real calendar date.
  if (Math.abs(amount) > 3_660_000) return fail({ code: 'date.tooFar', amount: Math.abs(amount) });
  return ok(addDuration(today, { amount, unit }, context.workingDays));
}

function nextUnit(unit: 'week' | 'm' | 'y', context: PhraseContext): PhraseResult {
  if (unit === 'week') return ok(startOfWeek(context.today, context.weekStartsOn) + 7);
  return ok(unit === 'm' ? addMonths(context.today, 1) : addYears(context.today, 1));
}

type WeekdayMode = 'after' | 'onOrAfter' | 'before';

/** The next (or last) `weekday` relative to `today`. */
export function weekdayFrom(today: Day, weekday: Weekday, mode: WeekdayMode): Day {
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  if (mode === 'onOrAfter') return today + ahead;
  if (mode === 'after') return today + (ahead === 0 ? 7 : ahead);
  const back = (weekdayOf(today) - weekday + 7) % 7;
  return today - (back === 0 ? 7 : back);
}

function weekdayNextWeek(weekday: Weekday, context: PhraseContext): Day {
  const start = startOfWeek(context.today, context.weekStartsOn) + 7;
  return start + ((weekday - context.weekStartsOn + 7) % 7);
}

function dayMonth(day: number, month: number, year: string | undefined, today: Day, text: string): PhraseResult {
  return year === undefined ? nextOccurrence(month, day, today, text) : absoluteDate(+year, month, day, text);
}

function absoluteDate(year: number, month: number, day: number, text: string): PhraseResult {
  if (month < 1 || month > 12) return fail({ code: 'date.noSuchMonth', text, month });
  if (!isValidDate(year, month, day)) {
    if (year < 1 || year > 9999) return fail({ code: 'date.yearOutOfRange', text });
    return fail({ code: 'date.monthTooShort', text, year, month, days: daysInMonth(year, month) });
  }
  return ok(dayFromParts(year, month, day));
}

/** The first `month`/`day` on or after today (Feb 29 waits for a leap year). */
function nextOccurrence(month: number, day: number, today: Day, text: string): PhraseResult {
  if (month < 1 || month > 12) return fail({ code: 'date.noSuchMonth', text, month });
  if (day < 1 || day > (month === 2 ? 29 : daysInMonth(2001, month))) {
    return fail({ code: 'date.monthNeverHas', text, month, day });
  }
  const startYear = partsFromDay(today).year;
  for (let year = startYear; year <= startYear + 8; year++) {
    if (isValidDate(year, month, day)) {
      const candidate = dayFromParts(year, month, day);
      if (candidate >= today) return ok(candidate);
    }
  }
  return fail({ code: 'date.noNextOccurrence', text });
}

function parseTime(hours: number, minutes: number, meridiem: string | undefined): Minutes | Message {
  const time = `${hours}:${String(minutes).padStart(2, '0')}${meridiem ? ` ${meridiem}` : ''}`;
  if (minutes > 59) return { code: 'date.invalidTime', time };
  if (meridiem === undefined) {
    if (hours > 23) return { code: 'date.invalidTime', time };
    return hours * 60 + minutes;
  }
  if (hours < 1 || hours > 12) return { code: 'date.invalidMeridiemHour', time };
  const pm = meridiem.startsWith('p');
  return ((hours % 12) + (pm ? 12 : 0)) * 60 + minutes;
}

/** `12/05`, `05.12.2026`, `05-12-2026`: which is the day and which the month? */
function ambiguousNumeric(lower: string, today: Day): PhraseResult | undefined {
  const match = AMBIGUOUS_NUMERIC.exec(lower);
  if (!match) return undefined;
  const [, a, b, c] = match;
  if (a.length === 4) {
    return fail({ code: 'date.notIso', text: lower, example: today });
  }
  const first = +a, second = +b;
  const dotted = lower.includes('.'); // then only day.month: what is unsure is a two-digit year
  const year = c === undefined ? undefined : c.length === 4 ? +c : dotted && c.length === 2 ? 2000 + +c : undefined;
  const readings: string[] = [];
  const yearText = year === undefined ? '' : ` ${year}`;
  if (second >= 1 && second <= 12 && first >= 1 && first <= 31) readings.push(`${first} ${MONTH_ABBREVIATIONS[second - 1]}${yearText}`);
  if (!dotted && first >= 1 && first <= 12 && second >= 1 && second <= 31) readings.push(`${MONTH_ABBREVIATIONS[first - 1]} ${second}${yearText}`);
  return fail({ code: 'date.ambiguous', text: lower, readings: [...new Set(readings)] });
}

// ---------------------------------------------------------------------------
// chrono-node fallback for German and Russian.
//
// chrono works on JavaScript Dates in the process time zone. We give it a
// reference at local noon of `today` (so day arithmetic never crosses a
// midnight, even across daylight-saving changes) and read back only the
// year/month/day *components* it reports, never `result.date()` or an instant,
// so no time-zone conversion happens in either direction.
//
// Checked and corrected:
// - the recognised text must be the whole input (one result, no range);
// - weekdays are recomputed with our rules (chrono's forwardDate makes
//   "letzten Montag" a future Monday, and without it "Montag" may be past;
//   today's weekday name means today in chrono);
// - `<weekday> nächste Woche` is recomputed per weekStartsOn;
// - day and month without a year: next occurrence on or after today;
// - a weekday that contradicts the date (`Dienstag, 5. Juli` in 2027) fails;
// - month/year arithmetic: chrono's setMonth overflows (Jan 31 + 1 month =
//   Mar 3), so the month count is recovered and redone with clamping;
// - times relative to now (`in 3 Stunden`) are rejected: we know the day only.

const CYRILLIC = /[\u0400-\u04FF]/;
const LAST_WORD = /(?:^|\s)(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?|прошл\S*|предыдущ\S*)(?=\s|$)/;
const THIS_WORD = /(?:^|\s)(?:diese[nmrs]?|эт(?:от|у|а|ой|ом))(?=\s|$)/;
const WEEK_WORD = /woche|недел/;

function parseWithChrono(text: string, context: PhraseContext): PhraseResult | undefined {
  const parser = CYRILLIC.test(text) ? chrono.ru.casual : chrono.de.casual;
  const { year, month, day } = partsFromDay(context.today);
  const reference = new Date(2000, 0, 1, 12, 0, 0, 0);
  reference.setFullYear(year, month - 1, day);
  reference.setHours(12, 0, 0, 0);
  if (reference.getFullYear() !== year || reference.getMonth() !== month - 1 || reference.getDate() !== day) {
    // The day does not exist in this time zone (e.g. 1994-12-31 on Kiritimati).
    return fail({ code: 'date.unreadableHere', text, today: context.today });
  }

  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text, reference);
  } catch {
    return undefined;
  }
  if (results.length === 0) return undefined;
  const first = results[0];
  if (results.length > 1 || stripEdges(first.text) !== text) {
    return fail({ code: 'date.partlyUnderstood', part: stripEdges(first.text), text });
  }
  if (first.end) return fail({ code: 'date.range', text });

  const start = first.start;
  const tags = first.tags();
  if (tags.has('result/relativeDateAndTime')) {
    return fail({ code: 'date.relativeTime', text });
  }
  const time = start.isCertain('hour') ? (start.get('hour') ?? 0) * 60 + (start.get('minute') ?? 0) : undefined;
  const withTime = (result: PhraseResult): PhraseResult =>
    result.ok && time !== undefined ? { ok: true, day: result.day, time } : result;

  const read = (c: chrono.Component) => start.get(c) ?? 0;
  const certain = (c: chrono.Component) => start.isCertain(c);
  const lower = text.toLowerCase();

  if (tags.has('result/relativeDate')) {
    if (certain('day')) return withTime(absoluteDate(read('year'), read('month'), read('day'), text));
    // Month or year arithmetic done with Date#setMonth: undo the overflow.
    let months = (read('year') - year) * 12 + (read('month') - month);
    if (read('day') !== day) months -= 1;
    return withTime(ok(addMonths(context.today, months)));
  }

  if (certain('weekday') && !certain('day')) {
    const chronoWeekday = read('weekday');
    const weekday = (chronoWeekday === 0 ? 7 : chronoWeekday) as Weekday;
    if (WEEK_WORD.test(lower) && !LAST_WORD.test(lower)) return withTime(ok(weekdayNextWeek(weekday, context)));
    const mode: WeekdayMode = LAST_WORD.test(lower) ? 'before' : THIS_WORD.test(lower) ? 'onOrAfter' : 'after';
    return withTime(ok(weekdayFrom(context.today, weekday, mode)));
  }

  if (certain('month') && !certain('day')) {
    return fail({ code: 'date.monthWithoutDay', text });
  }

  let result: PhraseResult;
  if (certain('day') && certain('month') && !certain('year')) {
    result = nextOccurrence(read('month'), read('day'), context.today, text);
  } else {
    result = absoluteDate(read('year'), read('month'), read('day'), text);
  }
  if (result.ok && certain('weekday')) {
    const chronoWeekday = read('weekday');
    const weekday = chronoWeekday === 0 ? 7 : chronoWeekday;
    if (weekdayOf(result.day) !== weekday) {
      return fail({ code: 'date.weekdayMismatch', text, day: result.day, written: weekday });
    }
  }
  return withTime(result);
}

// ---------------------------------------------------------------------------

/** Trims whitespace and punctuation around a phrase (`"tomorrow."`, `" 5 jul, "`). */
function stripEdges(text: string): string {
  return text.replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

function checkRange(result: PhraseResult, text: string): PhraseResult {
  if (result.ok && (result.day < MIN_DAY || result.day > MAX_DAY)) {
    return fail({ code: 'date.outOfRange', text });
  }
  return result;
}

function ok(day: Day): PhraseResult {
  return { ok: true, day };
}

function fail(message: Message): PhraseResult {
  return { ok: false, message };
}
