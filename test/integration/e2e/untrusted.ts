// End-to-end in Restricted Mode: Workspace Trust on and the folder not
// trusted, the extension under development, no test code in the extension
// host (VS Code refuses modal dialogs while extension tests run, so only
// here does a person answer the trust question). With the keyboard:
//   the window says Restricted Mode and the Follow-ups view shows the clients;
//   Log Call on clara-jones.md asks "This workspace is not trusted. Change
//     clara-jones.md?": Cancel leaves the file as it was; Write logs the call.
//
//   node out/test/integration/e2e/untrusted.js [--timeout=MS] [--verbose]
//
// Ends with "N passed, N failed"; a failing step saves screenshots/tmp/untrusted-failure-*.png.
import * as fs from 'fs';
import * as path from 'path';
import { killAllServers } from '../runner/codeServer';
import { runMain } from '../runner/entry';
import { StepRun } from '../runner/steps';
import { defaultFixture, repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';
import { Person, iso, localDay, personStep, sleep, waitForFile } from './keyboard';

function parseArgs(argv: string[]): { timeoutMs: number; verbose: boolean } {
  const args = { timeoutMs: Number(process.env.CLIENT_NOTEBOOK_E2E_TIMEOUT_MS ?? 180000), verbose: process.env.CLIENT_NOTEBOOK_TEST_VERBOSE === '1' };
  for (const arg of argv) {
    if (arg.startsWith('--timeout=')) args.timeoutMs = Number(arg.slice('--timeout='.length));
    else if (arg === '--verbose') args.verbose = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return args;
}

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

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const workspace = copyFixture(defaultFixture());
  const clara = path.join(workspace, 'clara-jones.md');
  const claraBefore = fs.readFileSync(clara, 'utf8');
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
      await step('Log Call asks first; Cancel: clara-jones.md is left as it was', async (p) => {
        await logCall(p, 'Not without asking');
        await answer(p, 'This workspace is not trusted. Change clara-jones.md?', 'Cancel');
        await sleep(1000);
        if (fs.readFileSync(clara, 'utf8') !== claraBefore) throw new Error('clara-jones.md changed although the answer was Cancel');
      });

      const today = iso(localDay());
      await step(`Log Call asks first; Write: clara-jones.md is logged ${today}`, async (p) => {
        await logCall(p, 'With consent');
        await answer(p, 'This workspace is not trusted. Change clara-jones.md?', 'Write');
        await waitForFile(clara, (facts) => (facts.firstLogEntry === `- ${today} call: With consent` ? undefined : `first log entry is ${JSON.stringify(facts.firstLogEntry)}`));
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
