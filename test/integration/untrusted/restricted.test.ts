// Runs only in `npm run test:untrusted` (runner/run.js --untrusted): Workspace
// Trust on, the folder not trusted. VS Code refuses to show a modal dialog
// while extension tests run (the prompt throws, with the dialog's text), so
// every write here meets a question nobody answers: the disk must not change.
// test/integration/e2e/untrusted.ts answers the question as a person does.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, clientNode, closeAllEditors, diskPath, restoreWorkspace, treeSummary, waitFor, workspaceUri } from '../suite/helpers';

const IMPORT = path.resolve(__dirname, '../../../../test/fixtures/import');

/** Runs a command that must stop at a modal question; returns the question. */
async function question(run: () => Thenable<unknown>): Promise<string> {
  try {
    const result = await run();
    assert.fail(`no question was asked; the command returned ${JSON.stringify(result)}`);
  } catch (error) {
    const asked = /refused to show dialog in tests\. Contents: (.*)$/s.exec(error instanceof Error ? error.message : String(error));
    if (!asked) throw error;
    return asked[1];
  }
}

/** Every file under the workspace with its bytes, to show that nothing changed. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.set(path.relative(diskPath(), file), fs.readFileSync(file, 'base64'));
    }
  };
  walk(diskPath());
  return files;
}

/**
 * Makes the workspace a git repository with one commit, set to leave a mark
 * when git runs: its core.fsmonitor hook (run by status, add, commit) touches
 * a file, and GIT_TRACE in this extension host's environment, which every git
 * the extension starts inherits, makes any of them write a trace. Both marks
 * are outside the workspace. `ran()` names the marks there are. (VS Code
 * keeps its own Git extension off in Restricted Mode, which the notebook's
 * gitApi() would need to run git, so the traps also catch a VS Code that
 * one day runs it there; the words of the refusal are checked by the e2e.)
 */
function gitTraps(): { ran(): string[]; prove(): void; dispose(): void } {
  const marks = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-git-traps-'));
  const quiet = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: diskPath(), env: { ...process.env, ...quiet }, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Marta Nowicka', '-c', 'user.email=marta@example.com', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'Notebook as of November');
  const hook = path.join(marks, 'fsmonitor-hook');
  fs.writeFileSync(hook, `#!/bin/sh\ntouch '${path.join(marks, 'fsmonitor-ran')}'\nexit 1\n`, { mode: 0o755 });
  git('config', 'core.fsmonitor', hook);
  const traceBefore = process.env.GIT_TRACE;
  process.env.GIT_TRACE = path.join(marks, 'trace');
  return {
    ran: () => ['fsmonitor-ran', 'trace'].filter((mark) => fs.existsSync(path.join(marks, mark))),
    /** What a git run here leaves, so that a test sees the traps would have caught one. */
    prove: () => {
      git('status', '--porcelain');
    },
    dispose: () => {
      if (traceBefore === undefined) delete process.env.GIT_TRACE;
      else process.env.GIT_TRACE = traceBefore;
      fs.rmSync(diskPath('.git'), { recursive: true, force: true });
      fs.rmSync(marks, { recursive: true, force: true });
    },
  };
}

