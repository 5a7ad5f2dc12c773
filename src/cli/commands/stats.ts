import { parseArgs } from 'node:util';
import { KindCountAt } from '../../core/analytics/activity';
import { SEGMENTS, totalsObject } from '../../core/analytics/segments';
import { StatisticsReport, computeStatistics } from '../../core/analytics/statistics';
import { Day, formatDay, parseIsoDate } from '../../core/schedule/calendar';
import { countText } from '../../core/schedule/intlFormat';
import * as l10n from '@vscode/l10n';
import { cliLocale } from '../l10n';
import { atRiskMark, kindText } from '../render';
import { segmentLabel } from '../../messageText';
import { CliError, Session } from '../session';
import { compareCodeUnits, compareNames } from '../../core/text';

/** How many days of the period the text output lists one by one (JSON has them all). */
const TEXT_DAYS = 14;

function dateOption(name: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDate(value);
  if (day === undefined) throw new CliError(l10n.t('--{0} "{1}" is not a date; use YYYY-MM-DD.', name, value), 2);
  return day;
}

export function runStats(session: Session, args: string[]): number {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } }, allowPositionals: false });
  const from = dateOption('from', values.from);
  const until = dateOption('to', values.to) ?? session.clock.today();
  if (from !== undefined && from > until) throw new CliError(l10n.t('--from {0} is after --to {1}.', String(values.from), formatDay(until)), 2);
  const report = computeStatistics(session.index.clientList(), session.index.settings, { from, until });
  if (session.json) session.io.out(JSON.stringify(statsJson(report), null, 2));
  else session.io.out(statsText(report));
  return 0;
}

const kindCount = (key: 'date' | 'week') => (count: KindCountAt) => ({ [key]: formatDay(count.day), kind: count.kind, count: count.count });

/** The JSON of `stats --json` (documented in the README, "Numbers"). */
export function statsJson(report: StatisticsReport) {
  const { period, activity } = report;
  return {
    from: period.from === undefined ? null : formatDay(period.from),
    to: formatDay(period.until),
    nps: report.nps,
    nps_by_month: report.npsByMonth.map(({ month, index, promoters, passives, detractors }) => ({ month, index, promoters, passives, detractors })),
    detractors_to_follow_up: report.detractors.map((d) => ({ path: d.client.path, name: d.client.name, score: d.score, date: formatDay(d.day), text: d.text })),
    repurchase_window_days: report.repurchaseWindow ?? null,
    segments: report.segments,
    orders: report.orders,
    totals: totalsObject(report.totals),
    clients: report.clients.map((f) => ({
      path: f.client.path,
      name: f.client.name,
      segment: f.segment ?? null,
      at_risk: f.atRisk,
      orders: f.orders,
      totals: totalsObject(f.totals),
      nps: f.nps ?? null,
      orders_ever: f.ordersEver,
      first_order: f.firstOrder === undefined ? null : formatDay(f.firstOrder),
      last_order: f.lastOrder === undefined ? null : formatDay(f.lastOrder),
      recency_days: f.recencyDays ?? null,
      stage: f.client.stage ?? null,
    })),
    activity: {
      by_kind: Object.fromEntries([...activity.byKind].sort(([a], [b]) => compareCodeUnits(a, b))),
      by_day: activity.perDay.map(kindCount('date')),
      by_week: activity.perWeek.map(kindCount('week')),
      on_time: activity.punctuality.onTime,
      late: activity.punctuality.late,
      clients_by_year: activity.years.map((y) => ({ year: y.year, new: y.newClients, returning: y.returning })),
      stages: activity.stages.counts.map((c) => ({ stage: c.stage || null, count: c.count })),
      funnel: activity.stages.funnel,
      complaints: activity.grievances.map((g) => ({ date: formatDay(g.day), kind: g.kind, path: g.client.path, name: g.client.name, text: g.text })),
    },
  };
}

function money(totals: Map<string, number>): string {
  const object = totalsObject(totals);
  const parts = Object.entries(object).map(([code, amount]) => `${amount.toLocaleString(cliLocale(), { minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 })} ${code}`);
  return parts.join(' + ') || '—';
}

function signed(index: number | null): string {
  return index === null ? '—' : index > 0 ? `+${index}` : String(index);
}

function table(rows: string[][], indent = '  '): string[] {
  if (!rows.length) return [];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) => indent + row.map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - [...cell].length))).join('  ').trimEnd());
}

