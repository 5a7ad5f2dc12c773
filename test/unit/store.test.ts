import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FILES_PER_SLICE, listNotebookFiles, loadNotebook, syncNotebook } from '../../src/core/notebook/load';
import { FileRead, FileStamp, FileUnreadable, NotebookStore } from '../../src/core/notebook/store';
import { NodeFileStore } from '../../src/node/fileStore';
import { asNobody, copyToTemp, copyWithUnreadable, fixturePath } from './fixtures';

/** A NodeFileStore that counts what the engine asks of it. */
class CountingStore implements NotebookStore {
  reads: string[] = [];
  stats: string[] = [];
  constructor(readonly inner: NodeFileStore) {}
  list(descend: (folderPath: string, folderName: string) => boolean): Promise<string[]> {
    return this.inner.list(descend);
  }
  read(path: string): Promise<FileRead | FileUnreadable | undefined> {
    this.reads.push(path);
    return this.inner.read(path);
  }
  stat(path: string): Promise<FileStamp | undefined> {
    this.stats.push(path);
    return this.inner.stat(path);
  }
}

/** Moves a file's modification time, so that a sync sees a change even within the same millisecond. */
function touch(file: string, text: string, secondsAhead: number): void {
  fs.writeFileSync(file, text);
  const when = new Date(Date.now() + secondsAhead * 1000);
  fs.utimesSync(file, when, when);
}

