/**
 * An iCalendar (RFC 5545) feed of the notebook: every scheduled follow-up on
 * its date, and every important date and contact's birthday as a yearly
 * all-day event, for any calendar app to subscribe to.
 *
 * ical.js builds the components and writes each property (its value types
 * and TEXT escaping are right); the lines are folded here, because ical.js
 * lets a continuation line reach 76 octets (a space plus 75) and leaves the
 * last line without its CRLF.
 */
import ICAL from 'ical.js';
import { Client } from '../dossier/dossier';
import { dueOf, isBirthdayLabel, nextOccurrence } from '../notebook/agenda';
import { NotebookSettings } from '../notebook/settings';
import { Clock, Day, Minutes, dayFromParts, formatDay, partsFromDay } from '../schedule/calendar';
import { compareCodeUnits, compareNames } from '../text';

export interface IcsOptions {
  /** Today (for cadence-derived dates and ages) and now (for DTSTAMP). */
  clock: Clock;
  /** Local time minus UTC in minutes at export time, to write DTSTAMP in UTC; 0 when unknown. */
  utcOffsetMinutes?: number;
  /** Minutes before each event for a DISPLAY alarm; no alarm when undefined. */
  alarmMinutes?: number;
  /** Only follow-ups due up to today + days (overdue ones included); all when undefined. */
  days?: number;
  /** Length of a timed follow-up, in minutes (default 30). */
  eventMinutes?: number;
  /** The calendar's name in calendar apps (X-WR-CALNAME). */
  calendarName?: string;
  /** Mixed into every UID, to keep two notebooks' events apart in one calendar. */
  uidScope?: string;
}

export interface IcsExport {
  text: string;
  followUps: number;
  dates: number;
}

/** The first year of a year-less date's series: a leap year, so that `02-29` is a real day in it. */
export const YEARLESS_BASE_YEAR = 2000;

const PRODID = '-//Client Notebook//client-notebook//EN';
const DESIGN = ICAL.design.icalendar;
const MAX_OCTETS = 75;

type JCal = [string, unknown[][], JCal[]];

/** `30m`, `1h`, `2d`, `1w` (also `90min`, `0m`): minutes before the event; undefined for anything else. */
export function parseAlarm(text: string): number | undefined {
  const match = /^\s*(\d{1,5})\s*(m|min|h|d|w)\s*$/i.exec(text);
  if (!match) return undefined;
  const count = Number(match[1]);
  const unit = match[2].toLowerCase();
  return count * (unit === 'h' ? 60 : unit === 'd' ? 24 * 60 : unit === 'w' ? 7 * 24 * 60 : 1);
}

