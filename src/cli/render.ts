import { Client } from '../core/dossier/dossier';
import { AgendaItem, ImportantDateOccurrence } from '../core/notebook/agenda';
import { BucketId } from '../core/schedule/buckets';
import { Day, formatDay, formatTime, monthKey, weekdayOf } from '../core/schedule/calendar';

/** The JSON shape of one agenda item (documented in the README). */
export function itemJson(item: AgendaItem, atRisk: ReadonlySet<Client> = new Set()) {
  const { client, due } = item;
  return {
    path: client.path,
    name: client.name,
    due: due ? formatDay(due.day) : null,
    time: due?.time !== undefined ? formatTime(due.time) : null,
    action: client.nextAction ?? null,
    note: client.nextNote ?? null,
    bucket: item.bucket,
    overdue_days: item.overdueDays,
    reason: due?.reason ?? null,
    at_risk: atRisk.has(client),
  };
}

export function importantDateJson(occurrence: ImportantDateOccurrence) {
  return {
    path: occurrence.client.path,
    name: occurrence.client.name,
    person: occurrence.person,
    label: occurrence.label,
    date: formatDay(occurrence.day),
    age: occurrence.age ?? null,
  };
}

const BUCKET_TITLES: Record<BucketId, string> = {
  overdue: 'Overdue',
  today: 'Today',
  tomorrow: 'Tomorrow',
  this_week: 'This week',
  next_week: 'Next week',
  later: 'Later',
  unscheduled: 'Unscheduled',
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function shortDate(day: Day): string {
  return `${WEEKDAYS[weekdayOf(day) - 1]} ${formatDay(day)}`;
}

function groupTitle(item: AgendaItem): string {
  if (item.bucket === 'later' && item.due) {
    const [year, month] = monthKey(item.due.day).split('-');
    return `${MONTHS[Number(month) - 1]} ${year}`;
  }
  return BUCKET_TITLES[item.bucket];
}

const WHEN_WIDTH = 22;

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** Marks a one-order client past the repurchase window (see "Numbers" in the README). */
export const AT_RISK_MARK = '! at risk';

function itemLine(item: AgendaItem, atRisk: ReadonlySet<Client>): string {
  const { client, due } = item;
  const when = due ? `${shortDate(due.day)}${due.time !== undefined ? ` ${formatTime(due.time)}` : ''}` : '';
  const what = [client.nextAction, client.nextNote].filter(Boolean).join(' · ');
  const overdue = item.overdueDays ? `${item.overdueDays} day${item.overdueDays === 1 ? '' : 's'} overdue` : '';
  const why = [overdue, due && due.reason !== 'next_contact' ? due.reason : ''].filter(Boolean).join(', ');
  const indent = ' '.repeat(2 + WHEN_WIDTH);
  const lines = [`  ${pad(when, WHEN_WIDTH)}${client.name}${why ? `  (${why})` : ''}${atRisk.has(client) ? `  ${AT_RISK_MARK}` : ''}`];
  if (what) lines.push(`${indent}${what}`);
  lines.push(`${indent}${client.path}`);
  return lines.join('\n');
}

/** Items grouped under their bucket (later ones by month), as plain text. */
export function agendaText(items: AgendaItem[], atRisk: ReadonlySet<Client> = new Set()): string {
  const lines: string[] = [];
  let group = '';
  const counts = new Map<string, number>();
  for (const item of items) counts.set(groupTitle(item), (counts.get(groupTitle(item)) ?? 0) + 1);
  for (const item of items) {
    const title = groupTitle(item);
    if (title !== group) {
      if (lines.length) lines.push('');
      lines.push(`${title} (${counts.get(title)})`);
      group = title;
    }
    lines.push(itemLine(item, atRisk));
  }
  return lines.join('\n');
}

export function importantDatesText(occurrences: ImportantDateOccurrence[]): string {
  return occurrences
    .map((occurrence) => {
      const who = occurrence.person === occurrence.client.name ? occurrence.client.name : `${occurrence.person} (${occurrence.client.name})`;
      const age = occurrence.age !== undefined ? `, ${occurrence.age}` : '';
      return `  ${pad(shortDate(occurrence.day), WHEN_WIDTH)}${who}: ${occurrence.label}${age}`;
    })
    .join('\n');
}

export function todayHeading(today: Day): string {
  const [year, month, day] = formatDay(today).split('-').map(Number);
  const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return `${names[weekdayOf(today) - 1]}, ${day} ${MONTHS[month - 1]} ${year}`;
}
