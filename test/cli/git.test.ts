import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_NOTEBOOK, REPO, copyToTemp } from '../unit/fixtures';

const CLI = path.join(REPO, 'dist', 'cli.js');

function run(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the example notebook as a fresh repository with one commit. */
function gitNotebook() {
  const notebook = copyToTemp(EXAMPLE_NOTEBOOK);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: notebook.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Marta Nowicka');
  git('config', 'user.email', 'marta@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Notebook as of November');
  return { ...notebook, git, file: (name: string) => path.join(notebook.dir, name) };
}

/** The files the last commit touched, and its subject. */
function lastCommit(git: (...args: string[]) => string) {
  const [subject, ...files] = git('show', '--name-only', '--format=%s', 'HEAD').trim().split('\n').filter(Boolean);
  return { subject, files };
}

describe('client-notebook --commit and history (a temporary git repository)', function () {
  this.timeout(60000);
  let notebook: ReturnType<typeof gitNotebook>;
  beforeEach(() => {
    notebook = gitNotebook();
  });
  afterEach(() => notebook.cleanup());

  it('commits a logged call and a reschedule, each touching only its dossier, with a readable subject', () => {
    const logged = run(notebook.dir, '--today', '2026-11-23', '--commit', 'log', 'anna', 'call', 'Budget approved', '--next', '2026-12-01');
    assert.equal(logged.status, 0, logged.stderr);
    assert.match(logged.stdout, /Committed [0-9a-f]{7}: Log call: Anna Kowalska \(next: 2026-12-01\)/);
    assert.deepEqual(lastCommit(notebook.git), { subject: 'Log call: Anna Kowalska (next: 2026-12-01)', files: ['anna-kowalska.md'] });
    const moved = run(notebook.dir, '--today', '2026-11-23', 'reschedule', 'Смирнова', 'fri', '--commit');
    assert.equal(moved.status, 0, moved.stderr);
    assert.deepEqual(lastCommit(notebook.git), { subject: 'Reschedule: Ольга Смирнова (next: 2026-11-27)', files: ['olga-smirnova.md'] });
    const yaml = run(notebook.dir, '--today', '2026-11-23', '--commit', 'reschedule', 'aigerim', 'none');
    assert.equal(yaml.status, 0, yaml.stderr);
    assert.deepEqual(lastCommit(notebook.git), { subject: 'Reschedule: Айгерім Сейтқали (no follow-up)', files: ['aigerim-seitkali.yaml'] });
    assert.equal(notebook.git('status', '--porcelain'), '');
  });

  it('never commits the user\'s other work: staged and unstaged changes in other files stay as they were', () => {
    fs.appendFileSync(notebook.file('README.md'), '\nA staged thought.\n');
    notebook.git('add', 'README.md');
    fs.appendFileSync(notebook.file('juergen-weiss.md'), '\nAn unstaged thought.\n');
    fs.writeFileSync(notebook.file('scratch.txt'), 'untracked\n');
    const logged = run(notebook.dir, '--today', '2026-11-23', '--commit', 'log', 'anna', 'call', 'Talked');
    assert.equal(logged.status, 0, logged.stderr);
    assert.deepEqual(lastCommit(notebook.git).files, ['anna-kowalska.md']);
    assert.equal(notebook.git('status', '--porcelain'), 'M  README.md\n M juergen-weiss.md\n?? scratch.txt\n');
    assert.match(notebook.git('diff', '--cached', 'README.md'), /\+A staged thought\./);
  });

  it('writes but does not commit a dossier that already had uncommitted changes, and says why', () => {
    const file = notebook.file('anna-kowalska.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('## Log', 'My own unsaved note.\n\n## Log'));
    const head = notebook.git('rev-parse', 'HEAD');
    const logged = run(notebook.dir, '--today', '2026-11-23', '--commit', 'log', 'anna', 'call', 'Talked', '--next', '+1w');
    assert.equal(logged.status, 0, logged.stderr);
    assert.match(logged.stderr, /not committed: anna-kowalska\.md already had uncommitted changes of your own.*The change itself was written\./s);
    assert.equal(notebook.git('rev-parse', 'HEAD'), head);
    const text = fs.readFileSync(file, 'utf8');
    assert.match(text, /My own unsaved note\./);
    assert.match(text, /- 2026-11-23 call: Talked\n/);
    // A staged change of the user's own in the same dossier counts too.
    notebook.git('add', 'anna-kowalska.md');
    const moved = run(notebook.dir, '--today', '2026-11-23', '--commit', 'reschedule', 'anna', '+2w');
    assert.match(moved.stderr, /not committed: anna-kowalska\.md/);
    assert.equal(notebook.git('rev-parse', 'HEAD'), head);
  });

  it('outside a git repository the edit is done and the message says why there is no commit', () => {
    fs.rmSync(path.join(notebook.dir, '.git'), { recursive: true, force: true });
    const logged = run(notebook.dir, '--today', '2026-11-23', '--commit', 'log', 'anna', 'call', 'Talked');
    assert.equal(logged.status, 0, logged.stderr);
    assert.match(logged.stderr, /not committed: the notebook .* is not in a git repository\. The change itself was written\./);
    assert.match(fs.readFileSync(notebook.file('anna-kowalska.md'), 'utf8'), /- 2026-11-23 call: Talked\n/);
  });

  it('commits a new dossier, and nothing without --commit', () => {
    const created = run(notebook.dir, '--today', '2026-11-23', '--commit', 'new', 'Jan Kowalski', '--folder', 'leads');
    assert.equal(created.status, 0, created.stderr);
    assert.deepEqual(lastCommit(notebook.git), { subject: 'New client: Jan Kowalski', files: ['leads/jan-kowalski.md'] });
    const head = notebook.git('rev-parse', 'HEAD');
    assert.equal(run(notebook.dir, '--today', '2026-11-23', 'log', 'anna', 'call', 'Talked').status, 0);
    assert.equal(notebook.git('rev-parse', 'HEAD'), head);
  });

  it('commits an import as one commit of exactly the new dossiers', () => {
    const source = path.join(REPO, 'test', 'fixtures', 'import', 'outlook-contacts.csv');
    const imported = run(notebook.dir, '--today', '2026-11-23', '--commit', 'import', source, '--folder', 'imported', '--json');
    assert.equal(imported.status, 0, imported.stderr);
    const created = (JSON.parse(imported.stdout).create as { path: string }[]).map((each) => each.path).sort();
    assert.ok(created.length > 0);
    const commit = lastCommit(notebook.git);
    assert.equal(commit.subject, `Import: ${created.length} client${created.length === 1 ? '' : 's'}`);
    assert.deepEqual(commit.files.sort(), created);
    assert.equal(notebook.git('status', '--porcelain'), '');
  });

  it('history --json right after a few logged calls and reschedules', () => {
    const steps = [
      ['--today', '2026-11-23', 'log', 'anna', 'call', 'Budget approved', '--next', '2026-12-01'],
      ['--today', '2026-11-24', 'reschedule', 'anna', '2026-12-03 10:00'],
      ['--today', '2026-11-25', 'log', 'anna', 'email', 'Sent the contract', '--next', 'none'],
    ];
    for (const step of steps) assert.equal(run(notebook.dir, '--commit', ...step).status, 0);
    run(notebook.dir, '--commit', '--today', '2026-11-25', 'log', 'olga', 'call', 'Not Anna');
    const result = run(notebook.dir, '--json', 'history', 'anna-kowalska.md');
    assert.equal(result.status, 0, result.stderr);
    const history = JSON.parse(result.stdout) as { path: string; name: string; commits: { subject: string; author: string; date: string; next?: unknown; added: unknown[] }[] };
    assert.equal(history.path, 'anna-kowalska.md');
    assert.equal(history.name, 'Anna Kowalska');
    assert.deepEqual(history.commits.map((commit) => [commit.subject, commit.next, commit.added]), [
      ['Log email: Anna Kowalska', { from: '2026-12-03 10:00', to: null }, [{ date: '2026-11-25', kind: 'email', text: 'Sent the contract' }]],
      ['Reschedule: Anna Kowalska (next: 2026-12-03 10:00)', { from: '2026-12-01', to: '2026-12-03 10:00' }, []],
      ['Log call: Anna Kowalska (next: 2026-12-01)', { from: '2026-11-16', to: '2026-12-01' }, [{ date: '2026-11-23', kind: 'call', text: 'Budget approved' }]],
      ['Notebook as of November', { from: null, to: '2026-11-16' }, history.commits[3].added],
    ]);
    assert.equal(history.commits[0].author, 'Marta Nowicka');
    assert.match(history.commits[0].date, /^\d{4}-\d{2}-\d{2}T/);
    const text = run(notebook.dir, 'history', 'anna');
    assert.match(text.stdout, /^anna-kowalska\.md: Anna Kowalska\n\n\d{4}-\d{2}-\d{2} {2}[0-9a-f]{7} {2}Marta Nowicka {2}Log email: Anna Kowalska\n {4}next_contact: 2026-12-03 10:00 -> none\n {4}\+ 2026-11-25 email: Sent the contract\n/);
  });

  it('history of a dossier never committed, and outside a repository', () => {
    assert.equal(run(notebook.dir, 'new', 'Jan Kowalski').status, 0);
    assert.match(run(notebook.dir, 'history', 'jan-kowalski.md').stdout, /no history in git yet/);
    // Committed, but no commit moved a follow-up, the owner or the log: not "never committed".
    fs.writeFileSync(notebook.file('zed-test.md'), '---\nname: Zed Test\ncompany: Zed Ltd\n---\n');
    notebook.git('add', 'zed-test.md');
    notebook.git('commit', '-q', '-m', 'Zed Test');
    assert.equal(run(notebook.dir, 'history', 'zed-test.md').stdout.trim(), 'zed-test.md: no commit of Zed Test moved a follow-up, changed the owner or added to the log; --all lists every commit.');
    assert.match(run(notebook.dir, 'history', 'zed-test.md', '--all').stdout, /[0-9a-f]{7} {2}Marta Nowicka {2}Zed Test\n/);
    fs.rmSync(path.join(notebook.dir, '.git'), { recursive: true, force: true });
    const result = run(notebook.dir, 'history', 'anna');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no history for anna-kowalska\.md: .* is not in a git repository/);
  });

  it('handover: a dry run by default, then one commit of exactly the handed-over dossiers', () => {
    const dry = run(notebook.dir, 'handover', '--from', '  marta   NOWICKA ', '--to', 'Paweł Zieliński', '--commit');
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^Would hand over 8 clients from marta {3}NOWICKA to Paweł Zieliński:\n {2}anna-kowalska\.md {2}Anna Kowalska {2}\(owner: Marta Nowicka\)\n/);
    assert.match(dry.stdout, /Dry run: nothing was written\. Run again with --yes to write\./);
    assert.equal(notebook.git('status', '--porcelain'), '');
    assert.equal(run(notebook.dir, 'handover', '--from', 'Marta Nowicka', '--to', 'X', '--yes', '--dry-run').status, 0);
    assert.equal(notebook.git('status', '--porcelain'), '');
    const planned = JSON.parse(run(notebook.dir, '--json', 'handover', '--from', 'Marta Nowicka', '--to', 'Paweł Zieliński').stdout) as { dry_run: boolean; clients: { path: string }[] };
    assert.equal(planned.dry_run, true);
    fs.appendFileSync(notebook.file('README.md'), '\nUnrelated work.\n');
    const before = fs.readFileSync(notebook.file('anna-kowalska.md'), 'utf8');
    const done = run(notebook.dir, '--commit', 'handover', '--from', 'Marta Nowicka', '--to', 'Paweł Zieliński', '--yes');
    assert.equal(done.status, 0, done.stderr);
    assert.match(done.stdout, /Committed [0-9a-f]{7}: Hand-over: 8 clients from Marta Nowicka to Paweł Zieliński/);
    const commit = lastCommit(notebook.git);
    assert.equal(commit.subject, 'Hand-over: 8 clients from Marta Nowicka to Paweł Zieliński');
    assert.deepEqual(commit.files.sort(), planned.clients.map((client) => client.path).sort());
    assert.equal(notebook.git('status', '--porcelain'), ' M README.md\n');
    // Only the owner line changed.
    assert.equal(fs.readFileSync(notebook.file('anna-kowalska.md'), 'utf8'), before.replace('owner: Marta Nowicka', 'owner: Paweł Zieliński'));
    const stat = notebook.git('show', '--numstat', '--format=', 'HEAD').trim().split('\n');
    assert.ok(stat.every((line) => line.startsWith('1\t1\t')), stat.join('\n'));
    assert.match(run(notebook.dir, 'handover', '--from', 'Marta Nowicka', '--to', 'Y').stdout, /No dossier has the owner "Marta Nowicka"\./);
  });
});
