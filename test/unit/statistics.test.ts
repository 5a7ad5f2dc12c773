import * as assert from 'node:assert/strict';
import { clientsPerYear, complaintsAndRefusals, interactionsPerDay, interactionsPerWeek, punctuality, stages } from '../../src/core/analytics/activity';
import { detractorsToFollowUp, notebookNps, npsByMonth } from '../../src/core/analytics/nps';
import { atRiskClients, orderProfile, repurchaseWindow, segmentOf, totalsObject } from '../../src/core/analytics/segments';
import { computeStatistics } from '../../src/core/analytics/statistics';
import { Client } from '../../src/core/dossier/dossier';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { DEFAULT_SEGMENTS, parseSettings } from '../../src/core/notebook/settings';
import { formatDay } from '../../src/core/schedule/calendar';
import { day, english, fixturePath, loadFolder } from './fixtures';

// Every expected value here is worked out by hand in test/fixtures/notebook-stats/EXPECTED.md.
const TODAY = day('2026-11-25');

describe('the numbers (notebook-stats, worked out by hand)', () => {
  let index: NotebookIndex;
  let clients: Client[];
  const named = (name: string) => clients.find((client) => client.name === name)!;
  before(async () => {
    index = await loadFolder(fixturePath('notebook-stats'));
    clients = [...index.clients()];
  });

  it('reads the 13 dossiers without problems', () => {
    assert.equal(clients.length, 13);
    assert.deepEqual(index.problems(), []);
  });

  it('the repurchase window is the median first-to-second-order gap: (120 + 136) / 2 = 128 days', () => {
    assert.equal(repurchaseWindow(clients, TODAY), 128);
    // On 2025-12-31 only Lars had ordered twice (120 days).
    assert.equal(repurchaseWindow(clients, day('2025-12-31')), 120);
    assert.equal(repurchaseWindow(clients, day('2025-03-01')), undefined);
  });

  it('puts each client in one segment, and flags the one-order client past the window', () => {
    const segments = Object.fromEntries(clients.map((client) => [client.name, segmentOf(orderProfile(client, TODAY), TODAY, index.settings) ?? null]));
    assert.deepEqual(segments, {
      'Viktor Vip': 'vip', 'Greta Grow': 'growing', 'Lars Lost': 'lost', 'Mia Mixed': 'growing', 'Olga Onetime': 'one_time',
      'Nina Newcomer': 'newcomer', 'Paul Pending': 'one_time', 'Lena Lead': null, 'Piotr Prospect': null, 'Nora Negotiation': null,
      'Zoe Lost': null, 'Hugo Partner': null, 'Ida Nostage': null,
    });
    assert.deepEqual([...atRiskClients(clients, TODAY)].map((client) => client.name), ['Olga Onetime']);
    // Paul's one order is exactly 128 days old: not past the window. A day later he is.
    assert.deepEqual([...atRiskClients(clients, TODAY + 1)].map((client) => client.name).sort(), ['Olga Onetime', 'Paul Pending']);
  });

  it('VIP needs the value in one currency: a threshold for USD makes Mia one', () => {
    const settings = { ...index.settings, segments: { ...DEFAULT_SEGMENTS, vipAmount: new Map([['USD', 700]]) } };
    assert.equal(segmentOf(orderProfile(named('Mia Mixed'), TODAY), TODAY, settings), 'vip');
    assert.equal(segmentOf(orderProfile(named('Viktor Vip'), TODAY), TODAY, settings), 'growing', 'no PLN threshold any more');
  });

  it('sums amounts per currency (comma decimals, the notebook currency for amounts without a code), never across', () => {
    const report = computeStatistics(clients, index.settings, { until: TODAY });
    const totals = Object.fromEntries(report.clients.filter((figures) => figures.orders).map((figures) => [figures.client.name, totalsObject(figures.totals)]));
    assert.deepEqual(totals, {
      'Greta Grow': { EUR: 3000.75 }, 'Lars Lost': { PLN: 5500 }, 'Mia Mixed': { PLN: 1500.5, USD: 700 }, 'Nina Newcomer': { PLN: 2200.4 },
      'Olga Onetime': { PLN: 4000 }, 'Paul Pending': { EUR: 1000 }, 'Viktor Vip': { PLN: 30000.5 },
    });
    assert.deepEqual(totalsObject(report.totals), { EUR: 4000.75, PLN: 43201.4, USD: 700 });
    assert.equal(report.orders, 15);
    assert.deepEqual(report.segments, { vip: 1, growing: 2, newcomer: 1, one_time: 2, lost: 1, none: 6 });
  });

  it('NPS: latest score per client, the index, month by month', () => {
    assert.deepEqual(notebookNps(clients, -Infinity, TODAY), { promoters: 2, passives: 2, detractors: 4, index: -25 });
    assert.deepEqual(npsByMonth(clients, -Infinity, TODAY).map((month) => [month.month, month.promoters, month.passives, month.detractors, month.index]), [
      ['2025-06', 0, 0, 1, -100],
      ['2026-04', 0, 1, 0, 0],
      ['2026-06', 1, 0, 0, 100],
      ['2026-09', 0, 0, 1, -100],
      ['2026-10', 0, 1, 2, -67],
      ['2026-11', 2, 0, 1, 33],
    ]);
    assert.deepEqual(notebookNps(clients, day('2026-11-01'), TODAY), { promoters: 2, passives: 0, detractors: 1, index: 33 });
  });

  it('lists detractors with no interaction since their score, newest first', () => {
    assert.deepEqual(detractorsToFollowUp(clients, -Infinity, TODAY).map((d) => [d.client.name, d.score, formatDay(d.day), d.text]), [
      ['Nina Newcomer', 2, '2026-11-01', 'visa delays'],
      ['Lena Lead', 4, '2026-10-20', 'no answer for a week'],
    ]);
    assert.deepEqual(detractorsToFollowUp(clients, day('2026-11-01'), TODAY).map((d) => d.client.name), ['Nina Newcomer']);
    // Before Lena's score there was nothing to follow up for her; Piotr was a detractor then, before his call.
    assert.deepEqual(detractorsToFollowUp(clients, -Infinity, day('2026-09-16')).map((d) => d.client.name), ['Piotr Prospect']);
  });

  it('counts interactions per day and per week by kind (not notes, not payments)', () => {
    const from = day('2026-11-01');
    assert.deepEqual(interactionsPerDay(clients, from, TODAY).map((c) => `${formatDay(c.day)} ${c.kind} ${c.count}`), [
      '2026-11-01 nps 1', '2026-11-03 meeting 1', '2026-11-10 order 1', '2026-11-12 nps 1', '2026-11-16 visit 1', '2026-11-18 complaint 1',
      '2026-11-19 meeting 1', '2026-11-20 nps 1', '2026-11-23 email 1', '2026-11-24 call 2', '2026-11-25 call 1',
    ]);
    assert.deepEqual(interactionsPerWeek(clients, from, TODAY, 1).map((c) => `${formatDay(c.day)} ${c.kind} ${c.count}`), [
      '2026-10-26 nps 1', '2026-11-02 meeting 1', '2026-11-09 nps 1', '2026-11-09 order 1',
      '2026-11-16 complaint 1', '2026-11-16 meeting 1', '2026-11-16 nps 1', '2026-11-16 visit 1', '2026-11-23 call 3', '2026-11-23 email 1',
    ]);
  });

  it('on time versus late, new and returning clients per year', () => {
    assert.deepEqual(punctuality(clients, index.settings, -Infinity, TODAY), { onTime: 1, late: 1 });
    assert.deepEqual(clientsPerYear(clients, -Infinity, TODAY), [{ year: 2025, newClients: 3, returning: 0 }, { year: 2026, newClients: 4, returning: 2 }]);
    assert.deepEqual(clientsPerYear(clients, day('2026-11-01'), TODAY), [{ year: 2026, newClients: 0, returning: 1 }]);
  });

  it('clients per stage and the funnel with conversion to the next stage', () => {
    const result = stages(clients);
    assert.deepEqual(result.counts.map((c) => `${c.stage || '(none)'} ${c.count}`), ['lead 1', 'prospect 1', 'negotiation 1', 'client 5', 'dormant 1', 'lost 2', 'partner 1', '(none) 1']);
    assert.deepEqual(result.funnel, [
      { stage: 'lead', reached: 11, conversion: 82 },
      { stage: 'prospect', reached: 9, conversion: 89 },
      { stage: 'negotiation', reached: 8, conversion: 88 },
      { stage: 'client', reached: 7, conversion: null },
    ]);
  });

  it('complaints and refusals with their text, newest first', () => {
    assert.deepEqual(complaintsAndRefusals(clients, -Infinity, TODAY).map((g) => [formatDay(g.day), g.kind, g.client.name, g.text]), [
      ['2026-11-18', 'complaint', 'Viktor Vip', 'Room not ready at check-in\nOffered a discount on the next trip.'],
      ['2026-10-10', 'refusal', 'Piotr Prospect', '<b>Too expensive</b> & "no budget"'],
      ['2026-09-12', 'complaint', 'Greta Grow', 'Invoice sent to the wrong address'],
      ['2025-07-01', 'refusal', 'Lars Lost', 'Not interested in the 2026 catalogue'],
    ]);
  });

  it('the period report: orders and NPS in the period, segments on its last day', () => {
    const report = computeStatistics(clients, index.settings, { from: day('2026-11-01'), until: TODAY });
    assert.equal(report.orders, 1);
    assert.deepEqual(totalsObject(report.totals), { PLN: 9000.5 });
    assert.equal(report.clients.find((f) => f.client.name === 'Olga Onetime')!.atRisk, true);
    assert.equal(report.clients.find((f) => f.client.name === 'Olga Onetime')!.nps, undefined, 'her score is from April');
    assert.equal(report.activity.grievances.length, 1);
    assert.deepEqual([...report.activity.byKind].sort(), [['call', 3], ['complaint', 1], ['email', 1], ['meeting', 2], ['nps', 3], ['order', 1], ['visit', 1]]);
  });
});

