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

  it('hands the index valid UTF-8 as bytes and anything else as text; a U+FEFF inside a range stays', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const store = new WorkspaceFsStore(folder);
    const anna = await store.readForIndex('anna-nowak.md');
    const text = await store.read('anna-nowak.md');
    assert.ok(anna && 'binary' in anna && text && 'text' in text);
    assert.strictEqual(anna.decode(0, anna.binary.length), text.text);
    assert.strictEqual(anna.stamp.size, anna.binary.length);

    const written: vscode.Uri[] = [];
    const write = async (name: string, bytes: Uint8Array) => {
      const uri = vscode.Uri.joinPath(folder, name);
      await vscode.workspace.fs.writeFile(uri, bytes);
      written.push(uri);
    };
    try {
      const zwnbsp = '\ufeffname: Zero Width\n';
      await write('zz-bom-inside.md', new TextEncoder().encode(`---\n${zwnbsp}---\n`));
      const inside = await store.readForIndex('zz-bom-inside.md');
      assert.ok(inside && 'binary' in inside);
      assert.strictEqual(inside.decode(4, 4 + new TextEncoder().encode(zwnbsp).length), zwnbsp, 'a range that starts with U+FEFF keeps it');
      await write('zz-latin1.md', Uint8Array.from([...'---\nname: Gro'].map((c) => c.charCodeAt(0)).concat([0xdf, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a])));
      const latin1 = await store.readForIndex('zz-latin1.md');
      assert.ok(latin1 && 'text' in latin1 && latin1.text.includes('Gro\ufffd'), 'not UTF-8: read as text, so the index reports it');
    } finally {
      for (const uri of written) await vscode.workspace.fs.delete(uri);
    }
  });
});
