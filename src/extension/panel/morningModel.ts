import * as vscode from 'vscode';
import { weekComparison, punctuality } from '../../core/analytics/activity';
import { atRiskClients } from '../../core/analytics/segments';
import { notebookNps, npsByMonth } from '../../core/analytics/nps';
import { Client } from '../../core/dossier/dossier';
import { AgendaItem, isBirthdayLabel, lastInteraction } from '../../core/notebook/agenda';
import { agenda, upcomingDates } from '../../core/notebook/queries';
import { Move, dailyLoad, proposeBalance } from '../../core/notebook/workload';
import { Day, addDays, addMonths, dayFromParts, daysInMonth, formatDay, formatTime, partsFromDay, startOfMonth, weekdayOf } from '../../core/schedule/calendar';
import { dateFormat, instantOf, longDateText } from '../../core/schedule/intlFormat';
import { CardView, DateView, MonthView, MorningState, MoveView, WeekView } from '../../protocol';
import { dateLabel, displayDay, dueReasonText, kindLabel, relativeDay, yearsText } from '../format';
import { ClientRef, Notebooks } from '../notebooks';
import { monthTitle } from '../views/labels';

/** How far ahead the panel lists birthdays and anniversaries. */
const DATES_AHEAD = 14;
/** Balance moves work to days up to this many days ahead, unless the user pins another date. */
export const BALANCE_DAYS = 14;

/** `Środa, 25 listopada 2026`: a heading, so capitalised (Polish and Russian weekdays are lower-case). */
function longDate(day: Day): string {
  return longDateText(day, vscode.env.language);
}

function weekdayNames(weekStartsOn: number): string[] {
  const format = dateFormat(vscode.env.language, { weekday: 'short', timeZone: 'UTC' });
  const monday = dayFromParts(2024, 1, 1); // was a Monday
  return Array.from({ length: 7 }, (_, index) => format.format(instantOf(monday + ((weekStartsOn - 1 + index) % 7))));
}

function reasonText(item: AgendaItem, today: Day): string {
  if (!item.due) return vscode.l10n.t('No date');
  const byCadence = dueReasonText(item.due, today);
  if (byCadence) return byCadence;
  return item.overdueDays ? vscode.l10n.t('was due {0}', relativeDay(item.due.day, today)) : vscode.l10n.t('due {0}', relativeDay(item.due.day, today));
}

/** Everything the morning panel shows, from the notebooks and the clock. */
export class MorningModel {
  /** Card ids to the clients they stand for; rebuilt with every state. */
  private refs = new Map<string, ClientRef>();
  private lastMoves: { ref: ClientRef; move: Move }[] = [];

  constructor(private readonly notebooks: Notebooks) {}

  resolve(id: string): ClientRef | undefined {
    return this.refs.get(id);
  }

  /** The proposal shown last, to apply exactly what the user saw. */
  get proposal(): { ref: ClientRef; move: Move }[] {
    return this.lastMoves;
  }

  private idOf(ref: ClientRef): string {
    const id = `${this.notebooks.roots.indexOf(ref.root)}:${ref.client.path}`;
    this.refs.set(id, ref);
    return id;
  }

  private card(ref: ClientRef, item: AgendaItem, today: Day, atRisk: ReadonlySet<Client>): CardView {
    const { client, due } = item;
    const last = lastInteraction(client);
    return {
      id: this.idOf(ref),
      name: client.name,
      company: client.company,
      action: client.nextAction,
      actionLabel: client.nextAction && kindLabel(client.nextAction),
      note: client.nextNote,
      reason: reasonText(item, today),
      due: due ? formatDay(due.day) : '',
      dueLabel: due ? displayDay(due.day) : '',
      time: due?.time !== undefined ? formatTime(due.time) : undefined,
      overdueDays: item.overdueDays,
      phone: client.phones[0],
      email: client.emails[0],
      last: last ? `${displayDay(last.day)} ${kindLabel(last.kind)}: ${last.text.split('\n')[0]}` : undefined,
      atRisk: atRisk.has(client) || undefined,
    };
  }

