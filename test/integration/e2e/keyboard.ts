// End-to-end: drives the real VS Code window the way a person does, with the
// keyboard (and a few clicks on the activity bar and the tree), and checks
// what lands on disk. No extension API, no executeCommand: the palette, quick
// picks and input boxes only.
//
//   node out/test/integration/e2e/keyboard.js [--out=DIR] [--timeout=MS] [--verbose]
//
// On a fresh temp copy of test/fixtures/notebook-basic, with the extension
// under development, in the real clock (dates are computed from this
// machine's local date, not hard-coded):
//   light theme ("Default Light Modern", set in the session's user settings):
//     the Follow-ups view with every group expanded and a dossier in the
//     editor; Log Call up to the date picker with `+1w` typed; Escape writes
//     nothing;
//   dark theme ("Default Dark Modern", switched with "Preferences: Color
//     Theme"): the same two screenshots, then Log Call all the way
//     (clara, text, +1w) and Reschedule (orlov -> Дмитрий Орлов, fri);
//     Import Contacts from a CSV whose headers it does not know, through
//     VS Code's file dialog, each column mapped in its own quick pick, the
//     preview accepted -> the new dossiers on disk, the existing client skipped.
// Screenshots go to DIR (default: the git-ignored screenshots/tmp/; pass
// --out=screenshots to update the README's pictures); a failing
// step leaves DIR/tmp/failure-*.png. Ends with the line "N passed, N failed"
// and exits non-zero on any failure; a watchdog kills the server and the
// browser if the run hangs.
import * as fs from 'fs';
import * as path from 'path';
import { Locator, Page } from 'playwright-core';
import { RunArgs, parseRunArgs } from '../runner/args';
import { killAllServers } from '../runner/codeServer';
import { StepRun } from '../runner/steps';
import { runMain } from '../runner/entry';
import { Workbench } from '../runner/driver';
import { defaultFixture, repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';

export const LIGHT = 'Default Light Modern';
export const DARK = 'Default Dark Modern';
/** A README picture should stay small. */
export const MAX_SCREENSHOT_BYTES = 200 * 1024;

export interface Args extends RunArgs {
  out: string;
}

/** `--out=DIR --timeout=MS --verbose`, shared with the morning summary's run. */
export function parseArgs(argv: string[]): Args {
  // The README's pictures change only on purpose: `npm run test:e2e -- --out=screenshots`.
  let out = path.join(repoRoot, 'screenshots', 'tmp');
  const common = parseRunArgs(argv, 240000, (arg) => {
    if (!arg.startsWith('--out=')) return false;
    out = path.resolve(arg.slice('--out='.length));
    return true;
  });
  return { ...common, out };
}

// ---- dates, from the machine's local calendar (as the extension reads them) --

export function localDay(offsetDays = 0, from = new Date()): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + offsetDays, 12);
}

export function iso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `fri`: the next Friday strictly after today (org-mode; see datePhrase.ts). */
function nextFriday(today: Date): Date {
  const ahead = (5 - today.getDay() + 7) % 7 || 7;
  return localDay(ahead, today);
}

// ---- the dossier on disk ------------------------------------------------------

export interface DossierFacts {
  nextContact?: string;
  /** The first entry under `## Log`. */
  firstLogEntry?: string;
}

