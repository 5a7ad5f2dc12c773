import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NOBODY, REPO, RUNNING_AS_ROOT, copyWithUnreadable, fixturePath } from '../unit/fixtures';

/**
 * A dossier the user may not read (mode 000): the real command, as a user it
 * applies to. Root reads such a file anyway, so as root the command runs as
 * `nobody`, from a copy of dist/cli.js in a folder that user can read (the
 * checkout may be under a home folder it cannot enter).
 */
describe('client-notebook with a dossier it may not read', function () {
  this.timeout(30000); // each test starts the command; seconds on a busy machine
  let notebook: { dir: string; cleanup: () => void };
  let bin: string;
  before(() => {
    bin = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-bin-'));
    fs.chmodSync(bin, 0o755);
    fs.copyFileSync(path.join(REPO, 'dist', 'cli.js'), path.join(bin, 'cli.js'));
    fs.chmodSync(path.join(bin, 'cli.js'), 0o644);
  });
  after(() => fs.rmSync(bin, { recursive: true, force: true }));
  beforeEach(() => {
    notebook = copyWithUnreadable(fixturePath('notebook-basic'), 'clara-jones.md');
  });
  afterEach(() => notebook.cleanup());

  function run(...args: string[]) {
    return runWithCache('off', ...args);
  }

  function runWithCache(cache: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [path.join(bin, 'cli.js'), '--root', notebook.dir, '--today', '2026-11-25', ...args], {
      encoding: 'utf8',
      cwd: bin,
      env: { ...process.env, LANG: 'C', CLIENT_NOTEBOOK_CACHE: cache, HOME: bin },
      ...(RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    assert.equal(result.error, undefined, `the command did not start: ${String(result.error)}`);
    return result;
  }

  it('runs as a user who may not read it', () => {
    const probe = spawnSync(process.execPath, ['-e', 'require("fs").readFileSync(process.argv[1])', path.join(notebook.dir, 'clara-jones.md')], { encoding: 'utf8', ...(RUNNING_AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {}) });
    assert.equal(probe.error, undefined, `the probe did not start: ${String(probe.error)}`);
    assert.match(probe.stderr, /EACCES/, 'clara-jones.md is readable: the other tests here would prove nothing');
  });

  it('check names the file, lists the notebook\'s other problems, and exits 1', () => {
    const result = run('check');
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /^clara-jones\.md:1:1: error: The file cannot be read: permission denied\.$/m);
    assert.match(result.stdout, /^ivan-petrov\.md:6:1: error: /m, 'the rest of the notebook is still checked');
    assert.doesNotMatch(result.stderr, /unexpected error|EACCES/);
  });

  it('agenda lists every other client and exits 0', () => {
    const result = run('agenda', '--json');
    assert.equal(result.status, 0, result.stderr);
    const names = (JSON.parse(result.stdout).items as { name: string }[]).map((item) => item.name);
    assert.ok(!names.includes('Clara Jones'));
    for (const name of ['Anna Nowak', 'Bernd Keller', 'Hanna Berg', 'Дмитрий Орлов', 'Eva Lind']) assert.ok(names.includes(name), name);
  });

  it('with the persisted index: a dossier that becomes unreadable is reported, and an unreadable one does not make every run rewrite the cache', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-cache-'));
    try {
      if (RUNNING_AS_ROOT) fs.chownSync(cache, NOBODY, NOBODY);
      const clara = path.join(notebook.dir, 'clara-jones.md');
      fs.chmodSync(clara, 0o644);
      // Files modified in the last seconds are left out of the cache: age them all.
      const anHourAgo = new Date(Date.now() - 3_600_000);
      for (const name of fs.readdirSync(notebook.dir)) fs.utimesSync(path.join(notebook.dir, name), anHourAgo, anHourAgo);
      assert.doesNotMatch(runWithCache(cache, 'check').stdout, /clara-jones\.md:1:1/, 'readable at first');
      // chmod changes neither size nor modification time, only the ctime.
      fs.chmodSync(clara, 0o000);
      const check = runWithCache(cache, 'check');
      assert.equal(check.status, 1);
      assert.match(check.stdout, /^clara-jones\.md:1:1: error: The file cannot be read: permission denied\.$/m);
      const [cacheFile] = fs.readdirSync(cache).map((name) => path.join(cache, name));
      const written = fs.statSync(cacheFile).mtimeMs;
      assert.match(runWithCache(cache, 'check').stdout, /^clara-jones\.md:1:1: error: /m, 'still reported from the cache');
      assert.equal(fs.statSync(cacheFile).mtimeMs, written, 'nothing changed, yet the cache was written again');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('refuses to log to it by path, names it, exits 1 and writes nothing', () => {
    const file = path.join(notebook.dir, 'clara-jones.md');
    const before = fs.readFileSync(file);
    const result = run('log', 'clara-jones.md', 'call', 'Left a voicemail');
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), 'client-notebook: clara-jones.md:1:1: The file cannot be read: permission denied. Nothing was written.');
    assert.deepEqual(fs.readFileSync(file), before);
    assert.equal(fs.statSync(file).mode & 0o777, 0, 'its mode is left alone too');
  });
});