describe('segment thresholds in .client-notebook.yaml', () => {
  it('defaults when absent', () => {
    assert.deepEqual(parseSettings('currency: PLN\n').settings.segments, DEFAULT_SEGMENTS);
  });

  it('reads numbers and a per-currency VIP amount', () => {
    const { settings, problems } = parseSettings('segments:\n  recent_days: 60\n  lost_days: 400\n  vip_orders: 5\n  vip_days: 180\n  vip_amount:\n    PLN: 30000\n    EUR: "7000,50"\n');
    assert.deepEqual(problems, []);
    assert.deepEqual({ ...settings.segments, vipAmount: [...settings.segments.vipAmount] }, {
      recentDays: 60, lostDays: 400, vipOrders: 5, vipDays: 180, vipAmount: [['PLN', 30000], ['EUR', 7000.5]],
    });
    assert.deepEqual([...parseSettings('segments:\n  vip_amount: 15000\n').settings.segments.vipAmount], [['', 15000]]);
  });

  it('reports what is wrong, on the line of the segments key, and keeps the default', () => {
    const { settings, problems } = parseSettings('currency: PLN\nsegments:\n  recent_days: soon\n  vip_amount: {pln: 5}\n  vip_count: 3\n');
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[2, 'error'], [2, 'error'], [2, 'error']]);
    assert.match(english(problems[0].message), /recent_days must be a whole number above 0, not "soon"/);
    assert.match(english(problems[1].message), /vip_amount for "pln"/);
    assert.match(english(problems[2].message), /vip_count is not a threshold/);
    assert.equal(settings.segments.recentDays, 90);
    assert.equal(parseSettings('segments: 5\n').problems.length, 1);
  });
});