export function readDossier(file: string): DossierFacts {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const facts: DossierFacts = {};
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  for (const line of lines.slice(1, Math.max(end, 0))) {
    const match = /^next_contact:\s*(.*?)\s*$/.exec(line);
    if (match) facts.nextContact = match[1].replace(/^["']|["']$/g, '');
  }
  const heading = lines.findIndex((line, i) => i > end && /^##\s+Log\s*$/.test(line));
  if (heading >= 0) facts.firstLogEntry = lines.slice(heading + 1).find((line) => line.trim() !== '');
  return facts;
}

/** Polls the file until `check` says nothing is wrong; returns the last complaint otherwise. */
export async function waitForFile(file: string, check: (facts: DossierFacts) => string | undefined, ms = 10000): Promise<void> {
  const deadline = Date.now() + ms;
  let problem: string | undefined = 'not read yet';
  while (Date.now() < deadline) {
    problem = check(readDossier(file));
    if (!problem) return;
    await sleep(100);
  }
  throw new Error(`${path.basename(file)} after ${ms / 1000} s: ${problem}`);
}

// ---- the person at the keyboard ------------------------------------------------

export class Person {
  constructor(
    readonly workbench: Workbench,
    readonly page: Page,
  ) {}

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  row(text: string | RegExp): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: text });
  }

  focusedRow(): Locator {
    return this.page.locator('.quick-input-list .monaco-list-row.focused');
  }

  /** Waits until the quick input shows `title` (a quick pick or an input box). */
  async waitForQuickInput(title: string | RegExp, timeoutMs = 10000): Promise<void> {
    await this.quickInput.locator('.quick-input-title').filter({ hasText: title }).waitFor({ state: 'visible', timeout: timeoutMs });
    await this.quickInput.locator('.quick-input-box input').waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /**
   * Waits until the highlighted row of the open quick pick is the one we mean
   * (the extension replaces the items as the value changes, a round trip to
   * the extension host), and stays so for a moment.
   */
  async waitForFocusedRow(text: string | RegExp, timeoutMs = 10000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const matches = async () => {
      const label = await this.focusedRow().first().textContent({ timeout: 500 }).catch(() => null);
      return label !== null && (typeof text === 'string' ? label.includes(text) : text.test(label));
    };
    while (Date.now() < deadline) {
      if ((await matches()) && (await sleep(250), await matches())) return;
      await sleep(100);
    }
    const rows = await this.page.locator('.quick-input-list .monaco-list-row').allTextContents().catch(() => []);
    throw new Error(`the highlighted row is not ${String(text)}; rows: ${JSON.stringify(rows.slice(0, 8))}`);
  }

  /** Moves the highlight down with the arrow key to the row whose label is `label` (other commands may rank first). */
  async highlightLabel(label: string, timeoutMs = 3000): Promise<void> {
    const focusedLabel = () => this.focusedRow().first().locator('.label-name').first().textContent({ timeout: 500 }).catch(() => null);
    const deadline = Date.now() + timeoutMs;
    for (let moves = 0; Date.now() < deadline; ) {
      const current = (await focusedLabel())?.trim();
      if (current === label) {
        await sleep(150);
        if ((await focusedLabel())?.trim() === label) return;
        continue;
      }
      if (current !== undefined && moves < 10) {
        await this.workbench.press('ArrowDown');
        moves++;
      }
      await sleep(100);
    }
    throw new Error(`no row labelled "${label}" could be highlighted`);
  }

  async waitForQuickInputClosed(timeoutMs = 10000): Promise<void> {
    await this.quickInput.waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /** Palette, the command's label, Enter. */
  async runCommand(label: string, rowText = label): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.workbench.openCommandPalette();
      await this.workbench.type(label);
      try {
        await this.row(rowText).first().waitFor({ state: 'visible', timeout: 3000 });
        await this.highlightLabel(rowText);
        await this.workbench.pressEnter();
        return;
      } catch (error) {
        await this.workbench.press('Escape');
        if (attempt >= 4) throw new Error(`command "${label}" not in the palette: ${String(error)}`);
        await sleep(1000);
      }
    }
  }

  /** Closes whatever quick input, menu or hover is open. */
  async escapeAll(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      if (!(await this.quickInput.isVisible().catch(() => false))) break;
      await this.workbench.press('Escape');
      await sleep(150);
    }
  }

  /** The Client Notebook container, shown by its activity bar icon, with the notebook's rows. */
  async showClientNotebook(timeoutMs = 30000): Promise<void> {
    await this.workbench.showViewContainer('Client Notebook', /Follow-ups/, timeoutMs);
    // Wait for rows: the index is loaded.
    await this.followUpsPane().locator('.monaco-list-row').filter({ hasText: 'Anna Nowak' }).first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  followUpsPane(): Locator {
    return this.page.locator('.pane').filter({ has: this.page.locator('.pane-header').filter({ hasText: /Follow-ups/ }) }).first();
  }

  /** Expands every collapsed group of the Follow-ups tree with clicks. */
  async expandFollowUpGroups(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      const collapsed = this.followUpsPane().locator('.monaco-list-row[aria-expanded="false"]');
      if ((await collapsed.count()) === 0) return;
      await collapsed.first().locator('.monaco-tl-twistie').click();
      await sleep(150);
    }
    throw new Error('Follow-ups groups would not expand');
  }

  async openFromFollowUps(name: string, file: string): Promise<void> {
    await this.followUpsPane().locator('.monaco-list-row').filter({ hasText: name }).first().click();
    await this.page.locator('.tabs-container .tab.active').filter({ hasText: file }).first().waitFor({ state: 'visible', timeout: 10000 });
    await this.page.locator('.part.editor .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: 10000 });
  }

  async closeAllEditors(): Promise<void> {
    await this.runCommand('View: Close All Editors');
    await this.page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 10000 });
  }

  async setColorTheme(theme: string): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    // The theme picker has no title, only a placeholder; it lists "Default Dark
    // Modern" as "Dark Modern".
    await this.quickInput.locator('.quick-input-box input[placeholder*="Color Theme"]').waitFor({ state: 'visible', timeout: 10000 });
    const label = theme.replace(/^Default /, '');
    await this.workbench.type(label);
    await this.highlightLabel(label);
    await this.workbench.pressEnter();
    await this.waitForQuickInputClosed();
    await this.waitForTheme(theme);
  }

  async waitForTheme(theme: string, timeoutMs = 15000): Promise<void> {
    const highContrast = /high contrast/i.test(theme);
    const cls = highContrast ? (/light/i.test(theme) ? 'hc-light' : 'hc-black') : /light/i.test(theme) ? 'vs' : 'vs-dark';
    await this.page.locator(`.monaco-workbench.${cls}`).first().waitFor({ state: 'attached', timeout: timeoutMs });
    await sleep(300); // let the icons and colours settle
  }

  /**
   * Lays the window out for pictures: the side bar wide enough for the rows'
   * descriptions (dragging its sash, as a person does), the Clients view
   * collapsed so that every Follow-ups group fits.
   */
  async arrangeSideBar(width = 440): Promise<void> {
    await this.workbench.widenSideBar(width);
    const clients = this.page.locator('.pane-header').filter({ hasText: /^Clients/ }).first();
    if ((await clients.getAttribute('aria-expanded')) === 'true') await clients.click();
    await sleep(300);
  }

  /** The status bar's "Activating Extensions..." is gone (not in the picture). */
  async waitForQuietStatusBar(timeoutMs = 15000): Promise<void> {
    await this.page.locator('.part.statusbar').filter({ hasText: /Activating Extensions/i }).waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
  }

  /** Mouse away from everything, so no hover covers the picture. */
  async parkMouse(): Promise<void> {
    await this.page.mouse.move(1270, 790);
  }
}

