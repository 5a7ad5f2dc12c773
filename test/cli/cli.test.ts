import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLE_NOTEBOOK, REPO, copyToTemp, fixturePath } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('client-notebook (the real command on a copy of a fixture notebook)', () => {
  let notebook: { dir: string; cleanup: () => void };
  beforeEach(() => {
    notebook = copyToTemp(EXAMPLE_NOTEBOOK);
  });
  afterEach(() => notebook.cleanup());

  it('due --json prints what a person reading the files expects on 2026-11-23', () => {
    const result = run(notebook.dir, '--today', '2026-11-23', 'due', '--json');
    assert.equal(result.status, 0, result.stderr);
    const output = JSON.parse(result.stdout);
    assert.equal(output.today, '2026-11-23');
    assert.deepEqual(output.items.map((item: { name: string; bucket: string }) => `${item.bucket} ${item.name}`), [
      'overdue Jonas Kazlauskas', 'overdue Anna Kowalska', 'overdue Jürgen Weiß',
      'today Ольга Смирнова', 'today Nordwind Versicherung AG', 'today Дәурен Қасымов', 'today Нұрлан Әбенов',
    ]);
    assert.deepEqual(output.items[0], {
      path: 'jonas-kazlauskas.md', name: 'Jonas Kazlauskas', due: '2026-11-13', time: null, action: null, note: null,
      bucket: 'overdue', overdue_days: 10, reason: 'cadence 1m, last call 41 days ago', at_risk: false,
    });
    assert.equal(output.items[3].time, '10:30');
    assert.equal(output.items[4].path, 'clients/nordwind-versicherung.yaml');
    assert.deepEqual(output.important_dates.map((d: { date: string }) => d.date), ['2026-11-28', '2026-11-30']);
    assert.equal(output.important_dates[1].age, 47);
  });

  it('starts from the persisted index the second time, and still sees a changed dossier', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-cache-'));
    try {
      const cached = (...args: string[]) => spawnSync(process.execPath, [CLI, '--root', notebook.dir, '--today', '2026-11-23', ...args], { encoding: 'utf8', env: { ...process.env, CLIENT_NOTEBOOK_CACHE: cache } });
      const file = path.join(notebook.dir, 'olga-smirnova.md');
      // A file modified in the last seconds is left out of the cache (coarse timestamps): age it.
      const anHourAgo = new Date(Date.now() - 3_600_000);
      fs.utimesSync(file, anHourAgo, anHourAgo);
      const cold = cached('agenda', '--json');
      assert.equal(cold.status, 0, cold.stderr);
      assert.equal(fs.readdirSync(cache).length, 1, 'one cache file, outside the notebook');
      assert.equal(cached('agenda', '--json').stdout, cold.stdout, 'the warm start sees the same notebook');
      const dueOfOlga = () => JSON.parse(cached('agenda', '--json').stdout).items.find((item: { path: string }) => item.path === 'olga-smirnova.md').due;
      // A date changed in the cache alone shows: the warm start answers from the cache.
      const [cacheFile] = fs.readdirSync(cache).map((name) => path.join(cache, name));
      const data = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
      const entry = data.snapshot.files.find((each: unknown[]) => each[0] === 'olga-smirnova.md');
      assert.ok(entry, 'olga-smirnova.md is in the cache');
      entry[entry.length - 1].client.next.day += 1;
      fs.writeFileSync(cacheFile, JSON.stringify(data));
      assert.equal(dueOfOlga(), '2026-11-24', 'the warm start read the file again instead of its cached parse');
      const original = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, original.replace(/next_contact: .*/, 'next_contact: 2027-02-01'));
      assert.equal(dueOfOlga(), '2027-02-01', 'a changed file is read again');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('agenda --json lists every client in its bucket', () => {
    const result = run(notebook.dir, '--today', '2026-11-23', 'agenda', '--json');
    const items = JSON.parse(result.stdout).items as { bucket: string }[];
    assert.equal(items.length, 15);
    assert.equal(items[items.length - 1].bucket, 'unscheduled');
  });

  it('logs a call by part of a name in another script, then reschedules', () => {
    const file = path.join(notebook.dir, 'olga-smirnova.md');
    const before = fs.readFileSync(file, 'utf8');
    const logged = run(notebook.dir, '--today', '2026-11-23', 'log', 'smirnova', 'call', 'Confirmed', 'the', 'programme', '--next', '+2w', '--note', 'Send the contract');
    assert.equal(logged.status, 0, logged.stderr);
    const after = fs.readFileSync(file, 'utf8');
    assert.match(after, /\n- 2026-11-23 call: Confirmed the programme\n/);
    assert.match(after, /next_contact: 2026-12-07\n/);
    assert.notEqual(before, after);
    const moved = run(notebook.dir, '--today', '2026-11-23', 'reschedule', 'olga-smirnova.md', 'fri');
    assert.equal(moved.status, 0, moved.stderr);
    assert.match(fs.readFileSync(file, 'utf8'), /next_contact: 2026-11-27\n/);
    assert.equal(moved.stdout, 'olga-smirnova.md: next contact 2026-11-27.\n');
    // A day before today is written as asked (org-mode allows it) and named as past: most often a slip of the year.
    const past = run(notebook.dir, '--today', '2026-11-23', 'reschedule', 'olga-smirnova.md', '2025-11-30');
    assert.equal(past.status, 0, past.stderr);
    assert.equal(past.stdout, 'olga-smirnova.md: next contact 2025-11-30, in the past: overdue already.\n');
    assert.match(fs.readFileSync(file, 'utf8'), /next_contact: 2025-11-30\n/);
    const loggedPast = run(notebook.dir, '--today', '2026-11-23', 'log', 'olga-smirnova.md', 'call', 'Agreed', '--next', '2025-12-01');
    assert.match(loggedPast.stdout, /; next contact 2025-12-01, in the past: overdue already\.\n$/);
    const today = run(notebook.dir, '--today', '2026-11-23', 'reschedule', 'olga-smirnova.md', 'today');
    assert.equal(today.stdout, 'olga-smirnova.md: next contact 2026-11-23.\n', 'today is not in the past');
  });

  it('logs a text that starts with a dash when it comes after --, and says so when it does not', () => {
    const file = path.join(notebook.dir, 'olga-smirnova.md');
    const before = fs.readFileSync(file, 'utf8');
    const refused = run(notebook.dir, '--today', '2026-11-23', 'log', 'smirnova', 'call', '-5% for 40 people');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /Unknown option -5; a text that starts with "-" goes after "--"\./);
    assert.equal(fs.readFileSync(file, 'utf8'), before);
    const logged = run(notebook.dir, '--today', '2026-11-23', 'log', 'smirnova', 'call', '--next', 'fri', '--', '-5% for 40 people');
    assert.equal(logged.status, 0, logged.stderr);
    assert.match(fs.readFileSync(file, 'utf8'), /\n- 2026-11-23 call: -5% for 40 people\n/);
  });

  it('writes nothing and lists the candidates when a name is ambiguous (exit 2)', () => {
    const snapshot = fs.readdirSync(notebook.dir, { recursive: true }).map(String).sort().map((f) => {
      const full = path.join(notebook.dir, f);
      return fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : f;
    });
    const result = run(notebook.dir, '--today', '2026-11-23', 'reschedule', 'an', 'tomorrow');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /matches \d+ clients/);
    assert.match(result.stderr, /anna-kowalska\.md/);
    const after = fs.readdirSync(notebook.dir, { recursive: true }).map(String).sort().map((f) => {
      const full = path.join(notebook.dir, f);
      return fs.statSync(full).isFile() ? fs.readFileSync(full, 'utf8') : f;
    });
    assert.deepEqual(after, snapshot);
  });

  it('rejects a date phrase it cannot read, saying what it expected', () => {
    const result = run(notebook.dir, 'reschedule', 'anna-kowalska.md', 'someday');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Expected a date like/);
  });

  it('creates a new dossier from the notebook template under a transliterated file name', () => {
    const result = run(notebook.dir, '--today', '2026-11-23', 'new', 'Ерлан Нұрланұлы', '--company', 'Qazaq: Tours');
    assert.equal(result.status, 0, result.stderr);
    const created = path.join(notebook.dir, 'erlan-nurlanuly.md');
    const text = fs.readFileSync(created, 'utf8');
    assert.match(text, /name: Ерлан Нұрланұлы/);
    assert.match(text, /company: "Qazaq: Tours"/);
    const again = run(notebook.dir, 'new', 'Ерлан Нұрланұлы');
    assert.match(again.stdout, /erlan-nurlanuly-2\.md/);
  });

  it('keeps a hostile name inside the notebook', () => {
    const result = run(notebook.dir, 'new', '../../etc/passwd');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(fs.existsSync(path.join(notebook.dir, 'etc-passwd.md')));
  });

  it('puts new dossiers only in folders the notebook reads (--folder)', () => {
    const listing = () => fs.readdirSync(notebook.dir, { recursive: true }).map(String).sort();
    const before = listing();
    for (const [folder, message] of [['../outside', /must be a folder inside the notebook/], ['.git/hooks', /does not read/], ['clients/node_modules', /does not read/]] as const) {
      const result = run(notebook.dir, 'new', 'Zofia Nowak', '--folder', folder);
      assert.equal(result.status, 2, folder);
      assert.match(result.stderr, message);
      const imported = run(notebook.dir, 'import', path.join(REPO, 'test', 'fixtures', 'import', 'google-contacts.csv'), '--folder', folder);
      assert.equal(imported.status, 2, folder);
      assert.match(imported.stderr, message);
    }
    assert.deepEqual(listing(), before);
    assert.equal(run(notebook.dir, 'new', 'Zofia Nowak', '--folder', 'leads/2026').status, 0);
    assert.ok(fs.existsSync(path.join(notebook.dir, 'leads', '2026', 'zofia-nowak.md')));
  });

  it('check exits 0 on the example and 1 with file:line messages on a broken notebook', () => {
    assert.equal(run(notebook.dir, 'check').status, 0);
    const broken = copyToTemp(fixturePath('notebook-basic'));
    try {
      const result = run(broken.dir, 'check');
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^ivan-petrov\.md:6:1: error: next_contact "2026-02-30" is not a valid date/m);
      assert.match(result.stdout, /^anna-nowak\.md:21:1: warning: /m);
    } finally {
      broken.cleanup();
    }
  });

  it('refuses to write a dossier whose front matter does not parse, and leaves it as it was', () => {
    const broken = copyToTemp(fixturePath('notebook-basic'));
    try {
      fs.writeFileSync(path.join(broken.dir, 'anna-nowak.md'), fs.readFileSync(path.join(broken.dir, 'anna-nowak.md'), 'utf8').replace('name: Anna Nowak', 'name: Anna Nowak\nstage: [unclosed'));
      const before = fs.readFileSync(path.join(broken.dir, 'anna-nowak.md'), 'utf8');
      const result = run(broken.dir, 'reschedule', 'anna-nowak.md', 'tomorrow');
      assert.equal(result.status, 1);
      assert.match(result.stderr, /anna-nowak\.md:\d+:\d+: /);
      assert.equal(fs.readFileSync(path.join(broken.dir, 'anna-nowak.md'), 'utf8'), before);
    } finally {
      broken.cleanup();
    }
  });
});