describe('Restricted Mode (an untrusted workspace)', () => {
  beforeEach(async () => restoreWorkspace(await activate()));

  it('is really untrusted, and the extension runs', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension('client-notebook.client-notebook')?.isActive);
  });

  it('loads the Follow-ups view: reading and showing the notebook needs no trust', async () => {
    const api = await activate('2026-11-25');
    await vscode.commands.executeCommand('clientNotebook.followUps.focus');
    const summary = treeSummary(api);
    assert.strictEqual(summary[0], 'Overdue: Anna Nowak');
    assert.strictEqual(summary[1], 'Today: Bernd Keller, Hanna Berg');
    assert.strictEqual(api.followUps.dueCount, 3);
  });

  it('asks before Log Call writes, and leaves every byte on disk alone without an answer', async () => {
    const api = await activate('2026-11-25');
    const before = snapshot();
    const asked = await question(() => vscode.commands.executeCommand('clientNotebook.logCall', clientNode(api, 'clara-jones.md'), { text: 'Sent the revised offer', next: '+1w' }));
    assert.strictEqual(asked, 'This workspace is not trusted. Change clara-jones.md?');
    assert.deepStrictEqual(snapshot(), before);
    const unsaved = vscode.workspace.textDocuments.filter((document) => document.isDirty && document.uri.path.startsWith(diskPath()));
    assert.deepStrictEqual(unsaved.map((document) => document.uri.path), [], 'nothing waits unsaved in an editor either');
  });

  it('asks before Reschedule, an import (even one whose arguments skip the preview) and Create a Notebook Here', async () => {
    const api = await activate('2026-11-25');
    const rows = [clientNode(api, 'anna-nowak.md'), clientNode(api, 'dmitry-orlov.md')];
    fs.rmSync(diskPath('.client-notebook.yaml'));
    const before = snapshot();
    assert.strictEqual(
      await question(() => vscode.commands.executeCommand('clientNotebook.reschedule', rows[0], rows, { next: '2026-12-07' })),
      'This workspace is not trusted. Change anna-nowak.md, dmitry-orlov.md?',
    );
    assert.strictEqual(
      await question(() => vscode.commands.executeCommand('clientNotebook.importContacts', { file: path.join(IMPORT, 'google-contacts.csv'), confirm: true })),
      'This workspace is not trusted. Change olga-smirnova.md, juergen-weiss.md, sarah-mitchell.md?',
    );
    assert.strictEqual(
      await question(() => vscode.commands.executeCommand('clientNotebook.createNotebook', vscode.workspace.workspaceFolders![0].uri)),
      'This workspace is not trusted. Change .client-notebook.yaml, .client-notebook/template.md?',
    );
    assert.deepStrictEqual(snapshot(), before);
  });

  it('asks before an export or an example copy to a path given as an argument, and names three files at most', async () => {
    const api = await activate('2026-11-25');
    const before = snapshot();
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-untrusted-'));
    try {
      assert.strictEqual(
        await question(() => vscode.commands.executeCommand('clientNotebook.exportCalendar', { out: diskPath('calendar.ics') })),
        'This workspace is not trusted. Change calendar.ics?',
      );
      assert.strictEqual(
        await question(() => vscode.commands.executeCommand('clientNotebook.exportMailingList', { out: diskPath('mailing.csv') })),
        'This workspace is not trusted. Change mailing.csv?',
      );
      assert.match(
        await question(() => vscode.commands.executeCommand('clientNotebook.openExample', vscode.Uri.file(elsewhere), false)),
        /^This workspace is not trusted\. Change .*client-notebook-example\?$/,
      );
      assert.deepStrictEqual(fs.readdirSync(elsewhere), [], 'no example was copied');
      const rows = ['anna-nowak.md', 'dmitry-orlov.md', 'clara-jones.md', 'hanna-berg.md'].map((file) => clientNode(api, file));
      assert.strictEqual(
        await question(() => vscode.commands.executeCommand('clientNotebook.reschedule', rows[0], rows, { next: '2026-12-07' })),
        'This workspace is not trusted. Change anna-nowak.md, dmitry-orlov.md, clara-jones.md and 1 more?',
      );
      assert.deepStrictEqual(snapshot(), before);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('asks before New Client (given the name, so no input box comes first)', async () => {
    await activate('2026-11-25');
    const before = snapshot();
    assert.strictEqual(
      await question(() => vscode.commands.executeCommand('clientNotebook.newClient', { name: 'Olga Smirnova', company: 'Nordlicht' })),
      'This workspace is not trusted. Change olga-smirnova.md?',
    );
    assert.deepStrictEqual(snapshot(), before);
  });

  it('refuses Show History before asking for a client, and runs no git for it', async () => {
    await activate('2026-11-25');
    await closeAllEditors();
    const traps = gitTraps();
    try {
      const given = await vscode.commands.executeCommand('clientNotebook.showHistory', workspaceUri('clara-jones.md'), { pick: false });
      assert.strictEqual(given, undefined, 'no commits for a client given as an argument');
      // No client and no dossier editor: the refusal comes first, or the client picker would wait here.
      const unanswered = Symbol('the client picker waits');
      const asked = await Promise.race([
        vscode.commands.executeCommand('clientNotebook.showHistory', { pick: false }),
        new Promise((resolve) => setTimeout(() => resolve(unanswered), 5000)),
      ]);
      if (asked === unanswered) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.strictEqual(asked, undefined, 'refused before the client picker');
      assert.deepStrictEqual(traps.ran(), [], 'git ran');
      traps.prove();
      assert.deepStrictEqual(traps.ran(), ['fsmonitor-ran', 'trace'], 'a git run here is caught by both traps');
    } finally {
      traps.dispose();
    }
  });

  it("ignores the workspace's own roots and commit-on-change settings (restrictedConfigurations)", async () => {
    const settings = diskPath('.vscode', 'settings.json');
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify({ 'clientNotebook.dateFormat': 'iso', 'clientNotebook.roots': ['/etc'], 'clientNotebook.git.commitOnChange': true }));
    const section = () => vscode.workspace.getConfiguration('clientNotebook');
    try {
      // dateFormat is not restricted: once it reads iso, VS Code has read the file.
      await waitFor('VS Code to read .vscode/settings.json', () => section().get('dateFormat') === 'iso');
      assert.strictEqual(section().get('git.commitOnChange'), false);
      assert.deepStrictEqual(section().get('roots'), []);
    } finally {
      fs.rmSync(path.dirname(settings), { recursive: true, force: true });
      await waitFor('VS Code to drop .vscode/settings.json', () => section().get('dateFormat') === 'locale');
    }
  });
});
