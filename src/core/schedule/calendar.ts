/**
 * Calendar dates as whole day numbers (days since 1970-01-01, proleptic
 * Gregorian). A date is a day, never an instant: no Date object and no time
 * zone is involved, so `2026-11-25` is the same day everywhere.
 */

/** Days since 1970-01-01. */
export type Day = number;

/** Minutes since midnight, local time. */
export type Minutes = number;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface YearMonthDay {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1 && year <= 9999 &&
    Number.isInteger(month) && month >= 1 && month <= 12 &&
    Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Howard Hinnant's days_from_civil. */
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Howard Hinnant's civil_from_days. */
export function partsFromDay(dayNumber: Day): YearMonthDay {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses `YYYY-MM-DD`; undefined for anything else, including `2026-02-30`. */
export function parseIsoDate(text: string): Day | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = +match[1], month = +match[2], day = +match[3];
  return isValidDate(year, month, day) ? dayFromParts(year, month, day) : undefined;
}

export interface DateTime {
  day: Day;
  /** Minutes since midnight when a time was written. */
  time?: Minutes;
}

/** Parses `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`. */
export function parseIsoDateTime(text: string): DateTime | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return undefined;
  const year = +match[1], month = +match[2], day = +match[3];
  if (!isValidDate(year, month, day)) return undefined;
  const result: DateTime = { day: dayFromParts(year, month, day) };
  if (match[4] !== undefined) {
    const hours = +match[4], minutes = +match[5];
    if (hours > 23 || minutes > 59) return undefined;
    result.time = hours * 60 + minutes;
  }
  return result;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function formatDay(dayNumber: Day): string {
  const { year, month, day } = partsFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function formatTime(minutes: Minutes): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function formatDateTime(value: DateTime): string {
  return value.time === undefined ? formatDay(value.day) : `${formatDay(value.day)} ${formatTime(value.time)}`;
}

/** ISO weekday of a day: 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: Day): Weekday {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as Weekday;
}

export function addDays(dayNumber: Day, days: number): Day {
  return dayNumber + days;
}

/** Adds months, clamping to the month's last day (Jan 31 + 1m = Feb 28/29). */
export function addMonths(dayNumber: Day, months: number): Day {
  const { year, month, day } = partsFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return dayFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addYears(dayNumber: Day, years: number): Day {
  return addMonths(dayNumber, years * 12);
}

/** The first day of the week that holds `dayNumber`. */
export function startOfWeek(dayNumber: Day, weekStartsOn: Weekday): Day {
  return dayNumber - ((weekdayOf(dayNumber) - weekStartsOn + 7) % 7);
}

export function startOfMonth(dayNumber: Day): Day {
  const { year, month } = partsFromDay(dayNumber);
  return dayFromParts(year, month, 1);
}

/** `YYYY-MM` of a day, used as the key of a month bucket. */
export function monthKey(dayNumber: Day): string {
  const { year, month } = partsFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month)}`;
}

/** ISO 8601 week key `YYYY-Www` (weeks start on Monday, week 1 holds Jan 4). */
export function isoWeekKey(dayNumber: Day): string {
  const thursday = dayNumber - weekdayOf(dayNumber) + 4;
  const year = partsFromDay(thursday).year;
  const week = Math.floor((thursday - dayFromParts(year, 1, 1)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** A source of "today" and "now". Everything that depends on the date takes one. */
export interface Clock {
  today(): Day;
  /** Minutes since local midnight. */
  minutesNow(): Minutes;
}

/** The machine's local calendar date; the only place the engine reads a Date. */
export const systemClock: Clock = {
  today() {
    const now = new Date();
    return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  },
  minutesNow() {
    const now = new Date();
    return now.getHours() * 60 + now.getMinutes();
  },
};

/** A clock stopped at one day (for `--today` and tests). */
export function fixedClock(today: Day, minutesNow: Minutes = 9 * 60): Clock {
  return { today: () => today, minutesNow: () => minutesNow };
}
