import { Day, Weekday, addDays, addMonths, addYears, weekdayOf } from './calendar';

export type DurationUnit = 'd' | 'wd' | 'w' | 'm' | 'y';

/** A keep-in-touch interval or a date offset: `10d`, `5wd`, `2w`, `1m`, `1y`. */
export interface Duration {
  amount: number;
  unit: DurationUnit;
}

const DURATION = /^(\d{1,4})\s*(wd|d|w|m|y)$/i;

export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  return { amount: Number(match[1]), unit: match[2].toLowerCase() as DurationUnit };
}

export function formatDuration(duration: Duration): string {
  return `${duration.amount}${duration.unit}`;
}

/** Adds `count` working days (negative counts go back); day 0 itself is not counted. */
export function addWorkingDays(start: Day, count: number, workingDays: ReadonlySet<Weekday>): Day {
  if (workingDays.size === 0) return addDays(start, count);
  const step = count < 0 ? -1 : 1;
  let day = start;
  for (let left = Math.abs(count); left > 0; ) {
    day += step;
    if (workingDays.has(weekdayOf(day))) left--;
  }
  return day;
}

export function addDuration(start: Day, duration: Duration, workingDays: ReadonlySet<Weekday>): Day {
  switch (duration.unit) {
    case 'd': return addDays(start, duration.amount);
    case 'wd': return addWorkingDays(start, duration.amount, workingDays);
    case 'w': return addDays(start, duration.amount * 7);
    case 'm': return addMonths(start, duration.amount);
    case 'y': return addYears(start, duration.amount);
  }
}
