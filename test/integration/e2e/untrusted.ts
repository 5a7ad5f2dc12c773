// End-to-end in Restricted Mode: Workspace Trust on and the folder not
// trusted, the extension under development, no test code in the extension
// host (VS Code refuses modal dialogs while extension tests run, so only
// here does a person answer the trust question). With the keyboard:
//   the window says Restricted Mode and the Follow-ups view shows the clients;
//   Log Call on clara-jones.md asks "This workspace is not trusted. Change
//     clara-jones.md?": Cancel leaves the file as it was; Write logs the call;
//   with commit-on-change on in the user settings, the written call is not
//     committed and no git runs (the workspace copy is a repository whose
//     fsmonitor hook and pre-commit hook would leave a mark); Show History
//     says it needs a trusted workspace.
//
//   node out/test/integration/e2e/untrusted.js [--timeout=MS] [--verbose]
//
// Ends with "N passed, N failed"; a failing step saves screenshots/tmp/untrusted-failure-*.png.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseRunArgs } from '../runner/args';
import { killAllServers } from '../runner/codeServer';
import { runMain } from '../runner/entry';
import { StepRun } from '../runner/steps';
import { defaultFixture, repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';
import { Person, iso, localDay, personStep, sleep, waitForFile } from './keyboard';

/** Log Call on the open dossier, all the way to the end of its questions. */
async function logCall(p: Person, text: string): Promise<void> {
  await p.runCommand('Client Notebook: Log Call');
  await p.waitForQuickInput('Log call: Clara Jones');
  await p.workbench.type(text);
  await p.workbench.pressEnter();
  await p.waitForQuickInput('Next contact with Clara Jones');
  await p.workbench.type('+1w');
  await p.waitForFocusedRow(/^\s*\+1w/);
  await p.workbench.pressEnter();
  await p.waitForQuickInput('Next step with Clara Jones');
  await p.workbench.pressEnter();
  await p.waitForQuickInputClosed();
}

/** Waits for the modal dialog, checks its question, and clicks `button`. */
async function answer(p: Person, question: string, button: string): Promise<void> {
  const dialog = p.page.locator('.monaco-dialog-box');
  await dialog.waitFor({ state: 'visible', timeout: 10000 });
  const asked = (await dialog.locator('.dialog-message-text').innerText()).trim();
  if (asked !== question) throw new Error(`the dialog asks ${JSON.stringify(asked)}, want ${JSON.stringify(question)}`);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 5000 });
}

/**
 * Makes the workspace copy a repository with one commit, whose fsmonitor hook
 * (run by git status, add and commit) and pre-commit hook leave a mark in
 * `marks` (outside the workspace). Returns git for the test itself, which
 * turns the fsmonitor hook off so that only other gits leave a mark.
 */
function repositoryWithTraps(workspace: string, marks: string): (...args: string[]) => string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Marta Nowicka', '-c', 'user.email=marta@example.com', '-c', 'commit.gpgsign=false', 'commit', '--quiet', '-m', 'Notebook as of November');
  for (const hook of ['fsmonitor', 'pre-commit']) {
    const file = path.join(marks, hook);
    fs.writeFileSync(file, `#!/bin/sh\ntouch '${file}-ran'\nexit 1\n`, { mode: 0o755 });
  }
  git('config', 'core.fsmonitor', path.join(marks, 'fsmonitor'));
  git('config', 'core.hooksPath', marks);
  return git;
}

/** Waits for a notification that contains `text`, in the notification center (its toast does not show reliably in this window). */
async function notification(p: Person, text: string): Promise<void> {
  await p.runCommand('Notifications: Show Notifications');
  await p.page.locator('.notifications-center .notification-list-item-message').filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 10000 });
  await p.runCommand('Notifications: Hide Notifications');
}

