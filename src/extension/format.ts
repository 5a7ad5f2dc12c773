import * as vscode from 'vscode';
import { Client } from '../core/dossier/dossier';
import { Day, Minutes, formatDay, formatTime, partsFromDay } from '../core/schedule/calendar';
import { config } from './config';

/** Dates for people: in their language (`Mon, 30 Nov 2026`) or ISO, as the setting says. */
export function displayDay(day: Day): string {
  if (config.dateFormat() === 'iso') return formatDay(day);
  const { year, month, day: date } = partsFromDay(day);
  // Noon UTC of that calendar day, formatted in UTC: the day never shifts.
  const instant = new Date(Date.UTC(year, month - 1, date, 12));
  return new Intl.DateTimeFormat(vscode.env.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instant);
}

/**
 * Dates in tree rows, where width is short: `Fri, Nov 27` (the year only when
 * it is not this year's), or ISO as the setting says.
 */
export function shortDay(day: Day, today: Day): string {
  if (config.dateFormat() === 'iso') return formatDay(day);
  const { year, month, day: date } = partsFromDay(day);
  const instant = new Date(Date.UTC(year, month - 1, date, 12));
  const sameYear = year === partsFromDay(today).year;
  return new Intl.DateTimeFormat(vscode.env.language, { weekday: 'short', day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' }).format(instant);
}

export function displayDayTime(day: Day, time?: Minutes): string {
  return time === undefined ? displayDay(day) : `${displayDay(day)} ${formatTime(time)}`;
}

/** `in 3 days`, `today`, `2 days ago`. */
export function relativeDay(day: Day, today: Day): string {
  const delta = day - today;
  if (delta === 0) return vscode.l10n.t('today');
  if (delta === 1) return vscode.l10n.t('tomorrow');
  if (delta === -1) return vscode.l10n.t('yesterday');
  return delta > 0 ? vscode.l10n.t('in {0} days', delta) : vscode.l10n.t('{0} days ago', -delta);
}

/** `call · confirm Q1 booking` */
export function actionAndNote(client: Client): string {
  return [client.nextAction, client.nextNote].filter(Boolean).join(' · ');
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
