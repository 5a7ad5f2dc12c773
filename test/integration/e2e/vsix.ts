// The package itself works, not just the development build: packs the .vsix
// with `npm run package`'s script, installs it into the real VS Code the
// integration tests use (code-server --install-extension into a fresh
// extensions folder), opens a copy of the basic fixture notebook with no
// extension under development, and sees the Follow-ups view with its
// clients and the morning summary panel (whose script must be in the
// package).
//
//   node out/test/integration/e2e/vsix.js [--vsix FILE] [--timeout=MS] [--verbose]
//
// Ends with "N passed, N failed"; a failing step saves screenshots/tmp/vsix-failure-*.png.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RunArgs, parseRunArgs } from '../runner/args';
import { CodeServer, killAllServers, startCodeServer } from '../runner/codeServer';
import { runMain } from '../runner/entry';
import { StepRun } from '../runner/steps';
import { Workbench } from '../runner/driver';
import { checkInstalled, codeServerEntry, defaultFixture, node24Bin, node24Dir, repoRoot } from '../runner/paths';
import { copyFixture, removeCopy } from '../runner/workspace';

const EXTENSION_ID = 'client-notebook.client-notebook';

interface Args extends RunArgs {
  vsix?: string;
}

function parseArgs(argv: string[]): Args {
  let vsix: string | undefined;
  const common = parseRunArgs(argv, 240000, (arg, next) => {
    if (arg !== '--vsix') return false;
    const file = next();
    if (!file) throw new Error('--vsix needs a file');
    vsix = path.resolve(file);
    return true;
  });
  return { ...common, vsix };
}

/** `npm run package`, into a temp folder. */
function pack(dir: string): string {
  const vsix = path.join(dir, 'client-notebook.vsix');
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'package.js'), '--out', vsix], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`packaging failed:\n${result.stdout}\n${result.stderr}`);
  console.log(`  ${result.stdout.trim().split('\n').pop()}`);
  return vsix;
}

/** The languages besides English the extension speaks. */
const LANGUAGES = ['de', 'pl', 'ru', 'lt', 'kk'];

/** code-server --install-extension, as a person installs a .vsix. */
function install(vsix: string, tempDir: string): void {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(tempDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(tempDir, 'xdg-data'),
  };
  delete env.NODE_OPTIONS;
  const result = spawnSync(
    node24Bin,
    [codeServerEntry, '--user-data-dir', path.join(tempDir, 'user'), '--extensions-dir', path.join(tempDir, 'ext'), '--install-extension', vsix],
    { env, encoding: 'utf8', timeout: 120000 },
  );
  if (result.status !== 0) throw new Error(`--install-extension failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  const installed = fs.readdirSync(path.join(tempDir, 'ext')).filter((name) => name.startsWith(`${EXTENSION_ID}-`));
  if (installed.length !== 1) throw new Error(`expected one ${EXTENSION_ID}-* folder in the extensions folder, found ${JSON.stringify(fs.readdirSync(path.join(tempDir, 'ext')))}`);
  const folder = path.join(tempDir, 'ext', installed[0]);
  for (const forbidden of ['src', 'test', 'node_modules']) {
    if (fs.existsSync(path.join(folder, forbidden))) throw new Error(`the installed extension has a ${forbidden}/ folder`);
  }
  // VS Code falls back to English without a word when a language's files are missing, and this
  // run is in English: the package must carry each language's manifest, bundle and walkthrough.
  const translated = LANGUAGES.flatMap((language) => [`package.nls.${language}.json`, `l10n/bundle.l10n.${language}.json`, `media/walkthrough/${language}/notebook.md`]);
  const missing = translated.filter((file) => !fs.existsSync(path.join(folder, file)));
  if (missing.length) throw new Error(`the installed extension lacks ${missing.join(', ')}`);
  console.log(`  installed ${installed[0]}`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  checkInstalled();
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-vsix-test-'));
  const workspace = copyFixture(defaultFixture());
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  const run = new StepRun(args.timeoutMs, () => void workbench?.close());

  const step = (title: string, body: () => Promise<void>): Promise<boolean> =>
    run.step(title, body, async (number) => {
      if (!workbench) return;
      const file = path.join(repoRoot, 'screenshots', 'tmp', `vsix-failure-${number}.png`);
      await workbench.screenshot(file);
      console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
    });

  try {
    console.log('vsix: the packaged extension in a real VS Code');
    let vsix = args.vsix;
    const ready =
      (await step('npm run package makes a .vsix with only what runs', async () => {
        vsix ??= pack(tempDir);
        const kb = fs.statSync(vsix).size / 1024;
        if (kb > 2048) throw new Error(`the package is ${kb.toFixed(0)} KB`);
      })) &&
      (await step('code-server --install-extension installs it, with every language\'s files', async () => install(vsix!, tempDir))) &&
      (await step('VS Code starts on the fixture notebook with no extension under development', async () => {
        server = await startCodeServer({ workspace, tempDir, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
        workbench = await Workbench.launch({ onConsole: args.verbose ? (line) => console.log(`  [vscode] ${line}`) : undefined });
        await workbench.open({ serverUrl: server.url, folder: workspace, payload: [['skipWelcome', 'true']] });
      }));

    if (ready && workbench) {
      const page = workbench.page;
      const wb = workbench;
      await step('the Follow-ups view comes up with the notebook filed under its dividers', async () => {
        await wb.showViewContainer('Client Notebook', /Follow-ups/i);
        const followUps = page.locator('.pane').filter({ has: page.locator('.pane-header').filter({ hasText: /Follow-ups/i }) }).first();
        await followUps.locator('.monaco-list-row').filter({ hasText: 'Overdue' }).first().waitFor({ state: 'visible', timeout: 30000 });
        await followUps.locator('.monaco-list-row').filter({ hasText: 'Anna Nowak' }).first().waitFor({ state: 'visible', timeout: 30000 });
      });
      await step('the morning summary opens from the palette and shows the day (its script is in the package)', async () => {
        await wb.runCommand('Client Notebook: Open Morning Summary');
        await page.locator('.tabs-container .tab').filter({ hasText: /Morning summary/i }).first().waitFor({ state: 'visible', timeout: 20000 });
        const body = wb.activeWebview().locator('body');
        await body.getByText('Anna Nowak').first().waitFor({ state: 'visible', timeout: 20000 });
      });
    }
  } finally {
    await workbench?.close();
    await server?.stop();
    killAllServers();
    removeCopy(workspace);
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
  return run.finish();
}

if (require.main === module) runMain(main);
