// The README's picture, from the real window: a copy of the example
// notebook, the extension under development, the light theme, the
// Follow-ups tree beside the morning summary.
//
//   node out/test/integration/e2e/readmeShot.js [--out=screenshots/readme-light.png]
//
// Not part of npm test: run it when the views change, and look at the picture.
import * as path from 'path';
import { killAllServers } from '../runner/codeServer';
import { repoRoot } from '../runner/paths';
import { startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';

async function main(argv: string[]): Promise<void> {
  const out = path.resolve(argv.find((arg) => arg.startsWith('--out='))?.slice('--out='.length) ?? path.join(repoRoot, 'screenshots', 'readme-light.png'));
  const workspace = copyFixture(path.join(repoRoot, 'examples', 'notebook'));
  const session = await startSession({ workspace, extensionDevelopmentPath: repoRoot, settings: { 'workbench.colorTheme': 'Default Light Modern' }, width: 1400, height: 900 });
  try {
    const { page } = session.workbench;
    const icon = page.locator('.part.activitybar [aria-label^="Client Notebook"]').first();
    await icon.waitFor({ state: 'visible', timeout: 60000 });
    const followUps = page.locator('.pane').filter({ has: page.locator('.pane-header').filter({ hasText: /Follow-ups/i }) }).first();
    for (let i = 0; i < 40 && !(await followUps.isVisible().catch(() => false)); i++) {
      await icon.click().catch(() => undefined);
      await page.waitForTimeout(500);
    }
    await followUps.locator('.monaco-list-row').filter({ hasText: 'Overdue' }).first().waitFor({ state: 'visible', timeout: 30000 });
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (sidebar && sidebar.width < 400) {
      const y = sidebar.y + sidebar.height / 2;
      await page.mouse.move(sidebar.x + sidebar.width + 1, y);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + 400, y, { steps: 6 });
      await page.mouse.up();
    }
    await session.workbench.runCommand('Client Notebook: Open Morning Summary');
    const body = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body');
    await body.getByText('Jonas Kazlauskas').first().waitFor({ state: 'visible', timeout: 20000 });
    await page.locator('.part.statusbar').filter({ hasText: /Activating Extensions/i }).waitFor({ state: 'hidden', timeout: 15000 }).catch(() => undefined);
    await page.mouse.move(250, 650);
    await page.waitForTimeout(1000);
    console.log(`screenshot ${await session.workbench.screenshot(out)}`);
  } finally {
    await session.dispose();
    killAllServers();
    removeCopy(workspace);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    killAllServers();
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
