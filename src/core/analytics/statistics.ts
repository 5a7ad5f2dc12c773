import { Client } from '../dossier/dossier';
import { NotebookSettings } from '../notebook/settings';
import { Day } from '../schedule/calendar';
import { Grievance, KindCountAt, Punctuality, Stages, YearClients, clientsPerYear, complaintsAndRefusals, interactionsByKind, interactionsPerDay, interactionsPerWeek, punctuality, stages } from './activity';
import { DetractorFollowUp, MonthlyNps, NpsSummary, detractorsToFollowUp, latestScore, notebookNps, npsByMonth } from './nps';
import { Segment, Totals, addAmount, isAtRisk, orderProfile, ordersOf, repurchaseWindow, segmentOf } from './segments';
import { compareCodeUnits, compareNames } from '../text';

export interface StatisticsPeriod {
  /** First day counted; undefined for the beginning of the log. */
  from?: Day;
  /** Last day counted, and the day segments and the at-risk flag are taken on. */
  until: Day;
}

export interface ClientFigures {
  client: Client;
  /** On the period's last day, from every order up to it; undefined without orders. */
  segment?: Segment;
  atRisk: boolean;
  /** Orders in the period, and their amounts per currency (hundredths). */
  orders: number;
  totals: Totals;
  /** Every order up to the period's last day (frequency), the first and the last. */
  ordersEver: number;
  firstOrder?: Day;
  lastOrder?: Day;
  /** Days since the last order (recency). */
  recencyDays?: number;
  /** The latest NPS score in the period. */
  nps?: number;
}

export interface StatisticsReport {
  period: StatisticsPeriod;
  nps: NpsSummary;
  npsByMonth: MonthlyNps[];
  detractors: DetractorFollowUp[];
  repurchaseWindow?: number;
  /** Sorted by name, then path. */
  clients: ClientFigures[];
  segments: Record<Segment, number> & { none: number };
  /** Orders in the period per currency (hundredths). */
  totals: Totals;
  orders: number;
  activity: {
    byKind: Map<string, number>;
    perDay: KindCountAt[];
    perWeek: KindCountAt[];
    punctuality: Punctuality;
    years: YearClients[];
    stages: Stages;
    grievances: Grievance[];
  };
}

/** Every figure of the README's "Numbers", for one notebook and one period. */
export function computeStatistics(clientList: Iterable<Client>, settings: NotebookSettings, period: StatisticsPeriod): StatisticsReport {
  const clients = [...clientList];
  const from = period.from ?? -Infinity;
  const until = period.until;
  const window = repurchaseWindow(clients, until);
  const segments: StatisticsReport['segments'] = { vip: 0, growing: 0, newcomer: 0, one_time: 0, lost: 0, none: 0 };
  const totals: Totals = new Map();
  let orders = 0;
  const figures = clients.map((client): ClientFigures => {
    const profile = orderProfile(client, until);
    const segment = segmentOf(profile, until, settings);
    segments[segment ?? 'none']++;
    const inPeriod = ordersOf(client, from, until);
    const own: Totals = new Map();
    for (const order of inPeriod) {
      addAmount(own, order, settings);
      addAmount(totals, order, settings);
    }
    orders += inPeriod.length;
    return {
      client,
      segment,
      atRisk: isAtRisk(profile, until, window),
      orders: inPeriod.length,
      totals: own,
      ordersEver: profile.orders.length,
      firstOrder: profile.first,
      lastOrder: profile.last,
      recencyDays: profile.recencyDays,
      nps: latestScore(client, from, until)?.score,
    };
  });
  figures.sort((a, b) => compareNames(a.client.name, b.client.name) || compareCodeUnits(a.client.path, b.client.path));
  return {
    period,
    nps: notebookNps(clients, from, until),
    npsByMonth: npsByMonth(clients, from, until),
    detractors: detractorsToFollowUp(clients, from, until),
    repurchaseWindow: window,
    clients: figures,
    segments,
    totals,
    orders,
    activity: {
      byKind: interactionsByKind(clients, from, until),
      perDay: interactionsPerDay(clients, from, until),
      perWeek: interactionsPerWeek(clients, from, until, settings.weekStartsOn),
      punctuality: punctuality(clients, settings, from, until),
      years: clientsPerYear(clients, from, until),
      stages: stages(clients),
      grievances: complaintsAndRefusals(clients, from, until),
    },
  };
}
