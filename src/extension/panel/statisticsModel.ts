import * as vscode from 'vscode';
import { SEGMENTS, Segment, totalsObject } from '../../core/analytics/segments';
import { StatisticsReport, computeStatistics } from '../../core/analytics/statistics';
import { Day, addDays, addMonths, dayFromParts, formatDay, startOfWeek } from '../../core/schedule/calendar';
import { countText, dateFormat, instantOf, numberFormat } from '../../core/schedule/intlFormat';
import { DEFAULT_SETTINGS } from '../../core/notebook/settings';
import { Client } from '../../core/dossier/dossier';
import { ClientRowView, EntryView, StatisticsPeriod, StatisticsState } from '../../statisticsProtocol';
import * as shared from '../../messageText';
import { displayDay, kindLabel } from '../format';
import { ClientRef, Notebooks } from '../notebooks';
import { NotebookRoot } from '../notebookRoot';
import { compareCodeUnits } from '../../core/text';

export function segmentLabel(segment: Segment | undefined): string {
  return shared.segmentLabel(segment, vscode.l10n);
}

function shortMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return dateFormat(vscode.env.language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instantOf(dayFromParts(year, number, 1)));
}

function shortDate(day: Day): string {
  return dateFormat(vscode.env.language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(instantOf(day));
}

export function money(amount: number, currency: string): string {
  try {
    return numberFormat(vscode.env.language, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The first day a period preset covers, counting back from `until`. */
export function periodStart(period: StatisticsPeriod, until: Day): Day | undefined {
  if (period === 'all') return undefined;
  return addDays(addMonths(until, period === '12m' ? -12 : -3), 1);
}

/** Everything the statistics panel shows, from one notebook, the clock and the period. */
export class StatisticsModel {
  private refs = new Map<string, ClientRef>();

  constructor(private readonly notebooks: Notebooks) {}

  resolve(id: string): ClientRef | undefined {
    return this.refs.get(id);
  }

  build(period: StatisticsPeriod, notebookIndex: number): StatisticsState {
    this.refs = new Map();
    const today = this.notebooks.today();
    const roots = this.notebooks.roots;
    const root: NotebookRoot | undefined = roots[Math.min(notebookIndex, roots.length - 1)];
    this.root = root;
    const from = periodStart(period, today);
    const report = computeStatistics(root?.index.clientList() ?? [], root?.index.settings ?? DEFAULT_SETTINGS, { from, until: today });
    let firstDay = from ?? today;
    if (from === undefined) for (const figures of report.clients) for (const entry of figures.client.log) firstDay = Math.min(firstDay, entry.day);
    const idOf = (client: Client) => this.idOf(client);
    return {
      today: formatDay(today),
      period,
      periodLabel: `${displayDay(firstDay)} – ${displayDay(today)}`,
      notebooks: roots.map((each) => each.name),
      notebook: root ? roots.indexOf(root) : 0,
      hasNotebook: root !== undefined,
      nps: report.nps,
      npsByMonth: report.npsByMonth.map((month) => ({ key: month.month, label: shortMonth(month.month), index: month.index, promoters: month.promoters, passives: month.passives, detractors: month.detractors })),
      detractors: report.detractors.map((d) => this.entry(d.client, d.day, 'nps', d.text, d.score)),
      repurchaseWindow: report.repurchaseWindow ?? null,
      repurchaseWindowText: report.repurchaseWindow === undefined ? null : countText(report.repurchaseWindow, 'day', vscode.env.language),
      segments: [...SEGMENTS, undefined].map((segment) => ({ key: segment ?? 'none', label: segmentLabel(segment), count: report.segments[segment ?? 'none'] })),
      clients: report.clients.filter((figures) => figures.ordersEver > 0 || figures.nps !== undefined).map((figures): ClientRowView => {
        const totals = totalsObject(figures.totals);
        return {
          id: idOf(figures.client),
          name: figures.client.name,
          path: figures.client.path,
          segment: figures.segment ?? null,
          segmentLabel: segmentLabel(figures.segment),
          atRisk: figures.atRisk,
          orders: figures.orders,
          ordersEver: figures.ordersEver,
          totals,
          totalsLabel: Object.entries(totals).map(([code, amount]) => money(amount, code)).join(' + '),
          lastOrder: figures.lastOrder === undefined ? undefined : formatDay(figures.lastOrder),
          lastOrderLabel: figures.lastOrder === undefined ? undefined : displayDay(figures.lastOrder),
          nps: figures.nps ?? null,
        };
      }),
      orders: report.orders,
      totals: Object.entries(totalsObject(report.totals)).map(([currency, amount]) => ({ currency, amount, label: money(amount, currency) })),
      activity: this.activity(report),
      strings: statisticsStrings(),
    };
  }

  private root: NotebookRoot | undefined;

  private idOf(client: Client): string {
    const root = this.root;
    if (!root) return '';
    const id = `${this.notebooks.roots.indexOf(root)}:${client.path}`;
    this.refs.set(id, { root, client, uri: root.uriOf(client.path) });
    return id;
  }

  private entry(client: Client, day: Day, kind: string, text: string, score?: number): EntryView {
    return { id: this.idOf(client), name: client.name, date: formatDay(day), dateLabel: displayDay(day), kind, kindLabel: kindLabel(kind), text, score };
  }

  private activity(report: StatisticsReport): StatisticsState['activity'] {
    const { activity } = report;
    // Every week from the first with an interaction to the period's last, empty ones too, so the axis is time.
    const weeks: Day[] = [];
    if (activity.perWeek.length) {
      const last = startOfWeek(report.period.until, this.root?.index.settings.weekStartsOn ?? 1);
      for (let week = activity.perWeek[0].day; week <= last; week += 7) weeks.push(week);
    }
    const byKind = [...activity.byKind].map(([kind, count]) => ({ key: kind, label: kindLabel(kind), count })).sort((a, b) => b.count - a.count || compareCodeUnits(a.key, b.key));
    return {
      weeks: weeks.map((week) => ({ key: formatDay(week), label: shortDate(week) })),
      kinds: byKind.map(({ key, label }) => ({ key, label })),
      byWeek: activity.perWeek.map((count) => ({ week: formatDay(count.day), kind: count.kind, count: count.count })),
      byKind,
      total: byKind.reduce((sum, kind) => sum + kind.count, 0),
      onTime: activity.punctuality.onTime,
      late: activity.punctuality.late,
      years: activity.years.map((year) => ({ year: year.year, newClients: year.newClients, returning: year.returning })),
      stages: activity.stages.counts.map((count) => ({ key: count.stage, label: count.stage || vscode.l10n.t('(no stage)'), count: count.count })),
      funnel: activity.stages.funnel.map((step) => ({ key: step.stage, label: step.stage, reached: step.reached, conversion: step.conversion })),
      grievances: activity.grievances.map((g) => this.entry(g.client, g.day, g.kind, g.text)),
    };
  }
}

function statisticsStrings(): Record<string, string> {
  return {
    title: vscode.l10n.t('Statistics'),
    period: vscode.l10n.t('Period'),
    period12m: vscode.l10n.t('Last 12 months'),
    period3m: vscode.l10n.t('Last 3 months'),
    periodAll: vscode.l10n.t('All time'),
    notebook: vscode.l10n.t('Notebook'),
    nps: vscode.l10n.t('NPS'),
    promoters: vscode.l10n.t('Promoters'),
    passives: vscode.l10n.t('Passives'),
    detractors: vscode.l10n.t('Detractors'),
    npsByMonth: vscode.l10n.t('NPS by month'),
    noScores: vscode.l10n.t('No NPS scores in the period'),
    followUp: vscode.l10n.t('Detractors to follow up'),
    followUpHint: vscode.l10n.t('No interaction since their score: ask what disappointed them.'),
    loyalty: vscode.l10n.t('Loyalty and value'),
    orders: vscode.l10n.t('Orders'),
    ordersEver: vscode.l10n.t('Orders (all)'),
    inPeriod: vscode.l10n.t('In the period'),
    window: vscode.l10n.t('Repurchase window'),
    windowUnknown: vscode.l10n.t('not known yet'),
    windowHint: vscode.l10n.t('Median days from a first to a second order; a one-order client past it is at risk.'),
    segments: vscode.l10n.t('Segments'),
    segmentsHint: vscode.l10n.t('By orders up to today: VIP, growing, newcomer, one-time, lost (see the README, "Numbers").'),
    clients: vscode.l10n.t('Clients by segment'),
    client: vscode.l10n.t('Client'),
    segment: vscode.l10n.t('Segment'),
    lastOrder: vscode.l10n.t('Last order'),
    atRisk: vscode.l10n.t('At risk'),
    atRiskHint: vscode.l10n.t('At risk: one order, past the usual time to reorder'),
    noOrders: vscode.l10n.t('No orders yet'),
    activity: vscode.l10n.t('Activity'),
    byWeek: vscode.l10n.t('Interactions by week'),
    interactions: vscode.l10n.t('Interactions'),
    onTime: vscode.l10n.t('On time'),
    late: vscode.l10n.t('Late'),
    week: vscode.l10n.t('Week of'),
    kind: vscode.l10n.t('Kind'),
    count: vscode.l10n.t('Count'),
    years: vscode.l10n.t('New and returning clients'),
    year: vscode.l10n.t('Year'),
    newClients: vscode.l10n.t('New'),
    returning: vscode.l10n.t('Returning'),
    stages: vscode.l10n.t('Stages'),
    stage: vscode.l10n.t('Stage'),
    funnel: vscode.l10n.t('Stage funnel'),
    funnelHint: vscode.l10n.t('A client counts as having passed the stages before its own.'),
    reached: vscode.l10n.t('Reached'),
    conversion: vscode.l10n.t('To the next stage'),
    grievances: vscode.l10n.t('Complaints and refusals'),
    none: vscode.l10n.t('None in the period'),
    date: vscode.l10n.t('Date'),
    text: vscode.l10n.t('Text'),
    score: vscode.l10n.t('Score'),
    open: vscode.l10n.t('Open {0}'),
    showData: vscode.l10n.t('Show the numbers'),
    noNotebook: vscode.l10n.t('Open a folder of client dossiers to see its numbers.'),
  };
}
