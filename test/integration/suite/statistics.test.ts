import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { computeStatistics } from '../../../src/core/analytics/statistics';
import { parseIsoDate } from '../../../src/core/schedule/calendar';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import type { StatisticsState } from '../../../src/statisticsProtocol';
import { activate, clientNode, closeAllEditors, diskPath, restoreWorkspace, waitFor } from './helpers';

const EXTRA = 'stats-extra';

/** Two clients who ordered twice (60 and 70 days apart): the window is 65 days. */
function writeRepeatBuyers(): void {
  fs.mkdirSync(diskPath(EXTRA), { recursive: true });
  fs.writeFileSync(diskPath(EXTRA, 'repeat-a.md'), '---\nname: Repeat A\nstage: client\n---\n\n## Log\n\n- 2026-03-11 order: 1000 EUR\n- 2026-01-10 order: 900,50 EUR\n');
  fs.writeFileSync(diskPath(EXTRA, 'repeat-b.md'), '---\nname: "<img src=x onerror=alert(1)>"\nstage: client\n---\n\n## Log\n\n- 2026-05-02 complaint: <script>alert(2)</script>\n- 2026-04-12 order: 2000\n- 2026-02-01 order: 1500\n');
}

async function openPanel(api: ClientNotebookApi, after?: (state: StatisticsState) => boolean): Promise<StatisticsState> {
  await vscode.commands.executeCommand('clientNotebook.showStatistics');
  await waitFor('the statistics panel to send its state', () => {
    const state = api.statisticsPanel()?.lastState;
    return state !== undefined && (!after || after(state));
  });
  return api.statisticsPanel()!.lastState!;
}

describe('Statistics', () => {
  let api: ClientNotebookApi;
  beforeEach(async () => {
    api = await activate('2026-11-25');
    await restoreWorkspace(api);
    writeRepeatBuyers();
    await api.notebooks.refresh();
  });
  afterEach(async () => {
    api.statisticsPanel()?.dispose();
    api.morningPanel()?.dispose();
    fs.rmSync(diskPath(EXTRA), { recursive: true, force: true });
    await api.notebooks.refresh();
    await closeAllEditors();
  });

  it('opens the panel with the notebook\'s numbers for the last 12 months, as the engine computes them', async () => {
    const state = await openPanel(api);
    assert.strictEqual(state.today, '2026-11-25');
    assert.strictEqual(state.period, '12m');
    assert.strictEqual(state.hasNotebook, true);
    assert.strictEqual(state.repurchaseWindow, 65);
    const root = api.notebooks.roots[0];
    const report = computeStatistics(root.index.clientList(), root.index.settings, { from: parseIsoDate('2025-11-26'), until: parseIsoDate('2026-11-25')! });
    assert.deepStrictEqual(state.nps, report.nps);
    assert.strictEqual(state.orders, report.orders);
    assert.deepStrictEqual(state.segments.map((segment) => [segment.key, segment.count]), [
      ['vip', 0], ['growing', 2], ['newcomer', 3], ['one_time', 2], ['lost', 0], ['none', report.segments.none],
    ]);
    const atRisk = state.clients.filter((client) => client.atRisk).map((client) => client.name).sort();
    assert.deepStrictEqual(atRisk, ['Frank Otto', 'Hanna Berg'], 'one order, more than 65 days ago');
    const repeatA = state.clients.find((client) => client.name === 'Repeat A')!;
    assert.deepStrictEqual([repeatA.segment, repeatA.orders, repeatA.totals], ['growing', 2, { EUR: 1900.5 }]);
    assert.deepStrictEqual(state.totals.map((total) => total.currency), ['EUR', 'PLN']);
    assert.ok(state.activity.weeks.length > 0 && state.activity.byWeek.length > 0);
    // Kinds come labelled in the data, as the morning panel's do; unknown ones as written.
    assert.deepStrictEqual(state.activity.kinds.map((kind) => kind.key), state.activity.byKind.map((kind) => kind.key));
    assert.strictEqual(state.activity.byKind.find((kind) => kind.key === 'order')?.label, 'Order');
    assert.strictEqual(state.activity.grievances.find((g) => g.kind === 'complaint')?.kindLabel, 'Complaint');
    assert.deepStrictEqual(state.activity.funnel.map((step) => step.key), ['lead', 'prospect', 'negotiation', 'client']);
    assert.ok(state.npsByMonth.every((month) => /^\d{4}-\d{2}$/.test(month.key)));
  });

  it('keeps hostile names and texts as text, switches the period and opens a dossier when asked, and only then', async () => {
    const state = await openPanel(api);
    const hostile = state.clients.find((client) => client.path === `${EXTRA}/repeat-b.md`)!;
    assert.strictEqual(hostile.name, '<img src=x onerror=alert(1)>');
    assert.strictEqual(state.activity.grievances.find((g) => g.id === hostile.id)?.text, '<script>alert(2)</script>');
    const panel = api.statisticsPanel()!;
    for (const junk of [{ type: 'period', period: '5y' }, { type: 'open', id: '../../etc/passwd' }, { type: 'notebook', index: 7 }, { type: 'write' }, null, 'period']) await panel.receive(junk);
    assert.strictEqual(panel.lastState!.period, '12m');
    await panel.receive({ type: 'period', period: 'all' });
    assert.strictEqual(panel.lastState!.period, 'all');
    assert.ok(panel.lastState!.periodLabel.length > 0);
    await panel.receive({ type: 'open', id: hostile.id });
    await waitFor('the dossier to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith(`${EXTRA}/repeat-b.md`) === true);
  });

  it('flags the at-risk client in the Follow-ups tooltip and on the morning panel\'s card', async () => {
    api.followUps.refresh();
    const tooltip = api.followUps.getTreeItem(clientNode(api, 'hanna-berg.md')).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /At risk: one order/);
    const anna = api.followUps.getTreeItem(clientNode(api, 'anna-nowak.md')).tooltip as vscode.MarkdownString;
    assert.doesNotMatch(anna.value, /At risk/);
    await vscode.commands.executeCommand('clientNotebook.openMorningSummary');
    await waitFor('the morning panel', () => api.morningPanel()?.lastState !== undefined);
    const cards = api.morningPanel()!.lastState!.cards;
    assert.strictEqual(cards.find((card) => card.name === 'Hanna Berg')?.atRisk, true);
    assert.ok(!cards.find((card) => card.name === 'Anna Nowak')?.atRisk);
  });

  it('follows a change on disk: a second order takes the client off the at-risk list', async () => {
    await openPanel(api);
    const file = diskPath('hanna-berg.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Log\n', '## Log\n\n- 2026-11-20 order: 500 PLN\n'));
    await api.notebooks.refresh();
    await waitFor('Hanna to be off the at-risk list', () => api.statisticsPanel()?.lastState?.clients.find((client) => client.name === 'Hanna Berg')?.atRisk === false);
  });
});
