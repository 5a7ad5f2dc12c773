import { parseArgs } from 'node:util';
import { atRiskClients } from '../../core/analytics/segments';
import { agenda, dueItems, upcomingDates } from '../../core/notebook/queries';
import { formatDay } from '../../core/schedule/calendar';
import { agendaText, importantDateJson, importantDatesText, itemJson, todayHeading } from '../render';
import * as l10n from '@vscode/l10n';
import { CliError, Session } from '../session';

/** How far ahead `due` looks for birthdays and anniversaries, at least. */
const IMPORTANT_DATES_WINDOW = 7;

export function runDue(session: Session, args: string[]): number {
  const { values } = parseArgs({ args, options: { days: { type: 'string' } }, allowPositionals: false });
  const days = values.days === undefined ? 0 : Number(values.days);
  if (!Number.isInteger(days) || days < 0) throw new CliError(l10n.t('--days must be a whole number of days, not "{0}".', String(values.days)), 2);
  const today = session.clock.today();
  const items = dueItems(session.index, today, days);
  const dates = upcomingDates(session.index, today, Math.max(days, IMPORTANT_DATES_WINDOW));
  const atRisk = atRiskClients(session.index.clientList(), today);
  if (session.json) {
    session.io.out(JSON.stringify({ today: formatDay(today), items: items.map((item) => itemJson(item, atRisk)), important_dates: dates.map(importantDateJson) }, null, 2));
    return 0;
  }
  const parts = [todayHeading(today), ''];
  parts.push(items.length ? agendaText(items, today, atRisk) : l10n.t('Nothing due. A quiet day.'));
  if (dates.length) parts.push('', l10n.t('Coming dates'), importantDatesText(dates));
  session.io.out(parts.join('\n'));
  return 0;
}

export function runAgenda(session: Session, args: string[]): number {
  parseArgs({ args, options: {}, allowPositionals: false });
  const today = session.clock.today();
  const items = agenda(session.index, today);
  const atRisk = atRiskClients(session.index.clientList(), today);
  if (session.json) {
    session.io.out(JSON.stringify({ today: formatDay(today), items: items.map((item) => itemJson(item, atRisk)) }, null, 2));
    return 0;
  }
  session.io.out([todayHeading(today), '', items.length ? agendaText(items, today, atRisk) : l10n.t('The notebook has no clients yet.')].join('\n'));
  return 0;
}