async function main(argv: string[]): Promise<number> {
  const args = parseRunArgs(argv, 180000);
  const workspace = copyFixture(defaultFixture());
  const clara = path.join(workspace, 'clara-jones.md');
  const claraBefore = fs.readFileSync(clara, 'utf8');
  // The copy's temp parent, removed with it.
  const marks = path.dirname(workspace);
  const git = repositoryWithTraps(workspace, marks);
  const head = git('rev-parse', 'HEAD').trim();
  const gitRan = () => ['fsmonitor-ran', 'pre-commit-ran'].filter((mark) => fs.existsSync(path.join(marks, mark)));
  let session: Session | undefined;
  let person: Person | undefined;

  const run = new StepRun(args.timeoutMs, () => removeCopy(workspace));

  const step = personStep(run, () => ({ session, person }), (number) => path.join(repoRoot, 'screenshots', 'tmp', `untrusted-failure-${number}.png`));

  try {
    try {
      session = await startSession({
        workspace,
        extensionDevelopmentPath: repoRoot,
        workspaceTrust: true,
        // A user setting, which Restricted Mode honours (the workspace's own is ignored).
        settings: { 'clientNotebook.git.commitOnChange': true },
        onConsole: (line) => {
          if (args.verbose) console.log(`  [vscode] ${line}`);
        },
      });
      person = new Person(session.workbench, session.workbench.page);
    } catch (error) {
      run.fail('VS Code starts', error);
    }

    const shown = await step('the window is in Restricted Mode, and the Follow-ups view shows the clients', async (p) => {
      await p.page.locator('.part.statusbar').filter({ hasText: 'Restricted Mode' }).first().waitFor({ state: 'visible', timeout: 30000 });
      await p.showClientNotebook();
      await p.workbench.openFile('clara-jones.md');
    });

    if (shown) {
      const cancelled = 'Not without asking';
      await step('Log Call asks first; Cancel: clara-jones.md is left as it was', async (p) => {
        await logCall(p, cancelled);
        await answer(p, 'This workspace is not trusted. Change clara-jones.md?', 'Cancel');
        await sleep(1000);
        if (fs.readFileSync(clara, 'utf8') !== claraBefore) throw new Error('clara-jones.md changed although the answer was Cancel');
      });

      const today = iso(localDay());
      await step(`Log Call asks first; Write: clara-jones.md is logged ${today}`, async (p) => {
        await logCall(p, 'With consent');
        await answer(p, 'This workspace is not trusted. Change clara-jones.md?', 'Write');
        await waitForFile(clara, (facts) => (facts.firstLogEntry === `- ${today} call: With consent` ? undefined : `first log entry is ${JSON.stringify(facts.firstLogEntry)}`));
        // The Cancel step looked for a second only; a write that came later would show here.
        if (fs.readFileSync(clara, 'utf8').includes(cancelled)) throw new Error(`clara-jones.md has the cancelled call "${cancelled}"`);
      });

      await step('commit-on-change (on in the user settings) commits nothing and runs no git: it says so, HEAD stays, clara-jones.md is left modified', async (p) => {
        // Said when the commit is refused, before the edit: once it shows, no commit can follow.
        await notification(p, 'Client Notebook does not commit changes in an untrusted workspace');
        const now = git('rev-parse', 'HEAD').trim();
        if (now !== head) throw new Error(`a commit was made: ${git('log', '--oneline', `${head}..HEAD`).trim()}`);
        const status = git('status', '--porcelain').trim();
        if (status !== 'M clara-jones.md') throw new Error(`git status says ${JSON.stringify(status)}, want the logged call uncommitted in clara-jones.md`);
        if (gitRan().length) throw new Error(`git ran in the workspace: ${gitRan().join(', ')}`);
      });

      await step('Show History says it needs a trusted workspace, and runs no git', async (p) => {
        await p.runCommand('Client Notebook: Show History');
        await notification(p, 'No history in an untrusted workspace');
        if (gitRan().length) throw new Error(`git ran in the workspace: ${gitRan().join(', ')}`);
      });
    }
  } finally {
    await session?.dispose().catch(() => undefined);
    killAllServers();
    removeCopy(workspace);
  }

  return run.finish();
}

if (require.main === module) runMain(main);
