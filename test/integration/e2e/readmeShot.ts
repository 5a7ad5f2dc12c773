// The README's picture, from the real window: a copy of the example
// notebook, the extension under development, the light theme, the
// Follow-ups tree beside the morning summary.
//
//   node out/test/integration/e2e/readmeShot.js [--out=screenshots/readme-light.png]
//
// Not part of npm test: run it when the views change, and look at the picture.
import * as path from 'path';
import { killAllServers } from '../runner/codeServer';
import { runMain } from '../runner/entry';
import { repoRoot } from '../runner/paths';
import { startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';

async function main(argv: string[]): Promise<number> {
  const out = path.resolve(argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? path.join(repoRoot, 'screenshots', 'readme-light.png'));
  const workspace = copyFixture(path.join(repoRoot, 'examples', 'notebook'));
  const session = await startSession({ workspace, extensionDevelopmentPath: repoRoot, settings: { 'workbench.colorTheme': 'Default Light Modern' }, width: 1400, height: 900 });
  try {
    const { page } = session.workbench;
    await session.workbench.showViewContainer('Client Notebook', 'Follow-ups');
    await page.locator('.part.sidebar .monaco-list-row').filter({ hasText: 'Overdue' }).first().waitFor({ state: 'visible', timeout: 30000 });
    await session.workbench.widenSideBar(400);
    await session.workbench.runCommand('Client Notebook: Open Morning Summary');
    const body = session.workbench.activeWebview().locator('body');
    await body.getByText('Jonas Kazlauskas').first().waitFor({ state: 'visible', timeout: 20000 });
    await page.locator('.part.statusbar').filter({ hasText: /Activating Extensions/i }).waitFor({ state: 'hidden', timeout: 15000 }).catch(() => undefined);
    await page.mouse.move(250, 650);
    await page.waitForTimeout(1000);
    console.log(`screenshot ${await session.workbench.screenshot(out)}`);
    return 0;
  } finally {
    await session.dispose();
    killAllServers();
    removeCopy(workspace);
  }
}

runMain(main);
