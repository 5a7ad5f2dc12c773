import { Day, Weekday, weekdayOf } from '../schedule/calendar';
import { AgendaItem } from './agenda';

export type LoadLevel = 'none' | 'light' | 'busy' | 'full' | 'over';

export interface DayLoad {
  day: Day;
  count: number;
  working: boolean;
  level: LoadLevel;
}

export function loadLevel(count: number, capacity: number): LoadLevel {
  if (count === 0) return 'none';
  if (count > capacity) return 'over';
  if (count === capacity) return 'full';
  return count * 2 > capacity ? 'busy' : 'light';
}

/**
 * Follow-ups per day from `from` to `until`. Overdue work counts on today:
 * it is today's to do.
 */
export function dailyLoad(items: readonly AgendaItem[], from: Day, until: Day, today: Day, capacity: number, workingDays: ReadonlySet<Weekday>): DayLoad[] {
  const counts = new Map<Day, number>();
  for (const item of items) {
    if (!item.due) continue;
    const day = item.due.day < today ? today : item.due.day;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days: DayLoad[] = [];
  for (let day = from; day <= until; day++) {
    const count = counts.get(day) ?? 0;
    days.push({ day, count, working: workingDays.has(weekdayOf(day)), level: loadLevel(count, capacity) });
  }
  return days;
}

export interface Move {
  item: AgendaItem;
  from: Day;
  to: Day;
}

export interface BalanceOptions {
  today: Day;
  /** The last day anything may move to: the date the user pinned. */
  until: Day;
  capacity: number;
  workingDays: ReadonlySet<Weekday>;
}

/**
 * Proposes moving overdue and overflowing follow-ups to the lightest coming
 * working days, from today to `until`. Follow-ups with a time (an
 * appointment agreed with the client) never move; each keeps its action, as
 * only the date changes. Within a day the earliest-filed follow-ups stay.
 */
export function proposeBalance(items: readonly AgendaItem[], options: BalanceOptions): Move[] {
  const { today, until, capacity, workingDays } = options;
  const days: Day[] = [];
  for (let day = today; day <= until; day++) if (workingDays.size === 0 || workingDays.has(weekdayOf(day))) days.push(day);
  if (!days.length) return [];
  const load = new Map<Day, number>(days.map((day) => [day, 0]));
  const candidates: AgendaItem[] = [];
  const byDay = new Map<Day, AgendaItem[]>();
  for (const item of items) {
    if (!item.due || item.due.day > until) continue;
    const day = item.due.day;
    if (day < today && item.due.time === undefined) {
      candidates.push(item); // Overdue: re-file it.
      continue;
    }
    const list = byDay.get(day) ?? [];
    list.push(item);
    byDay.set(day, list);
  }
  for (const [day, list] of byDay) {
    // Appointments first: they hold their place.
    const ordered = [...list.filter((item) => item.due!.time !== undefined), ...list.filter((item) => item.due!.time === undefined)];
    const keep = load.has(day) ? capacity : Infinity;
    ordered.forEach((item, index) => {
      if (index < keep || item.due!.time !== undefined) {
        if (load.has(day)) load.set(day, load.get(day)! + 1);
      } else {
        candidates.push(item);
      }
    });
  }
  candidates.sort((a, b) => a.due!.day - b.due!.day);
  const moves: Move[] = [];
  for (const item of candidates) {
    let best = days[0];
    for (const day of days) if (load.get(day)! < load.get(best)!) best = day;
    load.set(best, load.get(best)! + 1);
    if (best !== item.due!.day) moves.push({ item, from: item.due!.day, to: best });
  }
  return moves;
}
