import { Client } from '../dossier/dossier';
import { LogEntry } from '../dossier/logEntry';
import { NotebookSettings, SegmentThresholds } from '../notebook/settings';
import { Day } from '../schedule/calendar';

/**
 * Order segments, recency / frequency / monetary value and the repurchase
 * window, all from `order` entries (see the README, "Numbers"). Amounts are
 * kept per currency and never added across currencies.
 */

export type Segment = 'newcomer' | 'one_time' | 'growing' | 'lost' | 'vip';

export const SEGMENTS: readonly Segment[] = ['vip', 'growing', 'newcomer', 'one_time', 'lost'];

/** The code for amounts written without one when the notebook sets no `currency` (ISO 4217 "no currency"). */
export const NO_CURRENCY = 'XXX';

/** Sums in hundredths, so that 0.1 + 0.2 is 0.3. */
export type Totals = Map<string, number>;

export interface OrderProfile {
  /** Orders on or before the day the profile is taken, oldest first. */
  orders: LogEntry[];
  first?: Day;
  second?: Day;
  last?: Day;
  /** Days from the last order to the reference day. */
  recencyDays?: number;
}

export function currencyOf(entry: LogEntry, settings: NotebookSettings): string {
  return entry.currency ?? settings.currency ?? NO_CURRENCY;
}

/** Adds an order's amount to per-currency totals (in hundredths; read them with `totalsObject`). */
export function addAmount(totals: Totals, entry: LogEntry, settings: NotebookSettings): void {
  if (entry.amount === undefined) return;
  const code = currencyOf(entry, settings);
  totals.set(code, (totals.get(code) ?? 0) + Math.round(entry.amount * 100));
}

/** `{PLN: 12500.5, EUR: 800}`, currencies in alphabetical order. */
export function totalsObject(totals: Totals): Record<string, number> {
  const result: Record<string, number> = {};
  for (const code of [...totals.keys()].sort()) result[code] = totals.get(code)! / 100;
  return result;
}

export function ordersOf(client: Client, from = -Infinity, until = Infinity): LogEntry[] {
  const orders: LogEntry[] = [];
  // The log is newest first; orders are wanted oldest first.
  for (let index = client.log.length - 1; index >= 0; index--) {
    const entry = client.log[index];
    if (entry.kind === 'order' && entry.day >= from && entry.day <= until) orders.push(entry);
  }
  return orders;
}

export function orderProfile(client: Client, asOf: Day): OrderProfile {
  const orders = ordersOf(client, -Infinity, asOf);
  const last = orders.length ? orders[orders.length - 1].day : undefined;
  return { orders, first: orders[0]?.day, second: orders[1]?.day, last, recencyDays: last === undefined ? undefined : asOf - last };
}

function vipThreshold(code: string, thresholds: SegmentThresholds, settings: NotebookSettings): number | undefined {
  const own = thresholds.vipAmount.get(code);
  if (own !== undefined) return own;
  return code === (settings.currency ?? NO_CURRENCY) ? thresholds.vipAmount.get('') : undefined;
}

/**
 * The client's segment on `asOf`, from its orders up to that day; undefined
 * without orders. The first rule that holds wins: VIP, newcomer, one-time,
 * lost, growing.
 */
export function segmentOf(profile: OrderProfile, asOf: Day, settings: NotebookSettings): Segment | undefined {
  const { orders, first, last } = profile;
  if (!orders.length || first === undefined || last === undefined) return undefined;
  const t = settings.segments;
  if (asOf - last <= t.recentDays) {
    const inWindow = orders.filter((order) => order.day > asOf - t.vipDays);
    if (inWindow.length >= t.vipOrders) {
      const totals: Totals = new Map();
      for (const order of inWindow) addAmount(totals, order, settings);
      for (const [code, hundredths] of totals) {
        const threshold = vipThreshold(code, t, settings);
        if (threshold !== undefined && hundredths >= Math.round(threshold * 100)) return 'vip';
      }
    }
  }
  if (asOf - first <= t.recentDays) return 'newcomer';
  if (orders.length === 1) return 'one_time';
  if (asOf - last > t.lostDays) return 'lost';
  return 'growing';
}

/**
 * The repurchase window: the median number of days between a client's first
 * and second order, over every client with two orders or more by `asOf`
 * (the mean of the two middle values for an even count); undefined when no
 * client has ordered twice.
 */
export function repurchaseWindow(clients: Iterable<Client>, asOf: Day): number | undefined {
  const gaps: number[] = [];
  for (const client of clients) {
    const orders = ordersOf(client, -Infinity, asOf);
    if (orders.length >= 2) gaps.push(orders[1].day - orders[0].day);
  }
  if (!gaps.length) return undefined;
  gaps.sort((a, b) => a - b);
  const middle = Math.floor(gaps.length / 2);
  return gaps.length % 2 ? gaps[middle] : (gaps[middle - 1] + gaps[middle]) / 2;
}

/** A one-order client whose order is more than the window old: time to send an offer. */
export function isAtRisk(profile: OrderProfile, asOf: Day, window: number | undefined): boolean {
  return window !== undefined && profile.orders.length === 1 && profile.first !== undefined && asOf - profile.first > window;
}

/**
 * Which clients of a notebook are at risk on `asOf`: the query the views use
 * (the tree's tooltip, the morning panel, `due` and `agenda`).
 */
export function atRiskClients(clients: Iterable<Client>, asOf: Day): Set<Client> {
  const list = [...clients];
  const window = repurchaseWindow(list, asOf);
  const result = new Set<Client>();
  if (window === undefined) return result;
  for (const client of list) {
    let count = 0;
    let first: Day | undefined;
    for (const entry of client.log) {
      if (entry.kind !== 'order' || entry.day > asOf) continue;
      count++;
      first = entry.day;
    }
    if (count === 1 && asOf - first! > window) result.add(client);
  }
  return result;
}
