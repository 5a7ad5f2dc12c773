import { Client } from '../dossier/dossier';
import { LogEntry, isInteraction } from '../dossier/logEntry';
import { Day, Minutes, addYears, dayFromParts, daysInMonth, partsFromDay } from '../schedule/calendar';
import { BucketId, bucketOf } from '../schedule/buckets';
import { Duration, addDuration, formatDuration } from '../schedule/duration';
import { NotebookSettings } from './settings';
import { compareCodeUnits, compareNames } from '../text';

/**
 * When a client is due and why. `reason` is English (`next_contact`, or
 * `cadence 1m, last call 41 days ago`), for JSON and logs; the structured
 * fields say the same for faces that put it in the user's language.
 */
export interface Due {
  day: Day;
  time?: Minutes;
  reason: string;
  /** Set when the client is due by its cadence (no `next_contact`). */
  cadence?: Duration;
  /** The kind of the last interaction (`call`), when due by cadence after one. */
  lastKind?: string;
  /** Days from the last interaction to today, when due by cadence after one. */
  daysSince?: number;
}

export interface AgendaItem {
  client: Client;
  due?: Due;
  bucket: BucketId;
  overdueDays: number;
}

/** The newest log entry that records a contact with the client. */
export function lastInteraction(client: Client): LogEntry | undefined {
  return client.log.find((entry) => isInteraction(entry.kind));
}

/** The client's own cadence, or else the shortest one its tags give. */
export function cadenceOf(client: Client, settings: NotebookSettings): Duration | undefined {
  if (client.cadence) return client.cadence;
  let shortest: { duration: Duration; days: number } | undefined;
  for (const tag of client.tags) {
    const duration = settings.cadenceByTag.get(tag);
    if (!duration) continue;
    const days = addDuration(0, duration, settings.workingDays);
    if (!shortest || days < shortest.days) shortest = { duration, days };
  }
  return shortest?.duration;
}

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}

/** Stands for "due today, whatever day that is": a cadence but no interaction yet. */
export const DUE_TODAY = -Infinity;

/**
 * The day a client is due without its reason, which does not depend on today
 * ({@link DUE_TODAY} when it does): what a query needs to filter and sort
 * thousands of clients before it builds the few items it shows.
 */
export function dueDayOf(client: Client, settings: NotebookSettings): Day | undefined {
  if (client.next) return client.next.day;
  const cadence = cadenceOf(client, settings);
  if (!cadence) return undefined;
  const last = lastInteraction(client);
  return last ? addDuration(last.day, cadence, settings.workingDays) : DUE_TODAY;
}

export function dueOf(client: Client, settings: NotebookSettings, today: Day): Due | undefined {
  if (client.next) {
    const due: Due = { day: client.next.day, reason: 'next_contact' };
    if (client.next.time !== undefined) due.time = client.next.time;
    return due;
  }
  const cadence = cadenceOf(client, settings);
  if (!cadence) return undefined;
  const last = lastInteraction(client);
  if (!last) return { day: today, reason: `cadence ${formatDuration(cadence)}, no interaction yet`, cadence };
  return {
    day: addDuration(last.day, cadence, settings.workingDays),
    reason: `cadence ${formatDuration(cadence)}, last ${last.kind} ${ago(today - last.day)}`,
    cadence,
    lastKind: last.kind,
    daysSince: today - last.day,
  };
}

export function agendaItemOf(client: Client, settings: NotebookSettings, today: Day): AgendaItem {
  const due = dueOf(client, settings, today);
  const bucket = bucketOf(due?.day, today, settings.weekStartsOn);
  return { client, due, bucket, overdueDays: due && due.day < today ? today - due.day : 0 };
}

/** Due date first, then time (untimed after timed ones of the same day), then name. */
export function compareAgendaItems(a: AgendaItem, b: AgendaItem): number {
  const dayA = a.due?.day ?? Infinity, dayB = b.due?.day ?? Infinity;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const timeA = a.due?.time ?? 24 * 60, timeB = b.due?.time ?? 24 * 60;
  if (timeA !== timeB) return timeA - timeB;
  return compareNames(a.client.name, b.client.name) || compareCodeUnits(a.client.path, b.client.path);
}

export interface ImportantDateOccurrence {
  client: Client;
  /** Whose date: a contact's name, or the client's own name. */
  person: string;
  label: string;
  day: Day;
  /** Years since the written year (age on a birthday), when the year is known. */
  age?: number;
}

/**
 * Whether an important date's label names a birthday: the engine's own
 * `Birthday` (a contact's), or one written by hand in the languages the
 * notebook speaks and a few more (`Geburtstag`, `urodziny`, `День рождения`,
 * `Gimtadienis`, `Туған күні`, `anniversaire`, `cumpleaños`). A guess from
 * the words, on the label as written (never a translated one): the gift icon
 * and the calendar's category follow it.
 */
export function isBirthdayLabel(label: string): boolean {
  return /birth|geburt|urodz|рожд|gimtad|туған|anniversaire|cumple/i.test(label);
}

/** The next occurrence on or after `from` of a yearly date; Feb 29 falls on Feb 28 in common years. */
export function nextOccurrence(month: number, day: number, from: Day): Day {
  const { year } = partsFromDay(from);
  for (const candidateYear of [year, year + 1]) {
    const candidate = dayFromParts(candidateYear, month, Math.min(day, daysInMonth(candidateYear, month)));
    if (candidate >= from) return candidate;
  }
  return addYears(from, 1);
}

/** Important dates and contacts' birthdays falling in `from .. from + days`. */
export function importantDatesOf(client: Client, from: Day, days: number): ImportantDateOccurrence[] {
  const found: ImportantDateOccurrence[] = [];
  const consider = (person: string, label: string, month: number, day: number, year: number | undefined) => {
    const occurs = nextOccurrence(month, day, from);
    if (occurs > from + days) return;
    const occurrence: ImportantDateOccurrence = { client, person, label, day: occurs };
    const occursYear = partsFromDay(occurs).year;
    if (year !== undefined && year <= occursYear) occurrence.age = occursYear - year;
    found.push(occurrence);
  };
  for (const date of client.importantDates) consider(date.person ?? client.name, date.label, date.date.month, date.date.day, date.date.year);
  for (const contact of client.contacts) {
    if (contact.birthday) consider(contact.name, 'Birthday', contact.birthday.month, contact.birthday.day, contact.birthday.year);
  }
  return found;
}

