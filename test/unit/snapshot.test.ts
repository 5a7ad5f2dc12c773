import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadNotebook } from '../../src/core/notebook/load';
import { NotebookIndex } from '../../src/core/notebook/notebookIndex';
import { agenda } from '../../src/core/notebook/queries';
import { fromSnapshot, toSnapshot } from '../../src/core/notebook/snapshot';
import { NodeFileStore } from '../../src/node/fileStore';
import { loadNotebookCached } from '../../src/node/indexCache';
import { copyToTemp, day, fixturePath } from './fixtures';

/** What an index holds, as data: a fresh load keeps its log entries' texts as bytes until read (LazyTextEntry), a restored one as strings. */
function contents(index: NotebookIndex) {
  const paths = [...index.paths()].sort();
  const data = JSON.parse(JSON.stringify({ clients: paths.map((p) => index.client(p)), problems: index.problems(), agenda: agenda(index, day('2026-11-25')) }));
  return { settings: index.settings, ...data };
}

/** Every file of a folder modified an hour ago, so no file is "too recent" to be cached. */
function ageFiles(dir: string): void {
  const past = new Date(Date.now() - 3600_000);
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath ?? entry.path, entry.name), past, past);
  }
}

describe('the index snapshot and the CLI cache', () => {
  it('round-trips an index through JSON', async () => {
    const index = await loadNotebook(new NodeFileStore(fixturePath('notebook-basic')));
    const restored = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(index))));
    assert.ok(restored);
    assert.deepEqual(contents(restored), contents(index));
  });

  it('rejects what is not a snapshot of this format', () => {
    for (const data of [null, 1, {}, { format: 0, settingsText: null, files: [] }, { format: 1, settingsText: null, files: [['a.md', 1, 2]] }, { format: 1, settingsText: 3, files: [] }]) {
      assert.equal(fromSnapshot(data), undefined, JSON.stringify(data));
    }
  });

  it('leaves out files changed too recently to trust their time stamp', async () => {
    const index = await loadNotebook(new NodeFileStore(fixturePath('notebook-basic')));
    assert.equal(toSnapshot(index, -Infinity).files.length, 0);
  });

  it('reads only changed files on a second start, and writes the cache only to the cache folder', async () => {
    const notebook = copyToTemp(fixturePath('notebook-basic'));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-cache-'));
    try {
      ageFiles(notebook.dir);
      const before = fs.readdirSync(notebook.dir, { recursive: true }).sort();
      const store = new NodeFileStore(notebook.dir);
      const cold = await loadNotebookCached(store, { cacheFolder: cache });
      assert.equal(cold.warm, false);
      assert.equal(fs.readdirSync(cache).length, 1);
      assert.equal(fs.statSync(path.join(cache, fs.readdirSync(cache)[0])).mode & 0o077, 0, 'readable by the user only');

      const warm = await loadNotebookCached(store, { cacheFolder: cache });
      assert.equal(warm.warm, true);
      assert.equal(warm.read, 1, 'only the settings file');
      assert.deepEqual(contents(warm.index), contents(cold.index));

      const anna = path.join(notebook.dir, 'anna-nowak.md');
      fs.writeFileSync(anna, fs.readFileSync(anna, 'utf8').replace(/^name: .*$/m, 'name: Anna Changed'));
      const changed = await loadNotebookCached(store, { cacheFolder: cache });
      assert.equal(changed.read, 2);
      assert.equal(changed.index.client('anna-nowak.md')?.name, 'Anna Changed');
      assert.deepEqual(contents(changed.index), contents(await loadNotebook(store)));
      // Just written, so not trusted yet: read again next time, still right.
      const again = await loadNotebookCached(store, { cacheFolder: cache });
      assert.equal(again.index.client('anna-nowak.md')?.name, 'Anna Changed');

      assert.deepEqual(fs.readdirSync(notebook.dir, { recursive: true }).sort(), before, 'nothing written into the notebook');
      const off = await loadNotebookCached(store, { cacheFolder: undefined });
      assert.equal(off.warm, false);
    } finally {
      notebook.cleanup();
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('writes the cache anew only when more than a twentieth of the files changed or went, and reads the changed ones meanwhile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-forty-'));
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-cache-'));
    try {
      const dossier = (i: number, name = `Client ${i}`) => `---\nname: ${name}\nnext_contact: 2026-12-0${1 + (i % 9)}\n---\n\n## Log\n\n- 2026-11-20 call: Call ${i}\n`;
      for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, `client-${i}.md`), dossier(i));
      ageFiles(dir);
      const store = new NodeFileStore(dir);
      await loadNotebookCached(store, { cacheFolder: cache });
      const cacheFile = path.join(cache, fs.readdirSync(cache)[0]);
      const written = fs.readFileSync(cacheFile, 'utf8');

      fs.writeFileSync(path.join(dir, 'client-1.md'), dossier(1, 'Renamed One'));
      for (let run = 0; run < 2; run++) {
        const load = await loadNotebookCached(store, { cacheFolder: cache });
        assert.equal(load.warm, true);
        assert.equal(load.read, 1, 'the changed file is read again on every start');
        assert.equal(load.index.client('client-1.md')?.name, 'Renamed One');
        assert.ok(fs.readFileSync(cacheFile, 'utf8') === written, 'one file of forty: the cache is left as it was');
      }

      fs.rmSync(path.join(dir, 'client-2.md'));
      const past = new Date(Date.now() - 3600_000);
      for (const i of [1, 3, 4]) {
        if (i !== 1) fs.writeFileSync(path.join(dir, `client-${i}.md`), dossier(i, `Renamed ${i}`));
        fs.utimesSync(path.join(dir, `client-${i}.md`), past, past); // old enough to be trusted in the new cache
      }
      const many = await loadNotebookCached(store, { cacheFolder: cache });
      assert.deepEqual([many.read, many.removed], [3, 1]);
      assert.ok(fs.readFileSync(cacheFile, 'utf8') !== written, 'four files of forty: written anew');
      const after = await loadNotebookCached(store, { cacheFolder: cache });
      assert.deepEqual([after.read, after.removed], [0, 0]);
      assert.equal(after.index.client('client-2.md'), undefined);
      assert.deepEqual(contents(after.index), contents(await loadNotebook(store)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