/** The report for people: one section per figure, tables lined up. */
export function statsText(report: StatisticsReport): string {
  const { period, activity } = report;
  const lines: string[] = [];
  const section = (title: string) => lines.push('', title);
  lines.push(period.from === undefined ? l10n.t('Numbers up to {0}', formatDay(period.until)) : l10n.t('Numbers from {0} to {1}', formatDay(period.from), formatDay(period.until)));

  section('NPS');
  const nps = report.nps;
  lines.push(nps.index === null
    ? `  ${l10n.t('No scores in the period.')}`
    : `  ${signed(nps.index)}  (${l10n.t('promoters {0}, passives {1}, detractors {2}', nps.promoters, nps.passives, nps.detractors)})`);
  if (report.npsByMonth.length) {
    lines.push(`  ${l10n.t('By month:')}`);
    lines.push(...table(report.npsByMonth.map((m) => [m.month, signed(m.index), `${m.promoters}/${m.passives}/${m.detractors}`]), '    '));
  }
  if (report.detractors.length) {
    lines.push(`  ${l10n.t('Detractors to follow up (no interaction since their score): ask what disappointed them')}`);
    lines.push(...table(report.detractors.map((d) => [formatDay(d.day), String(d.score), d.client.name, d.client.path, firstLine(d.text)]), '    '));
  }

  section(l10n.t('Orders and segments'));
  lines.push(`  ${l10n.t('Orders in the period: {0}; {1}', report.orders, money(report.totals))}`);
  lines.push(`  ${report.repurchaseWindow === undefined ? l10n.t('Repurchase window: not known yet (no client has ordered twice)') : l10n.t('Repurchase window: {0} (median from a first to a second order)', countText(report.repurchaseWindow, 'day', cliLocale()))}`);
  // `label: count`: the labels name one client's segment (ru `Растущий`), not a group.
  lines.push(`  ${[...SEGMENTS, undefined].map((segment) => `${segmentLabel(segment, l10n)}: ${report.segments[segment ?? 'none']}`).join(', ')}`);
  const buyers = report.clients.filter((f) => f.segment !== undefined);
  if (buyers.length) {
    lines.push(...table([
      [l10n.t('client'), l10n.t('segment'), l10n.t('orders'), l10n.t('in period'), l10n.t('last order'), 'NPS', ''],
      ...buyers
        .sort((a, b) => SEGMENTS.indexOf(a.segment!) - SEGMENTS.indexOf(b.segment!) || compareNames(a.client.name, b.client.name))
        .map((f) => [f.client.name, segmentLabel(f.segment, l10n), String(f.ordersEver), f.orders ? money(f.totals) : '—', f.lastOrder === undefined ? '' : formatDay(f.lastOrder), f.nps === undefined ? '' : String(f.nps), f.atRisk ? atRiskMark() : '']),
    ]));
  }
  const atRisk = report.clients.filter((f) => f.atRisk);
  if (atRisk.length) lines.push(`  ${l10n.t('At risk (one order, older than the window): {0}', atRisk.map((f) => f.client.name).join(', '))}`);

  section(l10n.t('Activity'));
  const total = [...activity.byKind.values()].reduce((sum, count) => sum + count, 0);
  lines.push(`  ${l10n.t('Interactions: {0}', total)}${total ? `; ${[...activity.byKind].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([kind, count]) => `${kindText(kind)} ${count}`).join(', ')}` : ''}`);
  lines.push(`  ${l10n.t('Follow-ups on time {0}, late {1}', activity.punctuality.onTime, activity.punctuality.late)}`);
  if (activity.perWeek.length) {
    lines.push(`  ${l10n.t('By week (starting):')}`);
    lines.push(...table(grouped(activity.perWeek).map(([week, kinds]) => [week, kinds]), '    '));
  }
  const recent = activity.perDay.filter((count) => count.day > period.until - TEXT_DAYS);
  if (recent.length) {
    lines.push(`  ${l10n.t('By day (the last {0}; --json has every day):', countText(TEXT_DAYS, 'day', cliLocale()))}`);
    lines.push(...table(grouped(recent).map(([date, kinds]) => [date, kinds]), '    '));
  }
  if (activity.years.length) {
    lines.push(`  ${l10n.t('Clients by year (by orders):')}`);
    lines.push(...table(activity.years.map((y) => [String(y.year), l10n.t('new {0}', y.newClients), l10n.t('returning {0}', y.returning)]), '    '));
  }

  section(l10n.t('Stages'));
  lines.push(...table(activity.stages.counts.map((c) => [c.stage || l10n.t('(no stage)'), String(c.count)])));
  lines.push(`  ${l10n.t('Funnel (a client counts as having passed the stages before its own):')}`);
  lines.push(...table(activity.stages.funnel.map((step, index, steps) => [
    step.stage, String(step.reached), step.conversion === null ? '' : `-> ${steps[index + 1].stage} ${step.conversion}%`,
  ]), '    '));

  section(l10n.t('Complaints and refusals'));
  if (!activity.grievances.length) lines.push(`  ${l10n.t('None in the period.')}`);
  for (const g of activity.grievances) {
    const [first, ...rest] = g.text.split('\n');
    lines.push(`  ${formatDay(g.day)}  ${kindText(g.kind)}  ${g.client.name} (${g.client.path}): ${first}`);
    for (const line of rest) lines.push(`      ${line}`);
  }
  return lines.join('\n');
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

/** `[["2026-11-23", "call 3, email 1"], …]` */
function grouped(counts: KindCountAt[]): [string, string][] {
  const rows = new Map<string, string[]>();
  for (const count of counts) {
    const key = formatDay(count.day);
    rows.set(key, [...(rows.get(key) ?? []), `${kindText(count.kind)} ${count.count}`]);
  }
  return [...rows].map(([key, kinds]) => [key, kinds.join(', ')]);
}
