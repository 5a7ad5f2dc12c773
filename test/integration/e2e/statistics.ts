// Screenshots of the statistics panel, for people to look at: the real VS
// Code window on a copy of test/fixtures/notebook-stats, the panel opened
// from the command palette ("Client Notebook: Show Statistics"), in the light
// and the dark theme, at a wide (1,600 px) and a narrow (about 400 px for the
// panel) window, scrolled through.
//
//   node out/test/integration/e2e/statistics.js [--out=DIR]
//
// Pictures go to DIR (default: screenshots/tmp in the repository). Uses the
// machine's clock: the fixture's numbers are written for 2026-11-25.
import * as path from 'path';
import { killAllServers } from '../runner/codeServer';
import { repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';

const LIGHT = 'Default Light Modern';
const DARK = 'Default Dark Modern';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function main(argv: string[]): Promise<number> {
  const outArg = argv.find((arg) => arg.startsWith('--out='));
  const out = outArg ? path.resolve(outArg.slice('--out='.length)) : path.join(repoRoot, 'screenshots', 'tmp');
  const workspace = copyFixture(path.join(repoRoot, 'test', 'fixtures', 'notebook-stats'));
  const errors: string[] = [];
  let session: Session | undefined;
  const watchdog = setTimeout(() => {
    console.error('timed out');
    killAllServers();
    process.exit(1);
  }, 400000);
  try {
    for (const [theme, name, cls] of [[LIGHT, 'light', 'vs'], [DARK, 'dark', 'vs-dark']] as const) {
      session = await startSession({
        workspace,
        extensionDevelopmentPath: repoRoot,
        settings: { 'workbench.colorTheme': theme, 'workbench.startupEditor': 'none' },
        width: 1600,
        height: 1000,
        onConsole: (line) => {
          if (/^\[(error|pageerror)\]/.test(line)) errors.push(line.split('\n')[0]);
        },
      });
      const { workbench } = session;
      const page = workbench.page;
      await page.locator(`.monaco-workbench.${cls}`).first().waitFor({ state: 'attached', timeout: 30000 });
      const frame = workbench.activeWebview();
      const shoot = async (file: string) => {
        await page.mouse.move(5, 995);
        const saved = await workbench.screenshot(path.join(out, file));
        console.log(`screenshot ${path.relative(repoRoot, saved)}`);
      };
      const scrollPanel = async (to: string) => {
        await frame.locator(to).first().scrollIntoViewIfNeeded();
        await sleep(400);
      };

      // Wide: no side bar, the panel across the window.
      await workbench.runCommand('Client Notebook: Show Statistics');
      await frame.locator('h1').first().waitFor({ state: 'visible', timeout: 30000 });
      await frame.locator('canvas').first().waitFor({ state: 'visible', timeout: 10000 });
      await workbench.runCommand('View: Close Primary Side Bar');
      await sleep(800);
      await shoot(`statistics-${name}.png`);
      await scrollPanel('#activity-heading');
      await shoot(`statistics-${name}-activity.png`);

      // Narrow: the panel about 400 px wide.
      await page.setViewportSize({ width: 460, height: 1000 });
      await sleep(1500);
      await scrollPanel('h1');
      await shoot(`statistics-${name}-narrow.png`);
      await scrollPanel('#clients-heading');
      await shoot(`statistics-${name}-narrow-clients.png`);
      await scrollPanel('#activity-heading');
      await shoot(`statistics-${name}-narrow-activity.png`);

      // Keyboard: after the period picker, Tab goes on to the data toggles and the clients.
      await frame.locator('select#period').focus();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await workbench.press('Tab');
        stops.push(await frame.locator(':focus').first().evaluate((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`).catch(() => '?'));
      }
      console.log(`Tab stops after the period picker: ${stops.join(', ')}`);
      await session.dispose();
      session = undefined;
    }
  } finally {
    clearTimeout(watchdog);
    await session?.dispose().catch(() => undefined);
    killAllServers();
    removeCopy(workspace);
  }
  if (errors.length) console.log(`browser console errors:\n  ${[...new Set(errors)].slice(0, 10).join('\n  ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    killAllServers();
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
