import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { HistoryCommit } from '../../../src/core/notebook/history';
import type { API, GitExtension } from '../../../src/extension/git/gitApi';
import { activate, closeAllEditors, diskPath, readDisk, restoreWorkspace, waitFor, workspaceUri } from './helpers';

/** The repository root, from out/test/integration/suite. */
const CLI = path.resolve(__dirname, '../../../../dist/cli.js');

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: diskPath(), encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

/** The subject and files of the last commit. */
function lastCommit(): string {
  return git('log', '-1', '--name-only', '--format=%s').trim();
}

describe('Git: commit on change, history and hand-over', function () {
  this.timeout(60000);
  const settings = () => vscode.workspace.getConfiguration('clientNotebook');
  let gitAvailable = false;
  let gitApi: API | undefined;

  before(async () => {
    await restoreWorkspace(await activate());
    git('init', '--quiet');
    git('config', 'user.name', 'Marta Nowicka');
    git('config', 'user.email', 'marta@example.com');
    git('config', 'commit.gpgsign', 'false');
    git('add', '.');
    git('commit', '--quiet', '-m', 'Notebook as of November');
    // The built-in Git extension runs even with --disable-extensions; it found no repository
    // when the window opened, so it is told about the one just made.
    const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
    if (extension) {
      const exports = extension.isActive ? extension.exports : await extension.activate();
      if (exports.enabled) {
        gitApi = exports.getAPI(1);
        const repository = await gitApi.openRepository?.(workspaceUri());
        gitAvailable = Boolean(repository);
      }
    }
    await settings().update('git.commitOnChange', true, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await settings().update('git.commitOnChange', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    // Closed in the Git extension, which then leaves it alone; .git itself stays until the run
    // removes the whole workspace copy, because a `git check-ignore` the extension had queued
    // before the close still runs, and in a folder that is no longer a repository its EPIPE
    // surfaced as an uncaught error in whichever test ran then.
    if (gitApi?.repositories.length) {
      await vscode.commands.executeCommand('git.close', workspaceUri());
      await waitFor('the Git extension to close the test repository', () => gitApi?.repositories.length === 0);
    }
    await restoreWorkspace(await activate());
  });

  afterEach(closeAllEditors);

  it('runs the built-in Git extension in the test window', () => {
    assert.ok(gitAvailable, 'vscode.git is not available: only the fallback message could be tested');
  });

  it('commits a logged call as one commit of that dossier only; the user\'s other work stays uncommitted', async function () {
    if (!gitAvailable) this.skip();
    await activate('2026-11-25');
    fs.appendFileSync(diskPath('notes.md'), '\nMy own unstaged thought.\n');
    fs.writeFileSync(diskPath('scratch.txt'), 'untracked\n');
    const done = await vscode.commands.executeCommand('clientNotebook.logCall', workspaceUri('clara-jones.md'), { text: 'Sent the revised offer', next: '2026-12-02' });
    assert.strictEqual(done, true);
    assert.strictEqual(lastCommit(), 'Log call: Clara Jones (next: 2026-12-02)\n\nclara-jones.md');
    assert.match(readDisk('clara-jones.md'), /- 2026-11-25 call: Sent the revised offer/);
    assert.strictEqual(git('status', '--porcelain'), ' M notes.md\n?? scratch.txt\n');
    const moved = await vscode.commands.executeCommand('clientNotebook.reschedule', workspaceUri('clara-jones.md'), { next: '2026-12-04' });
    assert.strictEqual(moved, true);
    assert.strictEqual(lastCommit(), 'Reschedule: Clara Jones (next: 2026-12-04)\n\nclara-jones.md');
  });

  it('writes but does not commit a dossier with uncommitted changes of the user\'s own, nor while other files are staged', async function () {
    if (!gitAvailable) this.skip();
    const api = await activate('2026-11-25');
    const head = git('rev-parse', 'HEAD');
    // The user's own change, made and saved in the editor, not committed.
    const document = await vscode.workspace.openTextDocument(workspaceUri('frank-otto.md'));
    const own = new vscode.WorkspaceEdit();
    own.insert(document.uri, document.positionAt(document.getText().length), '\nMy own edit, not committed yet.\n');
    assert.ok(await vscode.workspace.applyEdit(own));
    assert.ok(await document.save());
    await api.notebooks.settled();
    const done = await vscode.commands.executeCommand('clientNotebook.logMeeting', workspaceUri('frank-otto.md'), { text: 'Lunch', next: null });
    assert.strictEqual(done, true);
    assert.match(readDisk('frank-otto.md'), /- 2026-11-25 meeting: Lunch/);
    assert.match(readDisk('frank-otto.md'), /My own edit, not committed yet\./);
    assert.strictEqual(git('rev-parse', 'HEAD'), head, 'no commit over the user\'s own change');
    git('add', 'notes.md');
    const moved = await vscode.commands.executeCommand('clientNotebook.reschedule', workspaceUri('anna-nowak.md'), { next: '2026-12-07' });
    assert.strictEqual(moved, true);
    assert.match(readDisk('anna-nowak.md'), /next_contact: 2026-12-07\n/);
    assert.strictEqual(git('rev-parse', 'HEAD'), head, 'no commit while notes.md is staged');
    git('reset', '--quiet', 'notes.md');
  });

  it('Show History returns the commits that moved the follow-up, newest first', async function () {
    if (!gitAvailable) this.skip();
    await activate('2026-11-25');
    const commits = await vscode.commands.executeCommand<HistoryCommit[]>('clientNotebook.showHistory', workspaceUri('clara-jones.md'), { pick: false });
    assert.ok(commits);
    assert.deepStrictEqual(commits.map((commit) => [commit.subject, commit.next]), [
      ['Reschedule: Clara Jones (next: 2026-12-04)', { from: '2026-12-02', to: '2026-12-04' }],
      ['Log call: Clara Jones (next: 2026-12-02)', { from: '2026-11-26', to: '2026-12-02' }],
      ['Notebook as of November', { from: null, to: '2026-11-26' }],
    ]);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path, workspaceUri('clara-jones.md').path);
  });

  it('a hand-over by the CLI shows in the Clients view grouped by owner', async () => {
    const api = await activate('2026-11-25');
    const groups = () => api.clients.getChildren().map((group) => {
      const names = api.clients.getChildren(group).map((node) => String(api.clients.getTreeItem(node).label));
      return `${String(api.clients.getTreeItem(group).label)}: ${names.join(', ')}`;
    });
    try {
      await settings().update('clients.groupBy', 'owner', vscode.ConfigurationTarget.Workspace);
      await waitFor('Clara under Marta', () => groups().some((line) => /^Marta Nowicka: .*Clara Jones/.test(line)));
      const node = process.env.CLIENT_NOTEBOOK_NODE ?? 'node';
      const output = execFileSync(node, [CLI, '--root', diskPath(), 'handover', '--from', 'marta nowicka', '--to', 'Jan Kowalski', '--yes'], { encoding: 'utf8' });
      assert.match(output, /Handing over 1 client from marta nowicka to Jan Kowalski/);
      await waitFor('Clara under Jan', async () => {
        await api.notebooks.settled();
        return groups().some((line) => /^Jan Kowalski: .*Clara Jones/.test(line)) && !groups().some((line) => /^Marta Nowicka:/.test(line));
      });
    } finally {
      await settings().update('clients.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
