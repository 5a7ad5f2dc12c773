// The extension in another display language, in the real VS Code window
// (code-server started with --locale and a language pack, see
// runner/codeServer.ts; VS Code's own chrome stays English).
//
//   node out/test/integration/e2e/languages.js [--languages=de,pl,ru,lt,kk]
//     checks, for each language, on a copy of the example notebook plus a
//     dossier with an impossible next_contact: the Follow-ups dividers and a
//     row's date, a command's title in the palette, the morning summary, and
//     the broken dossier's problem in the Problems panel. Ends with
//     "N passed, N failed".
//   node out/test/integration/e2e/languages.js --screenshots [--languages=en,de,pl,ru,lt,kk] [--out=DIR]
//     pictures to look at, in the light and the dark theme: the tree beside
//     the morning summary, the statistics panel, the walkthrough, and the
//     Follow-ups view of a folder that is not a notebook yet. DIR defaults
//     to the git-ignored screenshots/tmp/languages.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Page } from 'playwright-core';
import { longDateText } from '../../../src/core/schedule/intlFormat';
import { dayFromParts } from '../../../src/core/schedule/calendar';
import { killAllServers } from '../runner/codeServer';
import { Workbench } from '../runner/driver';
import { runMain } from '../runner/entry';
import { StepRun } from '../runner/steps';
import { repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';
import { DARK, LIGHT, sleep } from './keyboard';

/** What must read in the language; the strings are the translators' own, written out so a lost translation shows. */
const EXPECTED: Record<string, { overdue: string; today: string; paletteTitle: string; morningHeading: string; problem: RegExp; excelFirst: string }> = {
  de: {
    overdue: 'Überfällig',
    today: 'Heute',
    paletteTitle: 'Client Notebook: Morgenübersicht öffnen',
    morningHeading: 'Überfällig',
    problem: /next_contact „2026-02-30“ ist kein gültiges Datum/,
    excelFirst: 'Für Excel, mit Semikolons',
  },
  pl: {
    overdue: 'Zaległe',
    today: 'Dziś',
    paletteTitle: 'Client Notebook: Otwórz poranne podsumowanie',
    morningHeading: 'Zaległe',
    problem: /next_contact „2026-02-30” nie jest poprawną datą/,
    excelFirst: 'Dla Excela, ze średnikami',
  },
  ru: {
    overdue: 'Просрочено',
    today: 'Сегодня',
    paletteTitle: 'Client Notebook: Открыть утреннюю сводку',
    morningHeading: 'Просрочено',
    problem: /next_contact «2026-02-30» — недопустимая дата/,
    excelFirst: 'Для Excel, через точку с запятой',
  },
  lt: {
    overdue: 'Vėluojama',
    today: 'Šiandien',
    paletteTitle: 'Client Notebook: Atidaryti rytinę suvestinę',
    morningHeading: 'Vėluojama',
    problem: /next_contact „2026-02-30“ nėra tinkama data/,
    excelFirst: 'Excel programai, su kabliataškiais',
  },
  kk: {
    overdue: 'Мерзімі өткен',
    today: 'Бүгін',
    paletteTitle: 'Client Notebook: Таңғы шолуды ашу',
    morningHeading: 'Мерзімі өткен',
    problem: /next_contact «2026-02-30» — жарамсыз күн/,
    excelFirst: 'Excel үшін, нүктелі үтірмен',
  },
};

interface Args {
  screenshots: boolean;
  languages: string[];
  out: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { screenshots: false, languages: [], out: path.join(repoRoot, 'screenshots', 'tmp', 'languages') };
  for (const arg of argv) {
    if (arg === '--screenshots') args.screenshots = true;
    else if (arg.startsWith('--languages=')) args.languages = arg.slice('--languages='.length).split(',').filter(Boolean);
    else if (arg.startsWith('--out=')) args.out = path.resolve(arg.slice('--out='.length));
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!args.languages.length) args.languages = args.screenshots ? ['en', 'de', 'pl', 'ru', 'lt', 'kk'] : Object.keys(EXPECTED);
  return args;
}

function manifestText(language: string, key: string): string {
  const file = path.join(repoRoot, language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>)[key];
}

/** The example notebook, and a dossier whose next_contact is a day that does not exist. */
function exampleWorkspace(): string {
  const workspace = copyFixture(path.join(repoRoot, 'examples', 'notebook'));
  fs.writeFileSync(path.join(workspace, 'zofia-broken-date.md'), '---\nname: Zofia Broken\nnext_contact: 2026-02-30\n---\n');
  return workspace;
}

async function open(workspace: string, language: string, theme: string, width = 1400, height = 900): Promise<Session> {
  return startSession({
    workspace,
    extensionDevelopmentPath: repoRoot,
    language: language === 'en' ? undefined : language,
    settings: { 'workbench.colorTheme': theme },
    width,
    height,
  });
}

/** Shows the Client Notebook side bar with the Follow-ups view, 400 px wide. */
async function showFollowUps(workbench: Workbench, language: string): Promise<void> {
  await workbench.showViewContainer(manifestText(language, 'viewsContainer.title'), manifestText(language, 'view.followUps'));
  await workbench.widenSideBar(400);
}

function followUpsRows(page: Page) {
  return page.locator('.part.sidebar .monaco-list-row');
}

// ---- the checks ------------------------------------------------------------------

async function check(language: string, run: StepRun): Promise<void> {
  const expected = EXPECTED[language];
  if (!expected) throw new Error(`no expectations for ${language}; the checks cover ${Object.keys(EXPECTED).join(', ')}`);
  const workspace = exampleWorkspace();
  const session = await open(workspace, language, LIGHT);
  const { workbench } = session;
  const { page } = workbench;
  const step = (title: string, body: () => Promise<void>) =>
    run.step(`${language}: ${title}`, body, async () => {
      const shot = await workbench.screenshot(path.join(repoRoot, 'screenshots', 'tmp', `languages-failure-${language}.png`));
      console.log(`      screenshot: ${path.relative(repoRoot, shot)}`);
    });
  try {
    await step('the Follow-ups view shows its dividers in the language', async () => {
      await showFollowUps(workbench, language);
      const rows = followUpsRows(page);
      await rows.filter({ hasText: expected.overdue }).first().waitFor({ state: 'visible', timeout: 30000 });
      await rows.filter({ hasText: expected.today }).first().waitFor({ state: 'visible', timeout: 5000 });
      const texts = (await rows.allTextContents()).join('\n');
      for (const english of ['Overdue', 'Today', 'Tomorrow', 'This week', 'Next week']) {
        if (new RegExp(`^${english}\\b`, 'm').test(texts)) throw new Error(`an English divider is left: ${english}`);
      }
    });
    await step('a command\'s title in the palette is in the language', async () => {
      await workbench.findCommand(expected.paletteTitle);
      await workbench.pressEnter();
    });
    await step('the morning summary speaks the language, today\'s date included', async () => {
      const body = workbench.activeWebview().locator('body');
      const now = new Date();
      const heading = longDateText(dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()), language);
      await body.getByText(heading).first().waitFor({ state: 'visible', timeout: 20000 });
      await body.getByText(expected.morningHeading).first().waitFor({ state: 'visible', timeout: 5000 });
    });
    await step('the Problems panel words the broken dossier\'s problem in the language', async () => {
      await workbench.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
      const panel = page.locator('.markers-panel');
      await panel.getByText(expected.problem).first().waitFor({ state: 'visible', timeout: 20000 });
    });
    await step('the mailing list offers first the Excel of the language, which splits on semicolons', async () => {
      await workbench.runCommand(`${manifestText(language, 'category')}: ${manifestText(language, 'command.exportMailingList')}`);
      // The filters come first, a pick of many (its count of picked rows tells it from the palette): none picked, everyone.
      await page.locator('.quick-input-widget .quick-input-count').waitFor({ state: 'visible', timeout: 10000 });
      await workbench.pressEnter();
      const firstRow = page.locator('.quick-input-list .monaco-list-row').first();
      await firstRow.filter({ hasText: expected.excelFirst }).waitFor({ state: 'visible', timeout: 10000 });
      await workbench.screenshot(path.join(repoRoot, 'screenshots', 'tmp', `languages-${language}-csv-format.png`));
      await workbench.press('Escape');
    });
  } finally {
    await session.dispose();
    removeCopy(workspace);
  }
}