describe('the store port and syncNotebook', () => {
  it('joins a listed path to the root by hand, and gives path.join anything it would change', () => {
    const store = new NodeFileStore('/notebook');
    assert.equal(store.absolute('a/b.md'), '/notebook/a/b.md');
    for (const unusual of ['../x.md', 'a//b.md', 'a/./b.md', '/etc/x', 'a/', 'a/../../b.md']) assert.equal(store.absolute(unusual), path.join('/notebook', ...unusual.split('/')), unusual);
    assert.equal(new NodeFileStore('/').absolute('a.md'), '/a.md');
  });

  it('lists paths without stamps, skipping hidden folders and node_modules', async () => {
    const paths = await listNotebookFiles(new NodeFileStore(fixturePath('notebook-basic')));
    assert.ok(paths.includes('anna-nowak.md'));
    assert.ok(paths.includes('eva-lind.yaml'));
    assert.equal(paths[0], '.client-notebook.yaml', 'settings first');
    assert.ok(!paths.slice(1).some((p) => p.includes('node_modules') || p.split('/').some((part) => part.startsWith('.'))));
  });

  it('reads a text together with the stamp of that version', async () => {
    const store = new NodeFileStore(fixturePath('notebook-basic'));
    const file = await store.read('anna-nowak.md');
    assert.ok(file && 'text' in file);
    const stat = fs.statSync(store.absolute('anna-nowak.md'));
    assert.equal(file.text, fs.readFileSync(store.absolute('anna-nowak.md'), 'utf8'));
    assert.deepEqual(file.stamp, { size: stat.size, mtimeMs: stat.mtimeMs, changeMs: stat.ctimeMs });
    assert.deepEqual(await store.stat('anna-nowak.md'), file.stamp);
    assert.equal(await store.read('no-such-file.md'), undefined);
    assert.equal(await store.stat('no-such-file.md'), undefined);
    assert.equal(await store.read('node_modules'), undefined, 'a folder is not a file');
  });

  it('loads with one read per file and no stat; a resync stats known files and reads only the changed ones', async () => {
    const { dir, cleanup } = copyToTemp(fixturePath('notebook-basic'));
    try {
      const store = new CountingStore(new NodeFileStore(dir));
      const index = await loadNotebook(store);
      const listed = await listNotebookFiles(store);
      assert.deepEqual([...store.reads].sort(), [...listed].sort());
      assert.deepEqual(store.stats, []);

      store.reads = [];
      const anna = path.join(dir, 'anna-nowak.md');
      touch(anna, fs.readFileSync(anna, 'utf8').replace(/^name: .*$/m, 'name: Anna Changed'), 5);
      fs.rmSync(path.join(dir, 'clara-jones.md'));
      fs.writeFileSync(path.join(dir, 'new-client.md'), '---\nname: New Client\n---\n');
      const result = await syncNotebook(index, store);
      // The settings file is small and always read again; dossiers only when changed.
      assert.deepEqual([...store.reads].sort(), ['.client-notebook.yaml', 'anna-nowak.md', 'new-client.md']);
      assert.deepEqual(result, { read: 3, removed: 1 });
      assert.equal(index.client('anna-nowak.md')?.name, 'Anna Changed');
      assert.equal(index.client('clara-jones.md'), undefined);
      assert.equal(index.client('new-client.md')?.name, 'New Client');

      store.reads = [];
      assert.deepEqual(await syncNotebook(index, store), { read: 1, removed: 0 });
      assert.deepEqual(store.reads, ['.client-notebook.yaml']);
    } finally {
      cleanup();
    }
  });

  it('pauses after every slice of files, between whole files, and loads the same index', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-slices-'));
    try {
      const count = FILES_PER_SLICE * 2 + 10;
      for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `client-${i}.md`), `---\nname: Client ${i}\nnext_contact: 2026-12-01\n---\n`);
      const store = new CountingStore(new NodeFileStore(dir));
      const filesReadAtPauses: number[] = [];
      const index = await loadNotebook(store, { pause: async () => void filesReadAtPauses.push(store.reads.length) });
      // Between two files, once a slice: before the 256th file, and before the 512th.
      assert.deepEqual(filesReadAtPauses, [FILES_PER_SLICE - 1, FILES_PER_SLICE * 2 - 1]);
      assert.equal(index.clientCount, count);
      assert.deepEqual(index.clientList().map((client) => client.name).sort(), (await loadNotebook(new NodeFileStore(dir))).clientList().map((client) => client.name).sort());
      // A resync of known files (a stat each) pauses as often.
      filesReadAtPauses.length = 0;
      await syncNotebook(index, store, { pause: async () => void filesReadAtPauses.push(store.stats.length) });
      assert.equal(filesReadAtPauses.length, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads every dossier again when the log heading changes, and when the settings file goes', async () => {
    const { dir, cleanup } = copyToTemp(fixturePath('notebook-basic'));
    try {
      const store = new CountingStore(new NodeFileStore(dir));
      const index = await loadNotebook(store);
      const entries = () => [...index.clients()].filter((client) => client.format === 'markdown').reduce((sum, client) => sum + client.log.length, 0);
      const before = entries();
      assert.ok(before > 0);
      const settings = path.join(dir, '.client-notebook.yaml');
      touch(settings, 'log_heading: Journal\n', 5);
      await syncNotebook(index, store);
      assert.equal(entries(), 0, 'no dossier has a Journal section');
      fs.rmSync(settings);
      await syncNotebook(index, store);
      assert.equal(entries(), before);
    } finally {
      cleanup();
    }
  });

  it('reports a dossier it may not read (mode 000) as that file\'s error, loads the rest, and reads it again once it may', async () => {
    const expected = (await loadNotebook(new NodeFileStore(fixturePath('notebook-basic')))).clientCount;
    const { dir, cleanup } = copyWithUnreadable(fixturePath('notebook-basic'), 'clara-jones.md');
    try {
      const store = new NodeFileStore(dir);
      const index = await asNobody(() => loadNotebook(store));
      assert.deepEqual(index.problems('clara-jones.md'), [{ path: 'clara-jones.md', line: 1, column: 1, severity: 'error', message: { code: 'file.permissionDenied' } }]);
      assert.equal(index.client('clara-jones.md'), undefined);
      assert.equal(index.clientCount, expected - 1);
      assert.equal(index.client('anna-nowak.md')?.name, 'Anna Nowak');
      const unreadable = await asNobody(() => store.read('clara-jones.md'));
      assert.ok(unreadable && 'unreadable' in unreadable, 'clara-jones.md is read as unreadable');
      assert.equal(unreadable.unreadable, 'permissionDenied');
      assert.deepEqual(unreadable.stamp, await store.stat('clara-jones.md'), 'stamped, so that it is not tried again until it changes');
      await asNobody(async () => assert.throws(() => store.readSync('clara-jones.md'), /^Error: clara-jones\.md: the file cannot be read: permission denied$/));

      assert.deepEqual(await asNobody(() => syncNotebook(index, store)), { read: 1, removed: 0 }, 'only the settings file is read again');
      fs.chmodSync(path.join(dir, 'clara-jones.md'), 0o644); // a new ctime, nothing else
      await asNobody(() => syncNotebook(index, store));
      assert.equal(index.client('clara-jones.md')?.name, 'Clara Jones');
      assert.deepEqual(index.problems('clara-jones.md'), []);
      assert.equal(index.clientCount, expected);
    } finally {
      cleanup();
    }
  });
});