export function buildIcs(clients: Iterable<Client>, settings: NotebookSettings, options: IcsOptions): IcsExport {
  const today = options.clock.today();
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', cleanText(options.calendarName ?? 'Client Notebook'));
  calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  const stamp = utcStamp(today, options.clock.minutesNow(), options.utcOffsetMinutes ?? 0);
  const followUps: { sortKey: [Day, Minutes, string, string]; event: ICAL.Component }[] = [];
  const dates: { sortKey: string; event: ICAL.Component }[] = [];
  const usedUids = new Set<string>();
  const uniqueUid = (base: string): string => {
    let uid = `${base}@client-notebook`;
    for (let n = 2; usedUids.has(uid); n++) uid = `${base}-${n}@client-notebook`;
    usedUids.add(uid);
    return uid;
  };
  const scope = options.uidScope ?? '';
  const sortedClients = [...clients].sort((a, b) => compareCodeUnits(a.path, b.path));
  for (const client of sortedClients) {
    const due = dueOf(client, settings, today);
    if (due && (options.days === undefined || due.day <= today + options.days)) {
      const event = new ICAL.Component('vevent');
      event.addPropertyWithValue('uid', uniqueUid(`followup-${hashHex(`${scope}\0${client.path}`)}`));
      event.addPropertyWithValue('dtstamp', stamp);
      const summary = `${actionLabel(client.nextAction)}: ${client.name}`;
      event.addPropertyWithValue('summary', cleanText(summary));
      if (due.time === undefined) {
        event.addPropertyWithValue('dtstart', dateValue(due.day));
        event.addPropertyWithValue('dtend', dateValue(due.day + 1));
        event.addPropertyWithValue('transp', 'TRANSPARENT');
      } else {
        const end = due.time + (options.eventMinutes ?? 30);
        event.addPropertyWithValue('dtstart', floatingValue(due.day, due.time));
        event.addPropertyWithValue('dtend', floatingValue(due.day + Math.floor(end / 1440), end % 1440));
      }
      const lines = [
        client.nextNote,
        due.reason === 'next_contact' ? undefined : `Due: ${due.reason}`,
        ...contactLines(client),
      ];
      event.addPropertyWithValue('description', cleanText(lines.filter((line) => line).join('\n')));
      event.addPropertyWithValue('categories', 'Follow-up');
      addAlarm(event, summary, options.alarmMinutes);
      followUps.push({ sortKey: [due.day, due.time ?? 1440, client.name, client.path], event });
    }
    const yearly = (kind: string, person: string, label: string, date: { year?: number; month: number; day: number }) => {
      const event = new ICAL.Component('vevent');
      event.addPropertyWithValue('uid', uniqueUid(`${kind}-${hashHex(`${scope}\0${client.path}\0${person}\0${label}`)}`));
      event.addPropertyWithValue('dtstamp', stamp);
      const whose = person === client.name ? client.name : `${person} (${client.name})`;
      const summary = `${label}: ${whose}`;
      event.addPropertyWithValue('summary', cleanText(summary));
      const startYear = date.year ?? YEARLESS_BASE_YEAR;
      const start = dayFromParts(startYear, date.month, date.day);
      event.addPropertyWithValue('dtstart', dateValue(start));
      event.addPropertyWithValue('dtend', dateValue(start + 1));
      // RRULE:FREQ=YEARLY alone skips Feb 29 in common years (RFC 5545 drops invalid dates);
      // "the last day of February" keeps the reminder every year, on Feb 28 when there is no 29th.
      const leapDay = date.month === 2 && date.day === 29;
      event.addPropertyWithValue('rrule', ICAL.Recur.fromData(leapDay ? { freq: 'YEARLY', bymonth: [2], bymonthday: [-1] } : { freq: 'YEARLY' }));
      event.addPropertyWithValue('transp', 'TRANSPARENT');
      const next = nextOccurrence(date.month, date.day, today);
      const nextYear = partsFromDay(next).year;
      const lines: (string | undefined)[] = [];
      if (date.year !== undefined) {
        const written = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
        const years = nextYear - date.year;
        if (years > 0) lines.push(isBirthdayLabel(label) ? `Born ${written}; turns ${years} on ${formatDay(next)}.` : `Since ${written}; ${years} ${years === 1 ? 'year' : 'years'} on ${formatDay(next)}.`);
        else lines.push(`Date: ${written}.`);
      } else if (leapDay) {
        lines.push('Every year on the last day of February.');
      }
      if (person !== client.name) lines.push(`Contact of ${client.name}`);
      lines.push(...contactLines(client));
      event.addPropertyWithValue('description', cleanText(lines.filter((line) => line).join('\n')));
      event.addPropertyWithValue('categories', isBirthdayLabel(label) ? 'Birthday' : 'Important date');
      addAlarm(event, summary, options.alarmMinutes);
      dates.push({ sortKey: `${pad(date.month)}-${pad(date.day)}\0${summary}`, event });
    };
    for (const date of client.importantDates) yearly('date', date.person ?? client.name, date.label, date.date);
    for (const contact of client.contacts) if (contact.birthday) yearly('birthday', contact.name, 'Birthday', contact.birthday);
  }
  followUps.sort((a, b) => compareKeys(a.sortKey, b.sortKey));
  dates.sort((a, b) => compareCodeUnits(a.sortKey, b.sortKey));
  for (const { event } of followUps) calendar.addSubcomponent(event);
  for (const { event } of dates) calendar.addSubcomponent(event);
  const lines: string[] = [];
  writeComponent(calendar.toJSON() as JCal, lines);
  return { text: lines.join('\r\n') + '\r\n', followUps: followUps.length, dates: dates.length };
}

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets, the
 * break never inside a UTF-8 sequence (nor between a surrogate pair); each
 * continuation line starts with one space, which counts.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_OCTETS;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code >= 0x10000 ? 2 : 1;
    if (octets + width > limit) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    octets += width;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function writeComponent([name, properties, components]: JCal, out: string[]): void {
  out.push(`BEGIN:${name.toUpperCase()}`);
  for (const property of properties) out.push(foldLine(ICAL.stringify.property(property, DESIGN, true)));
  for (const component of components) writeComponent(component, out);
  out.push(`END:${name.toUpperCase()}`);
}

function addAlarm(event: ICAL.Component, summary: string, minutes: number | undefined): void {
  if (minutes === undefined) return;
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', cleanText(summary));
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-minutes * 60));
  event.addSubcomponent(alarm);
}

function contactLines(client: Client): string[] {
  const lines: string[] = [];
  if (client.company) lines.push(`Company: ${client.company}`);
  if (client.phones.length) lines.push(`Phone: ${client.phones.join(', ')}`);
  if (client.emails.length) lines.push(`Email: ${client.emails.join(', ')}`);
  lines.push(`Dossier: ${client.path}`);
  return lines;
}

/** `call` -> `Call`; a follow-up without an action is a "Follow up". */
function actionLabel(action: string | undefined): string {
  const word = action?.trim();
  if (!word) return 'Follow up';
  return word.charAt(0).toLocaleUpperCase('en') + word.slice(1);
}

/** TEXT may hold any character but controls other than tab; line breaks become `\n` (escaped by ical.js). */
function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function dateValue(day: Day): ICAL.Time {
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  return ICAL.Time.fromData({ year, month, day: dayOfMonth, isDate: true });
}

/** A floating local time: no Z and no TZID, so it shows at that hour wherever the phone is. */
function floatingValue(day: Day, minutes: Minutes): ICAL.Time {
  const { year, month, day: dayOfMonth } = partsFromDay(day);
  return ICAL.Time.fromData({ year, month, day: dayOfMonth, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, isDate: false });
}

function utcStamp(day: Day, minutes: Minutes, offset: number): ICAL.Time {
  let total = day * 1440 + minutes - offset;
  const utcDay = Math.floor(total / 1440);
  total -= utcDay * 1440;
  const { year, month, day: dayOfMonth } = partsFromDay(utcDay);
  return ICAL.Time.fromData({ year, month, day: dayOfMonth, hour: Math.floor(total / 60), minute: total % 60, second: 0, isDate: false }, ICAL.Timezone.utcTimezone);
}

function compareKeys(a: [Day, Minutes, string, string], b: [Day, Minutes, string, string]): number {
  return a[0] - b[0] || a[1] - b[1] || compareNames(a[2], b[2]) || compareCodeUnits(a[3], b[3]);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** FNV-1a, 64 bits, over the UTF-16 code units: a short, stable name for a path in a UID. */
export function hashHex(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash = ((hash ^ BigInt(unit & 0xff)) * prime) & mask;
    hash = ((hash ^ BigInt(unit >> 8)) * prime) & mask;
  }
  return hash.toString(16).padStart(16, '0');
}