// ---- the pictures ----------------------------------------------------------------

async function screenshots(language: string, out: string): Promise<void> {
  for (const [theme, name] of [[LIGHT, 'light'], [DARK, 'dark']] as const) {
    const shot = async (workbench: Workbench, file: string) => {
      await workbench.page.mouse.move(5, 895);
      await sleep(800);
      const saved = await workbench.screenshot(path.join(out, `${language}-${name}-${file}.png`));
      console.log(`  screenshot ${path.relative(repoRoot, saved)}`);
    };
    const workspace = exampleWorkspace();
    const session = await open(workspace, language, theme);
    try {
      const { workbench } = session;
      const { page } = workbench;
      await showFollowUps(workbench, language);
      await followUpsRows(page).nth(3).waitFor({ state: 'visible', timeout: 30000 });
      await workbench.runCommand(`${manifestText(language, 'category')}: ${manifestText(language, 'command.openMorningSummary')}`);
      await workbench.activeWebview().locator('#app .card').first().waitFor({ state: 'visible', timeout: 20000 });
      await shot(workbench, 'morning');
      await workbench.runCommand(`${manifestText(language, 'category')}: ${manifestText(language, 'command.showStatistics')}`);
      await workbench.activeWebview().locator('canvas').first().waitFor({ state: 'visible', timeout: 20000 });
      await shot(workbench, 'statistics');
      await workbench.activeWebview().locator('#activity-heading').first().scrollIntoViewIfNeeded();
      await shot(workbench, 'statistics-activity');
      // Without the side bar the walkthrough has room for its pictures beside the steps.
      await workbench.runCommand('View: Close Primary Side Bar');
      await workbench.runCommand('Welcome: Open Walkthrough...');
      await workbench.type(manifestText(language, 'walkthrough.title'));
      await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: manifestText(language, 'walkthrough.title') }).first().waitFor({ state: 'visible', timeout: 10000 });
      await workbench.pressEnter();
      await page.locator('.gettingStartedContainer').first().waitFor({ state: 'visible', timeout: 20000 });
      await sleep(2000); // the step's picture is a webview of its own, drawn a moment later
      await shot(workbench, 'walkthrough');
      // Every other step, by its title, each with its own page.
      for (const step of ['client', 'call', 'morning', 'git']) {
        await page.locator('.getting-started-step').filter({ hasText: manifestText(language, `walkthrough.${step}.title`) }).first().click();
        await sleep(1500);
        await shot(workbench, `walkthrough-${step}`);
      }
    } finally {
      await session.dispose();
      removeCopy(workspace);
    }
    // A folder that is not a notebook yet: the Follow-ups view's welcome.
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-empty-'));
    const bare = await open(empty, language, theme);
    try {
      await showFollowUps(bare.workbench, language);
      await bare.workbench.page.locator('.pane .welcome-view-content').first().waitFor({ state: 'visible', timeout: 30000 });
      await shot(bare.workbench, 'welcome');
    } finally {
      await bare.dispose();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const run = new StepRun((args.screenshots ? 180000 : 120000) * args.languages.length);
  try {
    for (const language of args.languages) {
      if (args.screenshots) await run.step(`${language}: screenshots`, () => screenshots(language, args.out));
      else await check(language, run);
    }
  } finally {
    killAllServers();
  }
  return run.finish();
}

runMain(main);
