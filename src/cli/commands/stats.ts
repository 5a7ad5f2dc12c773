import { parseArgs } from 'node:util';
import { KindCountAt } from '../../core/analytics/activity';
import { SEGMENTS, Segment, totalsObject } from '../../core/analytics/segments';
import { StatisticsReport, computeStatistics } from '../../core/analytics/statistics';
import { Day, formatDay, parseIsoDate } from '../../core/schedule/calendar';
import { CliError, Session } from '../session';

/** How many days of the period the text output lists one by one (JSON has them all). */
const TEXT_DAYS = 14;

function dateOption(name: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseIsoDate(value);
  if (day === undefined) throw new CliError(`--${name} "${value}" is not a date; use YYYY-MM-DD.`, 2);
  return day;
}

export function runStats(session: Session, args: string[]): number {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' } }, allowPositionals: false });
  const from = dateOption('from', values.from);
  const until = dateOption('to', values.to) ?? session.clock.today();
  if (from !== undefined && from > until) throw new CliError(`--from ${values.from} is after --to ${formatDay(until)}.`, 2);
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
      by_kind: Object.fromEntries([...activity.byKind].sort(([a], [b]) => (a < b ? -1 : 1))),
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

export const SEGMENT_TITLES: Record<Segment, string> = { vip: 'VIP', growing: 'Growing', newcomer: 'Newcomer', one_time: 'One-time', lost: 'Lost' };

function money(totals: Map<string, number>): string {
  const object = totalsObject(totals);
  const parts = Object.entries(object).map(([code, amount]) => `${amount.toLocaleString('en-US', { minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 })} ${code}`);
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
  lines.push(`Numbers ${period.from === undefined ? 'up to' : `from ${formatDay(period.from)} to`} ${formatDay(period.until)}`);

  section('NPS');
  const nps = report.nps;
  lines.push(nps.index === null
    ? '  No scores in the period.'
    : `  ${signed(nps.index)}  (promoters ${nps.promoters}, passives ${nps.passives}, detractors ${nps.detractors})`);
  if (report.npsByMonth.length) {
    lines.push('  By month:');
    lines.push(...table(report.npsByMonth.map((m) => [m.month, signed(m.index), `${m.promoters}/${m.passives}/${m.detractors}`]), '    '));
  }
  if (report.detractors.length) {
    lines.push('  Detractors to follow up (no interaction since their score): ask what disappointed them');
    lines.push(...table(report.detractors.map((d) => [formatDay(d.day), String(d.score), d.client.name, d.client.path, firstLine(d.text)]), '    '));
  }

  section('Orders and segments');
  lines.push(`  ${report.orders} order${report.orders === 1 ? '' : 's'} in the period: ${money(report.totals)}`);
  lines.push(`  Repurchase window: ${report.repurchaseWindow === undefined ? 'not known yet (no client has ordered twice)' : `${report.repurchaseWindow} days (median from a first to a second order)`}`);
  lines.push(`  ${SEGMENTS.map((segment) => `${SEGMENT_TITLES[segment]} ${report.segments[segment]}`).join(', ')}, no orders ${report.segments.none}`);
  const buyers = report.clients.filter((f) => f.segment !== undefined);
  if (buyers.length) {
    lines.push(...table([
      ['client', 'segment', 'orders', 'in period', 'last order', 'NPS', ''],
      ...buyers
        .sort((a, b) => SEGMENTS.indexOf(a.segment!) - SEGMENTS.indexOf(b.segment!) || a.client.name.localeCompare(b.client.name))
        .map((f) => [f.client.name, SEGMENT_TITLES[f.segment!], String(f.ordersEver), f.orders ? money(f.totals) : '—', f.lastOrder === undefined ? '' : formatDay(f.lastOrder), f.nps === undefined ? '' : String(f.nps), f.atRisk ? '! at risk' : '']),
    ]));
  }
  const atRisk = report.clients.filter((f) => f.atRisk);
  if (atRisk.length) lines.push(`  At risk (one order, older than the window): ${atRisk.map((f) => f.client.name).join(', ')}`);

  section('Activity');
  const total = [...activity.byKind.values()].reduce((sum, count) => sum + count, 0);
  lines.push(`  ${total} interaction${total === 1 ? '' : 's'}${total ? `: ${[...activity.byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, count]) => `${kind} ${count}`).join(', ')}` : ''}`);
  lines.push(`  Follow-ups on time ${activity.punctuality.onTime}, late ${activity.punctuality.late}`);
  if (activity.perWeek.length) {
    lines.push('  By week (starting):');
    lines.push(...table(grouped(activity.perWeek).map(([week, kinds]) => [week, kinds]), '    '));
  }
  const recent = activity.perDay.filter((count) => count.day > period.until - TEXT_DAYS);
  if (recent.length) {
    lines.push(`  By day (the last ${TEXT_DAYS} days; --json has every day):`);
    lines.push(...table(grouped(recent).map(([date, kinds]) => [date, kinds]), '    '));
  }
  if (activity.years.length) {
    lines.push('  Clients by year (by orders):');
    lines.push(...table(activity.years.map((y) => [String(y.year), `new ${y.newClients}`, `returning ${y.returning}`]), '    '));
  }

  section('Stages');
  lines.push(...table(activity.stages.counts.map((c) => [c.stage || '(no stage)', String(c.count)])));
  lines.push('  Funnel (a client counts as having passed the stages before its own):');
  lines.push(...table(activity.stages.funnel.map((step, index, steps) => [
    step.stage, String(step.reached), step.conversion === null ? '' : `-> ${steps[index + 1].stage} ${step.conversion}%`,
  ]), '    '));

  section('Complaints and refusals');
  if (!activity.grievances.length) lines.push('  None in the period.');
  for (const g of activity.grievances) {
    const [first, ...rest] = g.text.split('\n');
    lines.push(`  ${formatDay(g.day)}  ${g.kind}  ${g.client.name} (${g.client.path}): ${first}`);
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
    rows.set(key, [...(rows.get(key) ?? []), `${count.kind} ${count.count}`]);
  }
  return [...rows].map(([key, kinds]) => [key, kinds.join(', ')]);
}
