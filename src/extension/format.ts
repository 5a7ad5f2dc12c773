import * as vscode from 'vscode';
import { Client } from '../core/dossier/dossier';
import { Message } from '../core/messages';
import { Due } from '../core/notebook/agenda';
import { Day, Minutes, formatDay, formatTime, partsFromDay } from '../core/schedule/calendar';
import { Duration } from '../core/schedule/duration';
import { countText, dateFormat, instantOf, relativeDayText } from '../core/schedule/intlFormat';
import * as shared from '../messageText';
import { config } from './config';

/** What the engine says (a problem, a refused edit, a date it cannot read), in the display language. */
export function say(message: Message): string {
  return shared.messageText(message, vscode.l10n, vscode.env.language);
}

/** Dates for people: in their language (`Mon, 30 Nov 2026`) or ISO, as the setting says. */
export function displayDay(day: Day): string {
  if (config.dateFormat() === 'iso') return formatDay(day);
  // Noon UTC of that calendar day, formatted in UTC: the day never shifts.
  return dateFormat(vscode.env.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instantOf(day));
}

/**
 * Dates in tree rows, where width is short: `Fri, Nov 27` (the year only when
 * it is not this year's), or ISO as the setting says.
 */
export function shortDay(day: Day, today: Day): string {
  if (config.dateFormat() === 'iso') return formatDay(day);
  const sameYear = partsFromDay(day).year === partsFromDay(today).year;
  return dateFormat(vscode.env.language, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(instantOf(day));
}

export function displayDayTime(day: Day, time?: Minutes): string {
  return time === undefined ? displayDay(day) : `${displayDay(day)} ${formatTime(time)}`;
}

/** `in 3 days`, `today`, `2 days ago`, in the display language with its plural forms (Intl). */
export function relativeDay(day: Day, today: Day): string {
  return relativeDayText(day, today, vscode.env.language);
}

/** `47 years`, `47 lat`, `47 лет`. */
export function yearsText(years: number): string {
  return countText(years, 'year', vscode.env.language);
}

/** A cadence in words: `1 month`, `2 Wochen`, `working days: 5`. */
export function cadenceText(cadence: Duration): string {
  return shared.cadenceText(cadence, vscode.l10n, vscode.env.language);
}

/** The kind of a log entry as a label (`call` → `Call`, `Anruf`, `Звонок`); unknown kinds as written. */
export function kindLabel(kind: string): string {
  return shared.kindLabel(kind, vscode.l10n);
}

/** The kind of a log entry inside a sentence (`call`, `Anruf`, `звонок`); unknown kinds as written. */
export function kindText(kind: string): string {
  return shared.kindText(kind, vscode.l10n);
}

/** An important date's label: a contact's birthday (labelled `Birthday` by the engine) in the display language, others as written. */
export function dateLabel(label: string): string {
  return shared.dateLabel(label, vscode.l10n);
}

/** Why a client is due by its cadence, in the display language (`Due.reason` is English). */
export function dueReasonText(due: Due, today: Day): string | undefined {
  return shared.dueReasonText(due, today, vscode.l10n, vscode.env.language);
}

/** `call · confirm Q1 booking` */
export function actionAndNote(client: Client): string {
  return [client.nextAction && kindLabel(client.nextAction), client.nextNote].filter(Boolean).join(' · ');
}

/** What tells two clients of the same name apart: company and email. */
export function clientDetail(client: Client): string {
  return [client.company, client.emails[0], client.phones[0]].filter(Boolean).join(' · ');
}

const ACTION_ICONS: Record<string, string> = {
  call: 'call-outgoing',
  meeting: 'organization',
  email: 'mail',
  message: 'comment',
  visit: 'location',
};

export function actionIcon(action: string | undefined, color?: vscode.ThemeColor): vscode.ThemeIcon {
  return new vscode.ThemeIcon((action && ACTION_ICONS[action]) || 'person', color);
}
