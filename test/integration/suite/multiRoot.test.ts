import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activate, diskPath, readDisk, restoreWorkspace, treeSummary, waitFor } from './helpers';

describe('Several notebooks in one window', () => {
  const settings = () => vscode.workspace.getConfiguration('clientNotebook');

  afterEach(async () => {
    await settings().update('roots', undefined, vscode.ConfigurationTarget.Workspace);
    for (const folder of ['team-a', 'team-b']) fs.rmSync(diskPath(folder), { recursive: true, force: true });
    const api = await activate('2026-11-25');
    await restoreWorkspace(api);
  });

  it('shows the clients of every notebook and writes each edit to its own notebook', async () => {
    fs.mkdirSync(diskPath('team-a'), { recursive: true });
    fs.mkdirSync(diskPath('team-b'), { recursive: true });
    fs.writeFileSync(diskPath('team-a', 'ala.md'), '---\nname: Ala Alpha\nnext_contact: 2026-11-25\n---\n');
    fs.writeFileSync(diskPath('team-b', 'bob.md'), '---\nname: Bob Beta\nnext_contact: 2026-11-25\n---\n');
    fs.writeFileSync(diskPath('team-b', '.client-notebook.yaml'), 'log_heading: Journal\n');
    const api = await activate('2026-11-25');
    await settings().update('roots', ['team-a', 'team-b'], vscode.ConfigurationTarget.Workspace);
    await waitFor('two notebooks', async () => {
      await api.notebooks.settled();
      return api.notebooks.roots.length === 2 && api.notebooks.roots.every((root) => root.index.clientCount === 1);
    });
    assert.strictEqual(treeSummary(api)[0], 'Today: Ala Alpha, Bob Beta');
    const bob = [...api.notebooks.clients()].find((ref) => ref.client.name === 'Bob Beta')!;
    const done = await vscode.commands.executeCommand('clientNotebook.logCall', bob.uri, { text: 'Hello', next: '+1w' });
    assert.strictEqual(done, true);
    assert.match(readDisk('team-b', 'bob.md'), /## Journal\n\n- 2026-11-25 call: Hello\n/, "each notebook's own settings");
    assert.doesNotMatch(readDisk('team-a', 'ala.md'), /Hello/);
  });
});