  build(monthsShown: number, withBalance: boolean): MorningState {
    this.refs = new Map();
    const today = this.notebooks.today();
    const first = this.notebooks.roots[0];
    const settings = first?.index.settings;
    const capacity = settings?.dailyCapacity ?? 8;
    const weekStartsOn = settings?.weekStartsOn ?? 1;
    const workingDays = settings?.workingDays ?? new Set();
    const monthStart = startOfMonth(today);
    const lastDay = addDays(addMonths(monthStart, monthsShown), -1);

    const cards: CardView[] = [];
    const scheduled: CardView[] = [];
    const all: { ref: ClientRef; item: AgendaItem }[] = [];
    for (const root of this.notebooks.roots) {
      const atRisk = atRiskClients(root.index.clientList(), today);
      for (const item of agenda(root.index, today)) {
        const ref = { root, client: item.client, uri: root.uriOf(item.client.path) };
        all.push({ ref, item });
        if (!item.due) continue;
        const view = this.card(ref, item, today, atRisk);
        if (item.due.day <= today) cards.push(view);
        if (item.due.day <= lastDay) scheduled.push(view);
      }
    }

    const dates: DateView[] = [];
    for (const root of this.notebooks.roots) {
      for (const occurrence of upcomingDates(root.index, today, DATES_AHEAD)) {
        dates.push({
          id: this.idOf({ root, client: occurrence.client, uri: root.uriOf(occurrence.client.path) }),
          person: occurrence.person,
          client: occurrence.client.name,
          label: dateLabel(occurrence.label),
          birthday: isBirthdayLabel(occurrence.label),
          date: formatDay(occurrence.day),
          dateLabel: `${displayDay(occurrence.day)} · ${relativeDay(occurrence.day, today)}`,
          ageText: occurrence.age ? yearsText(occurrence.age) : undefined,
        });
      }
    }

    const items = all.map((entry) => entry.item);
    const loads = dailyLoad(items, monthStart, lastDay, today, capacity, workingDays);
    const months: MonthView[] = [];
    for (let offset = 0; offset < monthsShown; offset++) {
      const start = addMonths(monthStart, offset);
      const { year, month } = partsFromDay(start);
      const end = dayFromParts(year, month, daysInMonth(year, month));
      months.push({
        key: formatDay(start).slice(0, 7),
        title: monthTitle(start),
        weekdays: weekdayNames(weekStartsOn),
        leadingBlanks: (weekdayOf(start) - weekStartsOn + 7) % 7,
        days: loads.filter((load) => load.day >= start && load.day <= end).map((load) => ({
          date: formatDay(load.day),
          dayOfMonth: partsFromDay(load.day).day,
          count: load.count,
          working: load.working,
          level: load.level,
          isToday: load.day === today,
          isPast: load.day < today,
          label: longDate(load.day),
        })),
      });
    }

    let balance: MorningState['balance'];
    this.lastMoves = [];
    if (withBalance) {
      const until = addDays(today, BALANCE_DAYS);
      const byItem = new Map(all.map((entry) => [entry.item, entry.ref]));
      this.lastMoves = proposeBalance(items, { today, until, capacity, workingDays }).map((move) => ({ ref: byItem.get(move.item)!, move }));
      balance = {
        until: formatDay(until),
        untilLabel: displayDay(until),
        moves: this.lastMoves.map(({ ref, move }): MoveView => ({
          id: this.idOf(ref),
          name: ref.client.name,
          actionLabel: ref.client.nextAction && kindLabel(ref.client.nextAction),
          from: formatDay(move.from),
          fromLabel: displayDay(move.from),
          to: formatDay(move.to),
          toLabel: displayDay(move.to),
        })),
      };
    }

    return {
      today: formatDay(today),
      todayLabel: longDate(today),
      capacity,
      cards,
      scheduled,
      dates,
      months,
      balance,
      week: this.week(today, weekStartsOn, items),
      strings: panelStrings(),
      hasNotebook: this.notebooks.roots.length > 0,
    };
  }

