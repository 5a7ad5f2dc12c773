import { Client } from '../dossier/dossier';
import { Day } from '../schedule/calendar';
import { DUE_TODAY, dueDayOf } from './agenda';
import { NotebookSettings } from './settings';
import { compareCodeUnits, compareNames } from '../text';

const UNTIMED = 24 * 60;

/** Agenda order of two clients due on the same day: time (untimed last), then name, then path. */
export function compareSameDay(a: Client, b: Client): number {
  const timeA = a.next?.time ?? UNTIMED, timeB = b.next?.time ?? UNTIMED;
  if (timeA !== timeB) return timeA - timeB;
  return compareNames(a.name, b.name) || compareCodeUnits(a.path, b.path);
}

/**
 * The scheduled clients bucketed by due day, kept up to date one client at a time, so
 * that a `due` query touches only the clients that are due. A day's bucket is sorted
 * the first time a query needs it and kept sorted after that; the days themselves are
 * a sorted array of numbers. Clients due "today, whatever day that is" (a cadence and
 * no interaction yet) have a bucket of their own, merged into today's at query time.
 */
export class DueSchedule {
  private readonly buckets = new Map<Day, { clients: Client[]; sorted: boolean }>();
  /** Every day with a bucket, ascending (DUE_TODAY aside). */
  private readonly days: Day[] = [];
  /** The day each scheduled client is filed under, by path. */
  private readonly dayOfPath = new Map<string, Day>();

  /** While the constructor files every client: buckets are sorted later, when asked for. */
  private building = true;

  constructor(private readonly settings: NotebookSettings, clients: Iterable<Client>) {
    for (const client of clients) this.add(client);
    this.building = false;
  }

  add(client: Client): void {
    const day = dueDayOf(client, this.settings);
    if (day === undefined) return;
    this.dayOfPath.set(client.path, day);
    let bucket = this.buckets.get(day);
    if (!bucket) {
      bucket = { clients: [], sorted: !this.building };
      this.buckets.set(day, bucket);
      if (day !== DUE_TODAY) this.days.splice(insertionPoint(this.days, day), 0, day);
    }
    const list = bucket.clients;
    if (bucket.sorted && list.length > 0) {
      let low = 0, high = list.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (compareSameDay(list[mid], client) <= 0) low = mid + 1;
        else high = mid;
      }
      list.splice(low, 0, client);
    } else {
      list.push(client);
    }
  }

  remove(client: Client): void {
    const day = this.dayOfPath.get(client.path);
    if (day === undefined) return;
    this.dayOfPath.delete(client.path);
    const bucket = this.buckets.get(day)!;
    const at = bucket.clients.indexOf(client);
    if (at >= 0) bucket.clients.splice(at, 1);
    if (bucket.clients.length === 0) {
      this.buckets.delete(day);
      if (day !== DUE_TODAY) this.days.splice(insertionPoint(this.days, day) - 1, 1);
    }
  }

  /** Clients due up to `until` (overdue ones included), in agenda order for `today`. */
  dueBy(until: Day, today: Day): Client[] {
    const result: Client[] = [];
    const { days } = this;
    let i = 0;
    for (; i < days.length && days[i] < today && days[i] <= until; i++) appendAll(result, this.sortedBucket(days[i]));
    if (today <= until) {
      const dated = days[i] === today ? this.sortedBucket(days[i++]) : [];
      const undated = this.buckets.has(DUE_TODAY) ? this.sortedBucket(DUE_TODAY) : [];
      mergeInto(result, dated, undated);
    }
    for (; i < days.length && days[i] <= until; i++) appendAll(result, this.sortedBucket(days[i]));
    return result;
  }

  private sortedBucket(day: Day): Client[] {
    const bucket = this.buckets.get(day)!;
    if (!bucket.sorted) {
      bucket.clients.sort(compareSameDay);
      bucket.sorted = true;
    }
    return bucket.clients;
  }
}

/** The index of the first element greater than `value` in an ascending array. */
function insertionPoint(sorted: readonly number[], value: number): number {
  let low = 0, high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function appendAll(target: Client[], source: readonly Client[]): void {
  for (let i = 0; i < source.length; i++) target.push(source[i]);
}

function mergeInto(target: Client[], a: readonly Client[], b: readonly Client[]): void {
  let i = 0, j = 0;
  while (i < a.length && j < b.length) target.push(compareSameDay(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) target.push(a[i++]);
  while (j < b.length) target.push(b[j++]);
}
