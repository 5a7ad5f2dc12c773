// Opens the workbench with the extension and a fresh copy of the fixture
// notebook, drives it like a person (wait for the Explorer, command palette,
// type, Enter) and saves screenshots to look at.
//
//   node out/test/integration/runner/look.js [--out=DIR] [--file=NAME] [FOLDER]
//
// Writes DIR/1-workbench.png (the notebook open, a dossier in the editor),
// DIR/2-palette.png (the palette on the extension's command) and
// DIR/3-after-command.png (after Enter ran it).
import * as fs from 'fs';
import * as path from 'path';
import { runMain } from './entry';
import { defaultFixture, repoRoot } from './paths';
import { startSession } from './session';
import { copyFixture, removeCopy } from './workspace';

async function main(argv: string[]): Promise<number> {
  let out = '/tmp/client-notebook-look';
  let folder: string | undefined;
  let file: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith('--out=')) out = path.resolve(arg.slice('--out='.length));
    else if (arg.startsWith('--file=')) file = arg.slice('--file='.length);
    else if (!arg.startsWith('-')) folder = path.resolve(arg);
  }
  const workspace = copyFixture(folder ?? defaultFixture());
  // Default: the first Markdown file with front matter (a dossier).
  file ??= fs
    .readdirSync(workspace)
    .sort()
    .find((name) => name.endsWith('.md') && fs.readFileSync(path.join(workspace, name), 'utf8').startsWith('---'));
  if (!file) throw new Error(`no dossier to open in ${workspace}; pass --file=NAME`);
  const session = await startSession({
    workspace,
    extensionDevelopmentPath: repoRoot,
    onConsole: (line) => {
      if (/^\[(error|pageerror)\]/.test(line)) console.log(`  [vscode] ${line.split('\n')[0]}`);
    },
  });
  try {
    const { workbench } = session;
    await workbench.waitForView(file);
    await workbench.openFile(file);
    console.log(await workbench.screenshot(path.join(out, '1-workbench.png')));
    await workbench.findCommand('Client Notebook: Refresh');
    console.log(await workbench.screenshot(path.join(out, '2-palette.png')));
    await workbench.pressEnter();
    await workbench.page.waitForTimeout(500);
    console.log(await workbench.screenshot(path.join(out, '3-after-command.png')));
    return 0;
  } catch (error) {
    console.error(`failed; screenshot: ${await session.workbench.screenshot(path.join(out, 'failure.png')).catch(() => '-')}`);
    throw error;
  } finally {
    await session.dispose();
    removeCopy(workspace);
  }
}

runMain(main);