// ---- what the keyboard and morning runs share ---------------------------------

/** The pictures of a run: saved, their size shown, and checked against MAX_SCREENSHOT_BYTES at the end. */
export class Shots {
  readonly files: string[] = [];

  constructor(private readonly out: string) {}

  async take(workbench: Workbench, name: string): Promise<void> {
    this.add(await workbench.screenshot(path.join(this.out, name)));
  }

  /** A picture taken some other way (a part of the page). */
  add(file: string): void {
    this.files.push(file);
    console.log(`    screenshot ${path.relative(repoRoot, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
  }

  checkSizes(run: StepRun): Promise<boolean> {
    return run.step(`screenshots are at most ${MAX_SCREENSHOT_BYTES / 1024} KB`, async () => {
      const big = this.files.filter((file) => fs.statSync(file).size > MAX_SCREENSHOT_BYTES);
      if (big.length) throw new Error(`too big: ${big.map((file) => `${path.basename(file)} ${Math.round(fs.statSync(file).size / 1024)} KB`).join(', ')}`);
    });
  }
}

/**
 * A step the person does in the window (given once the window is up); when it fails, a
 * picture named by `failurePicture` and Escape, so the next step starts from a clean window.
 */
export function personStep(run: StepRun, window: () => { session?: Session; person?: Person }, failurePicture: (number: number) => string) {
  return (title: string, body: (p: Person) => Promise<void>): Promise<boolean> =>
    run.step(title, async () => {
      const { person } = window();
      if (!person) throw new Error('VS Code did not start');
      await body(person);
    }, async (number) => {
      const { session, person } = window();
      if (!session) return;
      const file = await session.workbench.screenshot(failurePicture(number)).catch(() => undefined);
      if (file) console.log(`      screenshot: ${path.relative(repoRoot, file)}`);
      await person?.escapeAll().catch(() => undefined);
    });
}

/** The browser console's errors, for the log after the summary. */
export function printConsoleErrors(lines: string[]): void {
  if (!lines.length) return;
  console.log(`  browser console errors (${lines.length}, first lines):`);
  for (const line of [...new Set(lines)].slice(0, 10)) console.log(`    ${line.slice(0, 300)}`);
}

// ---- the run -------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const tmpOut = path.join(args.out, 'tmp');
  const workspace = copyFixture(defaultFixture());
  const consoleErrors: string[] = [];
  const today = localDay();
  const expected = { today: iso(today), inAWeek: iso(localDay(7)), friday: iso(nextFriday(today)) };
  let session: Session | undefined;
  const run = new StepRun(args.timeoutMs, () => {
    void session?.workbench.close();
    removeCopy(workspace);
  });

  const shots = new Shots(args.out);
  const shoot = (name: string) => shots.take(session!.workbench, name);
  let person: Person | undefined;
  const step = personStep(run, () => ({ session, person }), (number) => path.join(tmpOut, `failure-${number}.png`));

  const clara = path.join(workspace, 'clara-jones.md');
  const dmitry = path.join(workspace, 'dmitry-orlov.md');
  const claraBefore = fs.readFileSync(clara, 'utf8');

  try {
    console.log(`e2e (keyboard): today is ${expected.today} on this machine; +1w = ${expected.inAWeek}; fri = ${expected.friday}`);
    try {
      session = await startSession({
        workspace,
        extensionDevelopmentPath: repoRoot,
        settings: { 'workbench.colorTheme': LIGHT },
        onConsole: (line) => {
          if (args.verbose) console.log(`  [vscode] ${line}`);
          if (/^\[(error|pageerror)\]/.test(line)) consoleErrors.push(line.split('\n')[0]);
        },
      });
      person = new Person(session.workbench, session.workbench.page);
    } catch (error) {
      run.fail('VS Code starts', error);
    }

    const views = await step('the Client Notebook views appear (activity bar icon), light theme', async (p) => {
      await p.waitForTheme(LIGHT);
      await p.showClientNotebook();
      await p.arrangeSideBar();
      await p.expandFollowUpGroups();
      await p.openFromFollowUps('Clara Jones', 'clara-jones.md');
      await p.waitForQuietStatusBar();
      await p.parkMouse();
      await shoot('follow-ups-light.png');
    });

    const datePicker = async (p: Person, file: string, finish: 'accept' | 'cancel') => {
      await p.runCommand('Client Notebook: Log Call');
      await p.waitForQuickInput('Log call');
      await p.workbench.type('clara');
      await p.waitForFocusedRow('Clara Jones');
      await p.workbench.pressEnter();
      await p.waitForQuickInput('Log call: Clara Jones');
      await p.workbench.type('Sent the revised offer');
      await p.workbench.pressEnter();
      await p.waitForQuickInput('Next contact with Clara Jones');
      await p.workbench.type('+1w');
      await p.waitForFocusedRow(/^\s*\+1w/);
      await p.parkMouse();
      await shoot(file);
      if (finish === 'cancel') {
        await p.workbench.press('Escape');
      } else {
        await p.workbench.pressEnter();
        await p.waitForQuickInput('Next step with Clara Jones');
        await p.workbench.type('Confirm the booking');
        await p.workbench.pressEnter();
      }
      await p.waitForQuickInputClosed();
    };

    if (views) {
      await step('Log Call, Escape at the date picker: nothing is written (light theme)', async (p) => {
        await p.closeAllEditors(); // with a dossier active, Log Call would skip the client pick
        await datePicker(p, 'log-call-date-light.png', 'cancel');
        await sleep(1000);
        if (fs.readFileSync(clara, 'utf8') !== claraBefore) throw new Error('clara-jones.md changed although the flow was cancelled');
      });

      await step('switch to the dark theme with "Preferences: Color Theme"', async (p) => {
        await p.openFromFollowUps('Clara Jones', 'clara-jones.md');
        await p.setColorTheme(DARK);
        await p.parkMouse();
        await shoot('follow-ups-dark.png');
      });

      await step(`Log Call: clara, "Sent the revised offer", +1w, "Confirm the booking" -> clara-jones.md logged ${expected.today}, next ${expected.inAWeek}`, async (p) => {
        await p.closeAllEditors();
        await datePicker(p, 'log-call-date-dark.png', 'accept');
        await waitForFile(clara, (facts) => {
          const entry = `- ${expected.today} call: Sent the revised offer`;
          if (facts.firstLogEntry !== entry) return `first log entry is ${JSON.stringify(facts.firstLogEntry)}, want ${JSON.stringify(entry)}`;
          if (facts.nextContact !== expected.inAWeek) return `next_contact is ${facts.nextContact}, want ${expected.inAWeek}`;
          if (!/^next_note: Confirm the booking$/m.test(fs.readFileSync(clara, 'utf8'))) return 'next_note is not the one typed';
          return undefined;
        });
      });

      await step(`Reschedule: "orlov" finds Дмитрий Орлов, fri -> dmitry-orlov.md next ${expected.friday}`, async (p) => {
        const before = readDossier(dmitry);
        await p.runCommand('Client Notebook: Reschedule', 'Client Notebook: Reschedule…');
        await p.waitForQuickInput('Reschedule');
        await p.workbench.type('orlov');
        await p.waitForFocusedRow('Дмитрий Орлов');
        await p.workbench.pressEnter();
        await p.waitForQuickInput('Reschedule Дмитрий Орлов');
        await p.workbench.type('fri');
        await p.waitForFocusedRow(/^\s*fri/);
        await p.workbench.pressEnter();
        await p.waitForQuickInputClosed();
        // The fixture's date may already be that Friday (it is on 2026-11-25):
        // the status bar message proves the flow ran to its end.
        await p.page.locator('.part.statusbar').filter({ hasText: 'Дмитрий Орлов: next contact' }).first().waitFor({ state: 'visible', timeout: 10000 });
        await waitForFile(dmitry, (facts) =>
          facts.nextContact === expected.friday ? undefined : `next_contact is ${facts.nextContact} (was ${before.nextContact}), want ${expected.friday}`);
      });

      await step('the tree shows the new dates (Clara in next week or later)', async (p) => {
        await p.expandFollowUpGroups();
        const tomorrowGroup = p.followUpsPane().locator('.monaco-list-row').filter({ hasText: /^Tomorrow/ });
        // Clara was the only client due tomorrow in the fixture.
        if (expected.today === '2026-11-25' && (await tomorrowGroup.count()) > 0) throw new Error('the Tomorrow group is still shown');
        await p.followUpsPane().locator('.monaco-list-row').filter({ hasText: 'Clara Jones' }).first().waitFor({ state: 'visible', timeout: 5000 });
        await p.parkMouse();
        await shoot(path.join('tmp', 'after-dark.png'));
      });
      await step('Import Contacts from a file with Polish headers: the guess offered, then the columns checked one by one in quick picks -> two new dossiers, the client already there skipped', async (p) => {
        // Polish headers, each recognised; the user still checks the columns one by one.
        const contacts = path.join(path.dirname(workspace), 'kontakty.csv');
        fs.writeFileSync(contacts, [
          'Klient,Firma,Poczta e-mail,Komórka,Uwagi',
          'Tomasz Wiśniewski,Wiśniewski Travel,tomasz@wisniewski-travel.pl,+48 602 111 222,met at the fair',
          'Anna Nowak,Nowak Consulting,anna@nowak-consulting.pl,,already a client',
          'Zofia Dąbrowska,,zofia.dabrowska@example.pl,,',
          '',
        ].join('\r\n'));
        await p.runCommand('Client Notebook: Import Contacts', 'Client Notebook: Import Contacts…');
        await p.waitForQuickInput('Import contacts');
        await p.waitForFocusedRow('Choose a file');
        await p.workbench.pressEnter();
        // VS Code's own file dialog in the browser: a quick input holding a path.
        const input = p.quickInput.locator('.quick-input-box input');
        await p.page.waitForFunction((el) => (el as unknown as { value: string }).value.startsWith('/'), await input.elementHandle(), { timeout: 10000 });
        // The path goes in as one input, as when pasted: the dialog completes each segment
        // while keys are typed, and fast keystrokes can race that completion and garble the path.
        for (let attempt = 1; ; attempt++) {
          await p.workbench.press('Control+A');
          await p.page.keyboard.insertText(contacts);
          if (await p.row('kontakty.csv').first().waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false)) break;
          if (attempt === 3) throw new Error(`the file dialog does not list kontakty.csv; its input reads ${await input.inputValue()}`);
        }
        // The dialog lists the typed path's folder a moment after the input; an Enter before
        // that is answered with "Please select a file", so it is pressed again until it takes.
        // Again only while the dialog is still up: once it has taken the file, a slow column
        // picker is waited for, as another Enter would accept its first choice.
        const title = p.quickInput.locator('.quick-input-title');
        const mappingChoice = title.filter({ hasText: 'columns: 5, rows: 3' });
        const stillInDialog = async () =>
          (await p.quickInput.isVisible().catch(() => false)) &&
          (await input.inputValue({ timeout: 500 }).catch(() => '')).startsWith('/') &&
          !(await title.filter({ hasText: 'Column' }).isVisible().catch(() => false));
        const pickerDeadline = Date.now() + 30000;
        for (let enters = 0; ; ) {
          if (await stillInDialog()) {
            if (enters === 3) throw new Error(`the file dialog did not take kontakty.csv after ${enters} Enters; its input reads ${await input.inputValue()}`);
            await p.workbench.pressEnter();
            enters++;
          }
          if (await mappingChoice.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) break;
          if (Date.now() > pickerDeadline) {
            const shown = await title.textContent({ timeout: 500 }).catch(() => null);
            throw new Error(`the file dialog closed after ${enters} Enter(s) but the columns' quick pick did not come; the quick input's title: ${JSON.stringify(shown)}`);
          }
        }
        // The guess from the headers is offered first; the user maps the columns one by one instead.
        await p.waitForFocusedRow('Use these columns');
        await p.workbench.type('Map the columns');
        await p.highlightLabel('Map the columns one by one…');
        await p.workbench.pressEnter();
        // One quick pick per column: [header, the suggested field (first, taken with Enter alone), the field picked].
        const columns: [string, string, string][] = [
          ['Klient', 'Full name', 'Full name'], ['Firma', 'Company', 'Company'], ['Poczta e-mail', 'Email', 'Email'], ['Komórka', 'Phone', 'Phone'], ['Uwagi', 'Notes', 'Skip this column'],
        ];
        for (const [index, [header, suggested, field]] of columns.entries()) {
          await p.waitForQuickInput(`Column ${index + 1} of ${columns.length}: "${header}"`);
          await p.waitForFocusedRow(new RegExp(`${suggested}\\s*suggested`));
          if (field !== suggested) {
            await p.workbench.type(field);
            await p.highlightLabel(field);
          }
          await p.workbench.pressEnter();
        }
        await p.waitForQuickInput('Import from kontakty.csv (table): create 2, skip 1');
        await p.waitForFocusedRow('Create dossiers (2)');
        await p.parkMouse();
        await shoot(path.join('tmp', 'import-preview-dark.png'));
        await p.workbench.pressEnter();
        await p.waitForQuickInputClosed();
        const tomasz = path.join(workspace, 'tomasz-wisniewski.md');
        const zofia = path.join(workspace, 'zofia-dabrowska.md');
        const deadline = Date.now() + 10000;
        while (!(fs.existsSync(tomasz) && fs.existsSync(zofia)) && Date.now() < deadline) await sleep(100);
        const text = fs.readFileSync(tomasz, 'utf8');
        for (const line of [/^name: Tomasz Wiśniewski$/m, /^company: Wiśniewski Travel$/m, /^email: tomasz@wisniewski-travel\.pl$/m, /^phone: "?\+48 602 111 222"?$/m]) {
          if (!line.test(text)) throw new Error(`tomasz-wisniewski.md has no line ${line}:\n${text}`);
        }
        if (text.includes('met at the fair')) throw new Error('the skipped column "Uwagi" was imported');
        if (!/^name: Zofia Dąbrowska$/m.test(fs.readFileSync(zofia, 'utf8'))) throw new Error('zofia-dabrowska.md does not name Zofia Dąbrowska');
        const annas = fs.readdirSync(workspace).filter((name) => name.startsWith('anna-nowak'));
        if (annas.length !== 1) throw new Error(`Anna Nowak was imported again: ${annas.join(', ')}`);
      });
      await step('New Client from a folder\'s context menu in the Explorer (Shift+F10): the dossier goes into that folder; not offered on .hidden', async (p) => {
        fs.mkdirSync(path.join(workspace, 'leads'), { recursive: true });
        await p.runCommand('View: Show Explorer');
        const folderRow = p.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^leads$/ }).first();
        await folderRow.waitFor({ state: 'visible', timeout: 10000 }); // the tree has settled after the new folder
        await sleep(500);
        // Not on a folder the notebook skips.
        const hiddenRow = p.page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^\.hidden$/ }).first();
        await hiddenRow.waitFor({ state: 'visible', timeout: 10000 });
        await hiddenRow.click({ button: 'right' }); // that row's menu, whatever has the focus
        const shown = p.page.locator('.monaco-menu .action-item:visible');
        await shown.filter({ hasText: 'New Folder' }).first().waitFor({ state: 'visible', timeout: 5000 });
        if (await shown.filter({ hasText: 'New Client…' }).count()) throw new Error('"New Client…" is offered on .hidden, which the notebook skips');
        await p.workbench.press('Escape');
        await folderRow.click();
        await p.workbench.press('Shift+F10');
        await p.page.locator('.monaco-menu .action-item').filter({ hasText: 'New Client…' }).first().waitFor({ state: 'visible', timeout: 5000 });
        const focused = p.page.locator('.monaco-menu .action-item.focused');
        for (let moves = 0; !/New Client…/.test((await focused.textContent({ timeout: 500 }).catch(() => null)) ?? ''); moves++) {
          if (moves === 20) throw new Error('the context menu never reached "New Client…"');
          await p.workbench.press('ArrowDown');
        }
        await p.workbench.pressEnter();
        await p.waitForQuickInput('New client in leads');
        await p.workbench.type('Lena Fischer');
        await p.parkMouse();
        await shoot(path.join('tmp', 'new-client-in-folder-dark.png'));
        await p.workbench.pressEnter();
        await p.waitForQuickInput('New client: Lena Fischer');
        await p.workbench.pressEnter();
        const lena = path.join(workspace, 'leads', 'lena-fischer.md');
        const deadline = Date.now() + 10000;
        while (!fs.existsSync(lena) && Date.now() < deadline) await sleep(100);
        if (!/^name: Lena Fischer$/m.test(fs.readFileSync(lena, 'utf8'))) throw new Error('leads/lena-fischer.md does not name Lena Fischer');
        // New Client opens the dossier after writing it: wait for its editor, or it takes the focus from what comes next.
        await p.page.locator('.tabs-container .tab.active').filter({ hasText: 'lena-fischer.md' }).first().waitFor({ state: 'visible', timeout: 10000 });
        await p.page.locator('.part.editor .monaco-editor.focused').first().waitFor({ state: 'visible', timeout: 10000 });
      });
      await step('a next_contact typed as 05.12.2026: Ctrl+. offers to write it as 2026-12-05, Enter does, Ctrl+S saves', async (p) => {
        await p.workbench.openFile('lena-fischer.md');
        await p.workbench.press('Control+F');
        await p.workbench.type('next_contact: ');
        await p.workbench.press('Escape'); // the find widget closes; the match stays selected
        await p.workbench.press('End');
        await p.workbench.press('Shift+Home');
        await p.workbench.type('next_contact: 05.12.2026');
        const fix = p.page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Write the date as 2026-12-05' }).first();
        for (let attempt = 1; !(await fix.isVisible().catch(() => false)); attempt++) {
          if (attempt === 10) throw new Error('Ctrl+. did not offer "Write the date as 2026-12-05"');
          await sleep(500); // the diagnostic comes after typing stops
          await p.workbench.press('Escape');
          await p.workbench.press('Control+.');
          await fix.waitFor({ state: 'visible', timeout: 2000 }).catch(() => undefined);
        }
        await p.parkMouse();
        await shoot(path.join('tmp', 'date-fix-dark.png'));
        await p.workbench.pressEnter();
        await p.workbench.press('Control+S');
        const lena = path.join(workspace, 'leads', 'lena-fischer.md');
        const deadline = Date.now() + 10000;
        while (!/^next_contact: 2026-12-05$/m.test(fs.readFileSync(lena, 'utf8')) && Date.now() < deadline) await sleep(100);
        if (!/^next_contact: 2026-12-05$/m.test(fs.readFileSync(lena, 'utf8'))) throw new Error(`the fix was not written:\n${fs.readFileSync(lena, 'utf8')}`);
      });
    }

    await shots.checkSizes(run);
  } finally {
    await session?.dispose().catch(() => undefined);
    killAllServers();
    removeCopy(workspace);
  }

  printConsoleErrors(consoleErrors);
  return run.finish();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

if (require.main === module) runMain(main);
