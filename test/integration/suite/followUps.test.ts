import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, restoreWorkspace, clientNode, diskPath, treeSummary, waitFor } from './helpers';

describe('Follow-ups view', () => {
  beforeEach(async () => restoreWorkspace(await activate()));

  it('files the fixture notebook under its dividers for 2026-11-25', async () => {
    const api = await activate('2026-11-25');
    const summary = treeSummary(api);
    assert.deepStrictEqual(summary.map((line) => line.split(':')[0]), ['Overdue', 'Today', 'Tomorrow', 'This week', 'Next week', 'December 2026', 'Unscheduled']);
    assert.strictEqual(summary[0], 'Overdue: Anna Nowak');
    assert.strictEqual(summary[1], 'Today: Bernd Keller, Hanna Berg');
    assert.match(summary[3], /Дмитрий Орлов/);
    assert.match(summary[3], /Birthday: Bernd Keller/, 'a birthday shows on the day it falls on');
    assert.strictEqual(api.followUps.dueCount, 3);
  });

  it('shows a client row with its action and note, an icon, a tooltip and the overdue colour', async () => {
    const api = await activate('2026-11-25');
    const item = api.followUps.getTreeItem(clientNode(api, 'anna-nowak.md'));
    assert.strictEqual(item.label, 'Anna Nowak');
    assert.match(String(item.description), /Call · Ask about the spring trip/);
    assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'call-outgoing');
    assert.strictEqual(item.resourceUri?.query, 'overdue');
    assert.strictEqual(item.contextValue, 'client');
    const tooltip = (item.tooltip as vscode.MarkdownString).value;
    assert.match(tooltip, /Anna Nowak/);
    assert.match(tooltip, /Last contact: Call, /);
    const groups = api.followUps.getChildren();
    const expanded = groups.map((group) => api.followUps.getTreeItem(group).collapsibleState);
    assert.deepStrictEqual(expanded.slice(0, 3), [vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Expanded, vscode.TreeItemCollapsibleState.Collapsed]);
  });

  it('picks up a dossier written by another process', async () => {
    const api = await activate('2026-11-25');
    fs.writeFileSync(diskPath('zoe-new.md'), '---\nname: Zoë Newcomer\nnext_contact: 2026-11-25\nnext_action: call\n---\n');
    await waitFor('Zoë in the tree', async () => {
      await api.notebooks.settled();
      return treeSummary(api)[1].includes('Zoë Newcomer');
    });
    fs.rmSync(diskPath('zoe-new.md'));
    await waitFor('Zoë gone from the tree', async () => {
      await api.notebooks.settled();
      return !treeSummary(api).join().includes('Zoë Newcomer');
    });
  });

  it('moves with the clock', async () => {
    const api = await activate('2026-11-26');
    assert.match(treeSummary(api)[0], /^Overdue: Anna Nowak, Bernd Keller, Hanna Berg/);
    await activate('2026-11-25');
  });
});
