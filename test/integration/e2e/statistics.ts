// Screenshots of the statistics panel, for people to look at: the real VS
// Code window on a copy of test/fixtures/notebook-stats, the panel opened
// from the command palette ("Client Notebook: Show Statistics"), in the light
// and the dark theme, at a wide (1,600 px) and a narrow (about 400 px for the
// panel) window, scrolled through.
//
//   node out/test/integration/e2e/statistics.js [--out=DIR] [--timeout=MS] [--verbose]
//
// Pictures go to DIR (default: screenshots/tmp in the repository); a failing
// step leaves DIR/tmp/statistics-failure-*.png. Uses the machine's clock: the
// fixture's numbers are written for 2026-11-25. Ends with "N passed, N failed".
import * as path from 'path';
import { parseRunArgs } from '../runner/args';
import { killAllServers } from '../runner/codeServer';
import { runMain } from '../runner/entry';
import { repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { StepRun } from '../runner/steps';
import { copyFixture, removeCopy } from '../runner/workspace';
import { DARK, LIGHT, printConsoleErrors, sleep } from './keyboard';

async function main(argv: string[]): Promise<number> {
  let out = path.join(repoRoot, 'screenshots', 'tmp');
  const args = parseRunArgs(argv, 400000, (arg) => {
    if (!arg.startsWith('--out=')) return false;
    out = path.resolve(arg.slice('--out='.length));
    return true;
  });
  const workspace = copyFixture(path.join(repoRoot, 'test', 'fixtures', 'notebook-stats'));
  const consoleErrors: string[] = [];
  let session: Session | undefined;
  const run = new StepRun(args.timeoutMs, () => {
    void session?.workbench.close();
    removeCopy(workspace);
  });
  const step = (title: string, body: (s: Session) => Promise<void>) =>
    run.step(title, async () => {
      if (!session) throw new Error('VS Code did not start');
      await body(session);
    }, async (number) => {
      if (!session) return;
      const file = await session.workbench.screenshot(path.join(out, 'tmp', `statistics-failure-${number}.png`));
      console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
    });

  try {
    for (const [theme, name, cls] of [[LIGHT, 'light', 'vs'], [DARK, 'dark', 'vs-dark']] as const) {
      await run.step(`${name}: VS Code starts in ${theme}`, async () => {
        session = await startSession({
          workspace,
          extensionDevelopmentPath: repoRoot,
          settings: { 'workbench.colorTheme': theme, 'workbench.startupEditor': 'none' },
          width: 1600,
          height: 1000,
          onConsole: (line) => {
            if (args.verbose) console.log(`  [vscode] ${line}`);
            if (/^\[(error|pageerror)\]/.test(line)) consoleErrors.push(line.split('\n')[0]);
          },
        });
        await session.workbench.page.locator(`.monaco-workbench.${cls}`).first().waitFor({ state: 'attached', timeout: 30000 });
      });

      const shoot = async ({ workbench }: Session, file: string) => {
        await workbench.page.mouse.move(5, 995);
        const saved = await workbench.screenshot(path.join(out, file));
        console.log(`    screenshot ${path.relative(repoRoot, saved)}`);
      };
      const scrollPanel = async ({ workbench }: Session, to: string) => {
        await workbench.activeWebview().locator(to).first().scrollIntoViewIfNeeded();
        await sleep(400);
      };

      const wide = await step(`${name}: wide, no side bar: the panel from the palette across the window (screenshots)`, async (s) => {
        const frame = s.workbench.activeWebview();
        await s.workbench.runCommand('Client Notebook: Show Statistics');
        await frame.locator('h1').first().waitFor({ state: 'visible', timeout: 30000 });
        await frame.locator('canvas').first().waitFor({ state: 'visible', timeout: 10000 });
        await s.workbench.runCommand('View: Close Primary Side Bar');
        await sleep(800);
        await shoot(s, `statistics-${name}.png`);
        await scrollPanel(s, '#activity-heading');
        await shoot(s, `statistics-${name}-activity.png`);
      });

      if (wide) {
        await step(`${name}: narrow, the panel about 400 px wide (screenshots)`, async (s) => {
          await s.workbench.page.setViewportSize({ width: 460, height: 1000 });
          await sleep(1500);
          await scrollPanel(s, 'h1');
          await shoot(s, `statistics-${name}-narrow.png`);
          await scrollPanel(s, '#clients-heading');
          await shoot(s, `statistics-${name}-narrow-clients.png`);
          await scrollPanel(s, '#activity-heading');
          await shoot(s, `statistics-${name}-narrow-activity.png`);
        });

        await step(`${name}: the Tab stops after the period picker (printed, to look at)`, async (s) => {
          // Keyboard: after the period picker, Tab goes on to the data toggles and the clients.
          const frame = s.workbench.activeWebview();
          await frame.locator('select#period').focus();
          const stops: string[] = [];
          for (let i = 0; i < 4; i++) {
            await s.workbench.press('Tab');
            stops.push(await frame.locator(':focus').first().evaluate((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`).catch(() => '?'));
          }
          console.log(`    Tab stops after the period picker: ${stops.join(', ')}`);
        });
      }

      await session?.dispose().catch(() => undefined);
      session = undefined;
    }
  } finally {
    await session?.dispose().catch(() => undefined);
    killAllServers();
    removeCopy(workspace);
  }
  printConsoleErrors(consoleErrors);
  return run.finish();
}

runMain(main);
