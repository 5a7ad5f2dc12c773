import * as assert from 'assert';
import * as vscode from 'vscode';
import { loadNotebook } from '../../../src/core/notebook/load';
import { WorkspaceFsStore } from '../../../src/extension/workspaceFsStore';
import { activate, restoreWorkspace } from './helpers';

describe('The workspace.fs store (remote and virtual workspaces)', () => {
  it('reads the same notebook through vscode.workspace.fs as the Node store does from disk', async () => {
    const api = await activate('2026-11-25');
    await restoreWorkspace(api);
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const index = await loadNotebook(new WorkspaceFsStore(folder));
    const viaNode = api.notebooks.roots[0].index;
    const paths = (clients: Iterable<{ path: string }>) => [...clients].map((client) => client.path).sort();
    assert.deepStrictEqual(paths(index.clients()), paths(viaNode.clients()));
    assert.ok(paths(index.clients()).length >= 9);
    assert.deepStrictEqual(index.problems().map((p) => `${p.path}:${p.line}`), viaNode.problems().map((p) => `${p.path}:${p.line}`));
    const store = new WorkspaceFsStore(folder);
    assert.strictEqual(await store.read('no-such-file.md'), undefined);
    const read = await store.read('anna-nowak.md');
    assert.ok(read && 'text' in read && read.text.includes('name: Anna Nowak') && read.stamp.size > 0);
  });
});
