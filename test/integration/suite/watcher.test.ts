import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import { promisify } from 'util';
import * as vscode from 'vscode';
import { activate, diskPath, restoreWorkspace, treeSummary, waitFor } from './helpers';

describe('Keeping the notebook true', () => {
  beforeEach(async () => restoreWorkspace(await activate()));

  it('takes in a checkout of 5,000 dossiers as one update, with bounded memory', async function () {
    this.timeout(60000);
    const api = await activate('2026-11-25');
    fs.mkdirSync(diskPath('pulled'), { recursive: true });
    const heapBefore = process.memoryUsage().heapUsed;
    // What each redraw saw: one for the whole checkout, none with only part of it.
    // (A late event from an earlier test may redraw with nothing new; that is not the checkout's.)
    const before = api.notebooks.roots[0].index.clientCount;
    const seen: number[] = [];
    const listener = api.notebooks.onDidChange(() => seen.push(api.notebooks.roots[0].index.clientCount));
    try {
      // Written by another process, as git would: the extension host stays free to take the events in.
      const writer = `const fs = require('fs'); for (let i = 0; i < 5000; i++) fs.writeFileSync(require('path').join(process.argv[1], 'client-' + i + '.md'), '---\\nname: Pulled Client ' + i + '\\nnext_contact: 2026-12-' + String(1 + (i % 28)).padStart(2, '0') + '\\n---\\n');`;
      await promisify(execFile)(process.execPath, ['-e', writer, diskPath('pulled')]);
      // Only looks: settled() would flush the pending events early.
      await waitFor('5,000 new clients', () => api.notebooks.roots[0].index.clientCount >= before + 5000, 45000);
      assert.deepStrictEqual(seen.filter((count) => count !== before), [before + 5000], `the redraws saw ${seen.join(', ')} clients`);
      const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      assert.ok(grown < 100, `the heap grew by ${grown.toFixed(0)} MB for 5,000 small dossiers`);
      assert.match(treeSummary(api).join('\n'), /Pulled Client 4999/);
    } finally {
      listener.dispose();
      fs.rmSync(diskPath('pulled'), { recursive: true, force: true });
      await api.notebooks.refresh();
    }
  });

  it('groups the Clients view by stage, tag or owner as the setting says', async () => {
    const api = await activate('2026-11-25');
    const groups = () => api.clients.getChildren().map((group) => {
      const names = api.clients.getChildren(group).map((node) => String(api.clients.getTreeItem(node).label));
      return `${String(api.clients.getTreeItem(group).label)}: ${names.join(', ')}`;
    });
    assert.deepStrictEqual(groups().map((line) => line.split(':')[0]), ['Prospects', 'Clients', 'Lost'], 'in the order of the sales stages');
    const settings = vscode.workspace.getConfiguration('clientNotebook');
    try {
      await settings.update('clients.groupBy', 'tag', vscode.ConfigurationTarget.Workspace);
      assert.ok(groups().some((line) => /^vip: /.test(line)), groups().join('\n'));
      await settings.update('clients.groupBy', 'owner', vscode.ConfigurationTarget.Workspace);
      assert.ok(groups().every((line) => !/^vip: /.test(line)), groups().join('\n'));
    } finally {
      await settings.update('clients.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
