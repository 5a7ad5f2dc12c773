import { Client } from '../core/dossier/dossier';
import { AgendaItem, Due, ImportantDateOccurrence } from '../core/notebook/agenda';
import { BucketId } from '../core/schedule/buckets';
import { Day, dayFromParts, formatDay, formatTime } from '../core/schedule/calendar';
import { countText, longDateText, monthYearText, shortWeekdayText } from '../core/schedule/intlFormat';
import * as shared from '../messageText';
import * as l10n from '@vscode/l10n';
import { cliLocale } from './l10n';

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

/** A divider's title, in the run's language. */
export function bucketTitle(bucket: BucketId): string {
  return shared.bucketTitle(bucket, l10n);
}

/** `Mon 2026-11-23`, `pon. 2026-11-23`, `пн 2026-11-23`: the weekday in the run's language, the date unambiguous. */
export function shortDate(day: Day): string {
  return `${shortWeekdayText(day, cliLocale())} ${formatDay(day)}`;
}

function groupTitle(item: AgendaItem): string {
  if (item.bucket === 'later' && item.due) return monthYearText(item.due.day, cliLocale());
  return bucketTitle(item.bucket);
}

/** A log entry's kind for people, inside a line (`call`, `rozmowa`); unknown kinds as written. */
export function kindText(kind: string): string {
  return shared.kindText(kind, l10n);
}

/** Why a client is due by its cadence, in the run's language (`Due.reason` stays English for JSON). */
export function dueReasonText(due: Due, today: Day): string | undefined {
  return shared.dueReasonText(due, today, l10n, cliLocale());
}

/**
 * The width of the "when" column: the locale's longest short weekday, then
 * ` 2026-11-29 10:30` and two spaces (22 in English; Polish `niedz.` needs 25).
 */
function whenWidth(): number {
  const locale = cliLocale();
  let width = WHEN_WIDTHS.get(locale);
  if (width === undefined) {
    const monday = dayFromParts(2024, 1, 1);
    let longest = 0;
    for (let offset = 0; offset < 7; offset++) longest = Math.max(longest, shortWeekdayText(monday + offset, locale).length);
    WHEN_WIDTHS.set(locale, (width = longest + ' 2026-11-29 10:30'.length + 2));
  }
  return width;
}

/** Per locale: an agenda asks for every line. */
const WHEN_WIDTHS = new Map<string, number>();

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** Marks a one-order client past the repurchase window (see "Numbers" in the README). */
export function atRiskMark(): string {
  return `! ${l10n.t('at risk')}`;
}

function itemLine(item: AgendaItem, atRisk: ReadonlySet<Client>, today: Day): string {
  const { client, due } = item;
  const when = due ? `${shortDate(due.day)}${due.time !== undefined ? ` ${formatTime(due.time)}` : ''}` : '';
  const what = [client.nextAction && kindText(client.nextAction), client.nextNote].filter(Boolean).join(' · ');
  const overdue = item.overdueDays ? l10n.t('{0} overdue', countText(item.overdueDays, 'day', cliLocale())) : '';
  const why = [overdue, due ? dueReasonText(due, today) : ''].filter(Boolean).join(', ');
  const width = whenWidth();
  const indent = ' '.repeat(2 + width);
  const lines = [`  ${pad(when, width)}${client.name}${why ? `  (${why})` : ''}${atRisk.has(client) ? `  ${atRiskMark()}` : ''}`];
  if (what) lines.push(`${indent}${what}`);
  lines.push(`${indent}${client.path}`);
  return lines.join('\n');
}

/** Items grouped under their bucket (later ones by month), as plain text. */
export function agendaText(items: AgendaItem[], today: Day, atRisk: ReadonlySet<Client> = new Set()): string {
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
    lines.push(itemLine(item, atRisk, today));
  }
  return lines.join('\n');
}

export function importantDatesText(occurrences: ImportantDateOccurrence[]): string {
  return occurrences
    .map((occurrence) => {
      const who = occurrence.person === occurrence.client.name ? occurrence.client.name : `${occurrence.person} (${occurrence.client.name})`;
      const age = occurrence.age !== undefined ? `, ${countText(occurrence.age, 'year', cliLocale())}` : '';
      return `  ${pad(shortDate(occurrence.day), whenWidth())}${who}: ${shared.dateLabel(occurrence.label, l10n)}${age}`;
    })
    .join('\n');
}

/** `Monday, 23 November 2026`, `Poniedziałek, 23 listopada 2026`: the day, in the run's language. */
export function todayHeading(today: Day): string {
  return longDateText(today, cliLocale());
}