  private week(today: Day, weekStartsOn: 1 | 2 | 3 | 4 | 5 | 6 | 7, items: AgendaItem[]): WeekView {
    const clients = [...this.notebooks.clients()].map((ref) => ref.client);
    const comparison = weekComparison(clients, today, weekStartsOn);
    const kinds = new Set([...comparison.thisWeek.keys(), ...comparison.lastWeek.keys()]);
    const settings = this.notebooks.roots[0]?.index.settings;
    const onTime = settings ? punctuality(clients, settings, comparison.thisWeekStart - 7, today) : { onTime: 0, late: 0 };
    const trendFrom = startOfMonth(addMonths(today, -5));
    return {
      kinds: [...kinds].sort().map((kind) => ({ kind, label: kindLabel(kind), thisWeek: comparison.thisWeek.get(kind) ?? 0, lastWeek: comparison.lastWeek.get(kind) ?? 0 })),
      onTime: onTime.onTime,
      late: onTime.late,
      overdue: items.filter((item) => item.bucket === 'overdue').length,
      nps: notebookNps(clients, -Infinity, today),
      npsTrend: npsByMonth(clients, trendFrom, today).map((month) => ({ month: month.month, label: monthTitle(dayFromParts(Number(month.month.slice(0, 4)), Number(month.month.slice(5)), 1)), index: month.index })),
    };
  }
}

function panelStrings(): Record<string, string> {
  return {
    title: vscode.l10n.t('Morning summary'),
    today: vscode.l10n.t('Today'),
    overdue: vscode.l10n.t('Overdue'),
    nothingDue: vscode.l10n.t('Nothing due today. A good day to call someone you have not heard from.'),
    log: vscode.l10n.t('Log'),
    reschedule: vscode.l10n.t('Reschedule'),
    open: vscode.l10n.t('Open'),
    congratulate: vscode.l10n.t('Congratulate'),
    comingDates: vscode.l10n.t('Coming dates'),
    load: vscode.l10n.t('The load'),
    capacity: vscode.l10n.t('{0} a day'),
    nextMonth: vscode.l10n.t('Show next month'),
    fewerMonths: vscode.l10n.t('Show one month'),
    followUps: vscode.l10n.t('Follow-ups: {0}'),
    noFollowUps: vscode.l10n.t('No follow-ups'),
    dayClients: vscode.l10n.t('Follow-ups on {0}'),
    moveHint: vscode.l10n.t('Drag a card onto a day, or focus a card and press M, then pick a day with the arrow keys and Enter.'),
    moving: vscode.l10n.t('Moving {0}: pick a day with the arrow keys, Enter to move, Escape to cancel.'),
    balance: vscode.l10n.t('Balance'),
    balanceHint: vscode.l10n.t('Move overdue and overflowing follow-ups to the lightest working days'),
    balanceNone: vscode.l10n.t('Nothing to move: every day up to {0} is within capacity.'),
    balanceTitle: vscode.l10n.t('Proposed moves, up to {0}'),
    apply: vscode.l10n.t('Apply'),
    cancel: vscode.l10n.t('Cancel'),
    week: vscode.l10n.t('The week in numbers'),
    thisWeek: vscode.l10n.t('This week'),
    lastWeek: vscode.l10n.t('Last week'),
    onTime: vscode.l10n.t('On time'),
    late: vscode.l10n.t('Late'),
    overdueCount: vscode.l10n.t('Overdue now'),
    nps: vscode.l10n.t('NPS'),
    promoters: vscode.l10n.t('Promoters'),
    passives: vscode.l10n.t('Passives'),
    detractors: vscode.l10n.t('Detractors'),
    npsTrend: vscode.l10n.t('NPS by month'),
    noScores: vscode.l10n.t('No NPS scores yet'),
    lastContact: vscode.l10n.t('Last'),
    atRisk: vscode.l10n.t('At risk: past the usual time to reorder'),
    noNotebook: vscode.l10n.t('Open a folder of client dossiers to see your morning.'),
  };
}
