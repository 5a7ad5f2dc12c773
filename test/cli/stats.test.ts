import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO, copyToTemp, fixturePath } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The right answers are worked out by hand in test/fixtures/notebook-stats/EXPECTED.md.
describe('client-notebook stats (the real command on a copy of notebook-stats)', () => {
  let notebook: { dir: string; cleanup: () => void };
  beforeEach(() => {
    notebook = copyToTemp(fixturePath('notebook-stats'));
  });
  afterEach(() => notebook.cleanup());

  it('stats --json: NPS, every client with segment, at-risk flag, orders, totals per currency and NPS', () => {
    const result = run(notebook.dir, '--today', '2026-11-25', 'stats', '--json');
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.equal(output.from, null);
    assert.equal(output.to, '2026-11-25');
    assert.deepEqual(output.nps, { promoters: 2, passives: 2, detractors: 4, index: -25 });
    assert.equal(output.repurchase_window_days, 128);
    assert.deepEqual(output.segments, { vip: 1, growing: 2, newcomer: 1, one_time: 2, lost: 1, none: 6 });
    assert.deepEqual(output.totals, { EUR: 4000.75, PLN: 43201.4, USD: 700 });
    const byName = Object.fromEntries(output.clients.map((c: { name: string }) => [c.name, c]));
    assert.equal(output.clients.length, 13);
    assert.deepEqual(
      Object.fromEntries(output.clients.map((c: { name: string; path: string; segment: string | null; at_risk: boolean; orders: number; totals: object; nps: number | null }) =>
        [c.name, [c.path, c.segment, c.at_risk, c.orders, c.totals, c.nps]])),
      {
        'Greta Grow': ['greta-grow.yaml', 'growing', false, 3, { EUR: 3000.75 }, 8],
        'Hugo Partner': ['hugo-partner.md', null, false, 0, {}, null],
        'Ida Nostage': ['ida-nostage.md', null, false, 0, {}, null],
        'Lars Lost': ['lars-lost.md', 'lost', false, 2, { PLN: 5500 }, 6],
        'Lena Lead': ['lena-lead.md', null, false, 0, {}, 4],
        'Mia Mixed': ['mia-mixed.md', 'growing', false, 3, { PLN: 1500.5, USD: 700 }, 9],
        'Nina Newcomer': ['nina-newcomer.md', 'newcomer', false, 1, { PLN: 2200.4 }, 2],
        'Nora Negotiation': ['nora-negotiation.md', null, false, 0, {}, null],
        'Olga Onetime': ['olga-onetime.md', 'one_time', true, 1, { PLN: 4000 }, 7],
        'Paul Pending': ['paul-pending.md', 'one_time', false, 1, { EUR: 1000 }, null],
        'Piotr Prospect': ['piotr-prospect.md', null, false, 0, {}, 6],
        'Viktor Vip': ['viktor-vip.md', 'vip', false, 4, { PLN: 30000.5 }, 10],
        'Zoe Lost': ['zoe-lost.md', null, false, 0, {}, null],
      });
    assert.equal(byName['Olga Onetime'].recency_days, 260);
    assert.deepEqual(output.nps_by_month.map((m: { month: string; index: number }) => [m.month, m.index]), [
      ['2025-06', -100], ['2026-04', 0], ['2026-06', 100], ['2026-09', -100], ['2026-10', -67], ['2026-11', 33],
    ]);
    assert.deepEqual(output.detractors_to_follow_up.map((d: { name: string; score: number }) => `${d.name} ${d.score}`), ['Nina Newcomer 2', 'Lena Lead 4']);
    assert.equal(output.activity.on_time, 1);
    assert.equal(output.activity.late, 1);
    assert.deepEqual(output.activity.clients_by_year, [{ year: 2025, new: 3, returning: 0 }, { year: 2026, new: 4, returning: 2 }]);
    assert.deepEqual(output.activity.funnel.map((s: { stage: string; reached: number; conversion: number | null }) => [s.stage, s.reached, s.conversion]), [
      ['lead', 11, 82], ['prospect', 9, 89], ['negotiation', 8, 88], ['client', 7, null],
    ]);
    assert.deepEqual(output.activity.stages.find((s: { stage: string | null }) => s.stage === null), { stage: null, count: 1 });
    assert.deepEqual(output.activity.complaints.map((c: { date: string; kind: string; path: string }) => `${c.date} ${c.kind} ${c.path}`), [
      '2026-11-18 complaint viktor-vip.md', '2026-10-10 refusal piotr-prospect.md', '2026-09-12 complaint greta-grow.yaml', '2025-07-01 refusal lars-lost.md',
    ]);
    assert.equal(output.activity.complaints[0].text, 'Room not ready at check-in\nOffered a discount on the next trip.');
  });

  it('stats --from --to --json: the period\'s activity by week and day, its NPS and orders', () => {
    const result = run(notebook.dir, '--today', '2026-12-31', 'stats', '--from', '2026-11-01', '--to', '2026-11-25', '--json');
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.equal(output.from, '2026-11-01');
    assert.deepEqual(output.nps, { promoters: 2, passives: 0, detractors: 1, index: 33 });
    assert.deepEqual(output.activity.by_week, [
      { week: '2026-10-26', kind: 'nps', count: 1 },
      { week: '2026-11-02', kind: 'meeting', count: 1 },
      { week: '2026-11-09', kind: 'nps', count: 1 },
      { week: '2026-11-09', kind: 'order', count: 1 },
      { week: '2026-11-16', kind: 'complaint', count: 1 },
      { week: '2026-11-16', kind: 'meeting', count: 1 },
      { week: '2026-11-16', kind: 'nps', count: 1 },
      { week: '2026-11-16', kind: 'visit', count: 1 },
      { week: '2026-11-23', kind: 'call', count: 3 },
      { week: '2026-11-23', kind: 'email', count: 1 },
    ]);
    assert.deepEqual(output.activity.by_day.find((d: { date: string }) => d.date === '2026-11-24'), { date: '2026-11-24', kind: 'call', count: 2 });
    assert.equal(output.activity.by_day.reduce((sum: number, d: { count: number }) => sum + d.count, 0), 12);
    assert.equal(output.orders, 1);
    assert.deepEqual(output.totals, { PLN: 9000.5 });
    // Segments and the flag are taken on the period's last day, not on --today.
    assert.equal(output.clients.find((c: { name: string }) => c.name === 'Olga Onetime').at_risk, true);
    assert.equal(output.clients.find((c: { name: string }) => c.name === 'Paul Pending').at_risk, false);
  });

  it('stats prints every section for people, and due/agenda mark the client at risk', () => {
    const text = run(notebook.dir, '--today', '2026-11-25', 'stats');
    assert.equal(text.status, 0, text.stderr);
    for (const heading of ['NPS', 'Orders and segments', 'Activity', 'Stages', 'Complaints and refusals']) assert.match(text.stdout, new RegExp(`^${heading}$`, 'm'));
    assert.match(text.stdout, /-25 {2}\(promoters 2, passives 2, detractors 4\)/);
    assert.match(text.stdout, /Repurchase window: 128 days/);
    assert.match(text.stdout, /Olga Onetime .*! at risk/);
    assert.match(text.stdout, /4,000\.75 EUR \+ 43,201\.40 PLN \+ 700 USD/);
    assert.match(text.stdout, /negotiation +8 +-> client 88%/);
    const agenda = run(notebook.dir, '--today', '2026-11-25', 'agenda');
    assert.match(agenda.stdout, /Olga Onetime +! at risk/);
    assert.doesNotMatch(agenda.stdout, /Paul Pending.*at risk/);
    const json = JSON.parse(run(notebook.dir, '--today', '2026-11-25', 'agenda', '--json').stdout);
    assert.deepEqual(json.items.filter((item: { at_risk: boolean }) => item.at_risk).map((item: { name: string }) => item.name), ['Olga Onetime']);
  });

  it('rejects dates it cannot read, and a period that ends before it starts (exit 2)', () => {
    const bad = run(notebook.dir, 'stats', '--from', '1.11.2026');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--from "1\.11\.2026" is not a date/);
    const backwards = run(notebook.dir, 'stats', '--from', '2026-12-01', '--to', '2026-11-01');
    assert.equal(backwards.status, 2);
    assert.match(backwards.stderr, /is after --to/);
  });
});
