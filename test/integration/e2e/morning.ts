// End-to-end: the morning summary panel, driven like a person in the real
// VS Code window (palette, mouse, keyboard inside the webview), checked on disk.
//
//   node out/test/integration/e2e/morning.js [--out=DIR] [--timeout=MS] [--verbose]
//
// On a fresh temp copy of test/fixtures/notebook-basic whose dates are moved so
// that this machine's local date plays the fixture's day, 2026-11-25 (plus one
// dossier with a hostile name, due today), in the real clock, at 1400x1000:
//   the window starts without the panel (morningSummary.openOnStartup is off);
//   light theme: "Client Notebook: Open Morning Summary" from the palette; the
//     webview's inner frame shows today's cards (Anna Nowak overdue); the
//     hostile name and note are literal text; Balance shows a proposal
//     (screenshot) and Cancel closes it; "Show next month";
//   "Developer: Reload Window" with Statistics (on "All time") open behind it:
//     both panels come back through their serializers, the morning one with
//     today's cards and two months, Statistics still on "All time";
//   keyboard move: Tab to a card, M, ArrowRight twice, Enter -> the dossier's
//     next_contact is that day; Escape while moving writes nothing;
//   mouse: drag a card onto a day -> the dossier's next_contact is that day;
//   dark theme and high contrast (picked with "Preferences: Color Theme"),
//   then a narrow window (the editor area about 420 px): screenshots, and no
//   horizontal scrolling inside the panel;
//   openOnStartup written to the user settings, editors closed, reload: the
//     panel opens by itself with today's cards; editors closed, reload again
//     the same day: it does not open a second time.
// Screenshots go to DIR (default: the git-ignored screenshots/tmp/; pass
// --out=screenshots to update the committed pictures); failures leave
// DIR/tmp/morning-failure-*.png. Ends with "N passed, N failed".
import * as fs from 'fs';
import * as path from 'path';
import { Frame, Page } from 'playwright-core';
import { killAllServers } from '../runner/codeServer';
import { StepRun } from '../runner/steps';
import { runMain } from '../runner/entry';
import { defaultFixture, repoRoot } from '../runner/paths';
import { Session, startSession } from '../runner/session';
import { copyFixture, removeCopy } from '../runner/workspace';
import { addDays, addMonths, formatDay, parseIsoDate } from '../../../src/core/schedule/calendar';
import { DARK, LIGHT, Person, Shots, iso, localDay, parseArgs, personStep, printConsoleErrors, readDossier, sleep, waitForFile } from './keyboard';

const HIGH_CONTRAST = 'Default High Contrast';
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE_NOTE = '<script>alert(2)</script>';
const WIDTH = 1400;
const HEIGHT = 1000;
/** The mouse on the empty middle of the status bar: no hover outline, toolbar or tooltip in the picture. */
const parkMouse = (page: Page) => page.mouse.move((page.viewportSize()?.width ?? WIDTH) / 2, (page.viewportSize()?.height ?? HEIGHT) - 8);
/** The narrow picture: the window and the editor area's width in it. */
const NARROW_WIDTH = 700;
const NARROW_EDITOR = 420;

/** The day notebook-basic's dates were written for (its EXPECTED.md). */
const FIXTURE_TODAY = '2026-11-25';

/**
 * Moves every date of the copy's dossiers by the days from FIXTURE_TODAY to `today`, so
 * that the notebook is in the state its EXPECTED.md describes on whatever day the test runs
 * (the same clients overdue, due today, next week), with the extension on the real clock.
 */
function moveFixtureTo(workspace: string, today: string): (date: string) => string {
  const days = parseIsoDate(today)! - parseIsoDate(FIXTURE_TODAY)!;
  // A date that is not a date (a fixture's deliberate mistake) stays as written.
  const move = (date: string) => {
    const day = parseIsoDate(date);
    return day === undefined ? date : formatDay(addDays(day, days));
  };
  for (const name of fs.readdirSync(workspace, { recursive: true }) as string[]) {
    if (!/\.(md|ya?ml)$/.test(name)) continue;
    const file = path.join(workspace, name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\b\d{4}-\d{2}-\d{2}\b/g, move));
  }
  return move;
}

/** A dossier whose name, company, note and log are markup: the panel must show them as text. */
function writeHostileDossier(workspace: string, today: string): string {
  const file = path.join(workspace, 'hostile-names.md');
  fs.writeFileSync(file, [
    '---',
    `name: "${HOSTILE_NAME}"`,
    'company: "Tags & <b>Co</b>"',
    'tags: [client]',
    'stage: client',
    `next_contact: ${today}`,
    'next_action: email',
    `next_note: "${HOSTILE_NOTE}"`,
    '---',
    '',
    '## Log',
    '',
    // Newest first; two months with NPS scores, so the panel draws the NPS-by-month line.
    `- ${iso(localDay(-10))} nps: 9 <b>great</b>`,
    `- ${iso(localDay(-23))} email: <i>not italic</i>`,
    `- ${iso(localDay(-40))} nps: 6`,
    '',
  ].join('\n'));
  return file;
}

// ---- the panel inside the window ----------------------------------------------

/**
 * A webview's inner frame: VS Code nests a panel (an outer iframe with
 * index.html, an inner one with fake.html holding our document). The one
 * that has `selector` (the morning panel's: cards in #app).
 */
async function panelFrame(page: Page, selector = '#app .card', timeoutMs = 30000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frames = page.frames();
    const ordered = [...frames.filter((f) => f.url().includes('fake.html')), ...frames.filter((f) => !f.url().includes('fake.html'))];
    for (const frame of ordered) {
      if (frame === page.mainFrame()) continue;
      const found = await frame.locator(selector).count().catch(() => 0);
      if (found > 0) return frame;
    }
    await sleep(200);
  }
  throw new Error(`no webview frame with ${selector}; frames: ${page.frames().map((f) => f.url().slice(0, 80)).join(', ')}`);
}

/** The editor tab titled `title`. */
function tab(page: Page, title: string) {
  return page.locator('.tabs-container .tab').filter({ hasText: title }).first();
}

/**
 * "Developer: Reload Window", as a person does: the page navigates (every
 * webview frame goes) and a new workbench comes up on the same URL.
 */
async function reloadWindow(p: Person): Promise<void> {
  const navigated = p.page.waitForEvent('framenavigated', { predicate: (f) => f === p.page.mainFrame(), timeout: 30000 });
  await p.runCommand('Developer: Reload Window');
  await navigated;
  await p.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
}

/**
 * Checks that the window came up without the morning summary, without a
 * blind sleep. The extension's status bar item ("Due: N") shows once the
 * notebook is read, and the extension decides on the panel by then: it asks
 * for it (openMorningOnFirstStartOfDay) in the same tick as the index settles,
 * while the extension host sends status bar changes a tick later (it defers
 * them with setTimeout), so a panel's creation reaches the window before the
 * item does. The window then opens the panel's editor asynchronously, so a
 * tab that does not show within a short bounded wait after the item is not
 * coming (2 s: generous for opening an editor, on a busy 2-core machine too).
 */
async function expectNoMorningSummaryAtStartup(p: Person): Promise<void> {
  await p.page.locator('.part.statusbar [id="client-notebook.client-notebook.clientNotebook.due"]').waitFor({ state: 'visible', timeout: 30000 });
  const opened = await tab(p.page, 'Morning summary').waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
  if (opened) throw new Error('the morning summary opened by itself');
}

/** The card of the client called `name` (its title is exactly that text). */
function cardOf(frame: Frame, name: string) {
  return frame.locator('#app .card').filter({ has: frame.locator('.card-title', { hasText: name }) }).first();
}

async function cardTitles(frame: Frame): Promise<string[]> {
  return frame.locator('#app .today-section .card .card-title').allTextContents();
}

async function focusedInPanel(frame: Frame): Promise<{ date?: string; card?: string }> {
  // (A string: the tests compile without the DOM library.)
  return frame.evaluate<{ date?: string; card?: string }>(`(() => {
    const active = document.activeElement;
    return {
      date: active && active.dataset ? active.dataset.date : undefined,
      card: active && active.classList.contains('card') ? (active.querySelector('.card-title') || {}).textContent || '' : undefined,
    };
  })()`);
}

/** Presses Tab until the card titled `name` has focus, as a person tabbing through the panel. */
async function tabToCard(page: Page, frame: Frame, name: string, maxPresses = 60): Promise<void> {
  // Click somewhere neutral in the panel first: the header's date.
  await frame.locator('#app header h1').click();
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedInPanel(frame)).card === name) return;
  }
  throw new Error(`${maxPresses} Tabs did not reach the card of ${name}`);
}

async function waitForFocusedDay(frame: Frame, date: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let focused: string | undefined;
  while (Date.now() < deadline) {
    focused = (await focusedInPanel(frame)).date;
    if (focused === date) return;
    await sleep(50);
  }
  throw new Error(`the focused day is ${focused ?? 'none'}, want ${date}`);
}

// ---- the run -------------------------------------------------------------------

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const tmpOut = path.join(args.out, 'tmp');
  const workspace = copyFixture(defaultFixture());
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const today = localDay();
  const expected = {
    today: iso(today),
    // The mouse drag: a week from today.
    dragTarget: iso(localDay(7)),
  };
  const moved = moveFixtureTo(workspace, expected.today);
  // Hanna Berg has no next_contact: she is due a month (the `client` cadence) after her last call. Months are
  // not all as long, so on some days the moved call makes her due a day or two before today: overdue.
  const hannaDue = formatDay(addMonths(parseIsoDate(moved('2026-10-25'))!, 1));
  const hostile = writeHostileDossier(workspace, expected.today);
  let session: Session | undefined;

  const run = new StepRun(args.timeoutMs, () => {
    void session?.workbench.close();
    removeCopy(workspace);
  });

  const shots = new Shots(args.out);
  const shoot = (name: string) => shots.take(session!.workbench, name);
  let person: Person | undefined;
  const step = personStep(run, () => ({ session, person }), (number) => path.join(tmpOut, `morning-failure-${number}.png`));

  const file = (name: string) => path.join(workspace, name);
  let frame: Frame | undefined;
  const panel = async (p: Person): Promise<Frame> => {
    if (frame && !frame.isDetached() && (await frame.locator('#app .card').count().catch(() => 0)) > 0) return frame;
    return (frame = await panelFrame(p.page));
  };
  /** Mouse away from the panel's cards (no hover outline in the picture) and the page scrolled to the top. */
  const settle = async (p: Person, f: Frame) => {
    await parkMouse(p.page);
    await f.evaluate('window.scrollTo(0, 0)');
    await sleep(300);
  };

  try {
    console.log(`e2e (morning): today is ${expected.today} on this machine (the fixture's 2026-11-25; Hanna Berg due ${hannaDue}); drag to ${expected.dragTarget}`);
    try {
      session = await startSession({
        workspace,
        extensionDevelopmentPath: repoRoot,
        width: WIDTH,
        height: HEIGHT,
        settings: { 'workbench.colorTheme': LIGHT },
        onConsole: (line) => {
          if (args.verbose) console.log(`  [vscode] ${line}`);
          if (/^\[(error|pageerror)\]/.test(line)) consoleErrors.push(line.split('\n')[0]);
        },
      });
      session.workbench.page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      person = new Person(session.workbench, session.workbench.page);
    } catch (error) {
      run.fail('VS Code starts', error);
    }

    await step('morningSummary.openOnStartup off (the default): the window starts without the panel', async (p) => {
      await p.waitForTheme(LIGHT);
      await p.showClientNotebook();
      await expectNoMorningSummaryAtStartup(p);
    });

    const opened = await step('"Client Notebook: Open Morning Summary" from the palette shows today\'s cards, Anna Nowak overdue', async (p) => {
      await p.waitForTheme(LIGHT);
      await p.showClientNotebook(); // the extension is up: its commands are in the palette
      await p.waitForQuietStatusBar();
      await p.runCommand('Client Notebook: Open Morning Summary');
      await p.page.locator('.tabs-container .tab.active').filter({ hasText: 'Morning summary' }).first().waitFor({ state: 'visible', timeout: 10000 });
      const f = await panel(p);
      const titles = await cardTitles(f);
      const want = ['Anna Nowak', 'Bernd Keller', 'Hanna Berg', HOSTILE_NAME];
      const missing = want.filter((name) => !titles.includes(name));
      if (missing.length) throw new Error(`missing cards ${JSON.stringify(missing)}; shown ${JSON.stringify(titles)}`);
      if (titles[0] !== 'Anna Nowak') throw new Error(`the first card is ${titles[0]}, want the overdue Anna Nowak`);
      const anna = cardOf(f, 'Anna Nowak');
      if (!(await anna.getAttribute('class'))?.split(' ').includes('overdue')) throw new Error('Anna Nowak\'s card is not marked overdue');
      const border = await anna.evaluate<string, undefined>('(el) => getComputedStyle(el).borderLeftWidth');
      if (parseFloat(border) < 2) throw new Error(`the overdue card's left border is ${border}`);
      for (const name of titles) {
        const overdue = name === 'Anna Nowak' || (name === 'Hanna Berg' && hannaDue < expected.today);
        if (((await cardOf(f, name).getAttribute('class'))?.split(' ').includes('overdue') ?? false) !== overdue) throw new Error(`${name} is ${overdue ? 'not ' : ''}marked overdue`);
      }
      const tel = await anna.locator('a[href^="tel:"]').getAttribute('href');
      if (tel !== 'tel:+48600100200') throw new Error(`Anna's phone link is ${tel}`);
      const header = await f.locator('#app header h1').textContent();
      if (!header?.includes(String(today.getFullYear()))) throw new Error(`the header says ${header}`);
      if ((await f.locator('#app .day.today').getAttribute('data-date')) !== expected.today) throw new Error('the calendar\'s today is not the local date');
    });

    if (opened) {
      await step('a hostile name and note are literal text (no <img>, no <script> in #app, no dialog)', async (p) => {
        const f = await panel(p);
        const card = cardOf(f, '<img');
        const title = await card.locator('.card-title').textContent();
        if (title !== HOSTILE_NAME) throw new Error(`the card title is ${JSON.stringify(title)}, want ${JSON.stringify(HOSTILE_NAME)}`);
        const what = await card.locator('.card-what').textContent();
        if (!what?.includes(HOSTILE_NOTE)) throw new Error(`the card's note is ${JSON.stringify(what)}, want it to contain ${JSON.stringify(HOSTILE_NOTE)}`);
        const company = await card.locator('.card-company').textContent();
        if (company !== 'Tags & <b>Co</b>') throw new Error(`the company is ${JSON.stringify(company)}`);
        const injected = await f.evaluate<number>("document.querySelectorAll('#app img, #app script, #app b, #app i').length");
        if (injected) throw new Error(`${injected} element(s) made from the dossier's text inside #app`);
        await sleep(300);
        if (dialogs.length) throw new Error(`dialogs opened: ${dialogs.join('; ')}`);
      });

      await step('light theme at 1400x1000: the whole window with the panel', async (p) => {
        const f = await panel(p);
        await f.locator('#app .week-section canvas').first().waitFor({ state: 'visible', timeout: 5000 });
        await settle(p, f);
        await shoot('morning-light.png');
      });

      await step('Balance shows a proposal (screenshot), Cancel closes it and writes nothing', async (p) => {
        const f = await panel(p);
        const before = fs.readFileSync(file('anna-nowak.md'), 'utf8');
        await f.locator('#app .load-section button', { hasText: 'Balance' }).click();
        const box = f.locator('#app .balance');
        await box.waitFor({ state: 'visible', timeout: 5000 });
        const text = (await box.textContent()) ?? '';
        // Anna is overdue: the proposal moves her to a working day ahead.
        if (!text.includes('Anna Nowak')) throw new Error(`the proposal does not move Anna Nowak: ${text}`);
        await box.scrollIntoViewIfNeeded();
        await parkMouse(p.page);
        await sleep(200);
        await shoot('morning-balance-light.png');
        await box.locator('button', { hasText: 'Cancel' }).click();
        await box.waitFor({ state: 'detached', timeout: 5000 });
        if (fs.readFileSync(file('anna-nowak.md'), 'utf8') !== before) throw new Error('anna-nowak.md changed on Cancel');
      });

      await step('"Show next month" shows two months', async (p) => {
        const f = await panel(p);
        await f.locator('#app .load-section button', { hasText: 'Show next month' }).click();
        await f.locator('#app .month').nth(1).waitFor({ state: 'visible', timeout: 5000 });
        if ((await f.locator('#app .day[data-date]').count()) < 56) throw new Error('fewer days than two months');
      });

      await step('reload the window ("Developer: Reload Window"): the panel comes back (serializer) with today\'s cards and its two months (screenshot)', async (p) => {
        // Statistics too, behind it, on a period other than its default, to see that state come back.
        await p.runCommand('Client Notebook: Show Statistics');
        const stats = await panelFrame(p.page, '#app select#period');
        const periodLabel = stats.locator('#app header .muted');
        const before = await periodLabel.textContent();
        await stats.locator('select#period').selectOption('all');
        // The extension answered with the new state (the webview saved it): the label changed.
        await periodLabel.filter({ hasNotText: before ?? '' }).waitFor({ state: 'visible', timeout: 5000 });
        await tab(p.page, 'Morning summary').click();
        await panelFrame(p.page);

        await reloadWindow(p);
        await p.page.locator('.tabs-container .tab.active').filter({ hasText: 'Morning summary' }).first().waitFor({ state: 'visible', timeout: 30000 });
        frame = undefined;
        const f = await panel(p);
        const titles = await cardTitles(f);
        const missing = ['Anna Nowak', HOSTILE_NAME].filter((name) => !titles.includes(name));
        if (missing.length) throw new Error(`missing cards after the reload ${JSON.stringify(missing)}; shown ${JSON.stringify(titles)}`);
        if ((await f.locator('#app .day.today').getAttribute('data-date')) !== expected.today) throw new Error('the calendar\'s today is not the local date');
        const months = await f.locator('#app .month').count();
        if (months !== 2) throw new Error(`${months} month(s) after the reload, want the 2 shown before it`);
        await settle(p, f);
        await shoot(path.join('tmp', 'morning-after-reload.png'));
      });

      await step('after the reload the Statistics tab comes back too, still on "All time" (screenshot)', async (p) => {
        await tab(p.page, 'Statistics').click();
        const stats = await panelFrame(p.page, '#app select#period');
        const heading = await stats.locator('#app header h1').textContent({ timeout: 5000 });
        if (heading !== 'Statistics') throw new Error(`the panel's heading is ${JSON.stringify(heading)}`);
        const period = await stats.locator('select#period').inputValue();
        if (period !== 'all') throw new Error(`the period is ${period} after the reload, want all`);
        await parkMouse(p.page);
        await shoot(path.join('tmp', 'statistics-after-reload.png'));
        await p.runCommand('View: Close Editor');
        await tab(p.page, 'Statistics').waitFor({ state: 'detached', timeout: 10000 });
        await tab(p.page, 'Morning summary').click();
        await panel(p);
      });

      const keyboardName = 'Hanna Berg';
      const keyboardFile = 'hanna-berg.md';
      await step(`keyboard: Tab to ${keyboardName}, M, Escape writes nothing; M, ArrowRight twice, Enter -> next_contact two days on`, async (p) => {
        const f = await panel(p);
        const before = fs.readFileSync(file(keyboardFile), 'utf8');
        await tabToCard(p.page, f, keyboardName);
        // Moving starts on the card's day (an overdue one on today when its day is not shown).
        const start = hannaDue < expected.today && (await f.locator(`#app .day[data-date="${hannaDue}"]`).count()) ? hannaDue : expected.today;
        await p.page.keyboard.press('m');
        await waitForFocusedDay(f, start);
        if (!(await f.locator('#app #move-hint').textContent())?.includes(keyboardName)) throw new Error('the hint does not say which card is moving');
        await p.page.keyboard.press('ArrowRight');
        await p.page.keyboard.press('Escape');
        await cardOf(f, keyboardName).and(f.locator('.card:not(.moving)')).waitFor({ state: 'visible', timeout: 3000 });
        if ((await focusedInPanel(f)).card !== keyboardName) throw new Error('Escape did not give the focus back to the card');
        await sleep(500);
        if (fs.readFileSync(file(keyboardFile), 'utf8') !== before) throw new Error(`${keyboardFile} changed after Escape`);

        await p.page.keyboard.press('m');
        await waitForFocusedDay(f, start);
        await p.page.keyboard.press('ArrowRight');
        await p.page.keyboard.press('ArrowRight');
        const target = formatDay(addDays(parseIsoDate(start)!, 2));
        await waitForFocusedDay(f, target);
        await parkMouse(p.page);
        await shoot(path.join('tmp', 'morning-moving-light.png')); // the focus ring on the day, the dashed card
        await p.page.keyboard.press('Enter');
        await waitForFile(file(keyboardFile), (facts) => (facts.nextContact === target ? undefined : `next_contact is ${facts.nextContact}, want ${target}`));
        // The panel follows the file: the card leaves Today when moved ahead.
        if (target > expected.today) await cardOf(f, keyboardName).waitFor({ state: 'detached', timeout: 5000 });
      });

      await step(`mouse: drag Anna Nowak's card onto ${expected.dragTarget} -> anna-nowak.md next_contact ${expected.dragTarget}`, async (p) => {
        const f = await panel(p);
        const card = cardOf(f, 'Anna Nowak');
        if (!(await card.count())) throw new Error('Anna Nowak\'s card is gone');
        const day = f.locator(`#app .day[data-date="${expected.dragTarget}"]`);
        await day.scrollIntoViewIfNeeded();
        await card.dragTo(day);
        await waitForFile(file('anna-nowak.md'), (facts) => (facts.nextContact === expected.dragTarget ? undefined : `next_contact is ${facts.nextContact}, want ${expected.dragTarget}`));
        await cardOf(f, 'Anna Nowak').waitFor({ state: 'detached', timeout: 5000 });
        const count = await f.locator(`#app .day[data-date="${expected.dragTarget}"] .day-count`).textContent({ timeout: 5000 });
        if (!count || Number(count.replace(/\D/g, '')) < 1) throw new Error(`the day ${expected.dragTarget} shows ${count}`);
        if (readDossier(hostile).nextContact !== expected.today) throw new Error('hostile-names.md was changed');
      });

      await step('dark theme ("Preferences: Color Theme"): the panel follows, one month again (screenshots: the window, the week in numbers)', async (p) => {
        let f = await panel(p);
        await f.locator('#app .load-section button', { hasText: 'Show one month' }).click();
        await f.locator('#app .month').nth(1).waitFor({ state: 'detached', timeout: 5000 });
        await p.setColorTheme(DARK);
        f = await panel(p);
        await f.locator('body.vscode-dark').waitFor({ state: 'attached', timeout: 5000 });
        await sleep(500);
        await settle(p, f);
        await shoot('morning-dark.png');
        // The charts are redrawn in the theme's colours: the bar chart's canvas is new.
        const canvases = f.locator('#app .week-section canvas');
        if ((await canvases.count()) < 2) throw new Error(`${await canvases.count()} charts in the week in numbers, want 2 (kinds, NPS by month)`);
        // The section alone (Playwright scrolls it into view), to read the charts.
        const week = path.join(args.out, 'morning-week-dark.png');
        await f.locator('#app .week-section').screenshot({ path: week });
        shots.add(week);
        console.log(`    screenshot ${path.relative(repoRoot, week)} (${Math.round(fs.statSync(week).size / 1024)} KB)`);
        await f.evaluate('window.scrollTo(0, 0)');
      });

      await step('high contrast: the panel follows (picture for review in tmp/)', async (p) => {
        await p.setColorTheme(HIGH_CONTRAST.replace(/^Default /, 'Dark '));
        const f = await panel(p);
        await f.locator('body.vscode-high-contrast').waitFor({ state: 'attached', timeout: 5000 });
        await sleep(500);
        await settle(p, f);
        await shoot(path.join('tmp', 'morning-high-contrast.png'));
        await p.setColorTheme(DARK);
      });

      await step(`narrow: window ${NARROW_WIDTH} px, editor area about ${NARROW_EDITOR} px, nothing scrolls sideways (screenshot)`, async (p) => {
        await p.page.setViewportSize({ width: NARROW_WIDTH, height: HEIGHT });
        await sleep(500);
        // Widen the side bar (its sash, with the mouse) until the editor is about NARROW_EDITOR px wide.
        for (let attempt = 0; attempt < 3; attempt++) {
          const editor = await p.page.locator('.part.editor').boundingBox();
          const sidebar = await p.page.locator('.part.sidebar').boundingBox();
          if (!editor || !sidebar) throw new Error('no editor or side bar');
          const extra = editor.width - NARROW_EDITOR;
          if (Math.abs(extra) <= 12) break;
          await p.workbench.dragSideBarEdge(extra);
          await sleep(300);
        }
        const editor = await p.page.locator('.part.editor').boundingBox();
        if (!editor || Math.abs(editor.width - NARROW_EDITOR) > 30) throw new Error(`the editor area is ${editor?.width} px wide`);
        const f = await panel(p);
        await sleep(300);
        const overflow = await f.evaluate<{ scroll: number; wide: string[] }>(`(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('#app *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
          return { scroll: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5).map((el) => el.tagName.toLowerCase() + '.' + el.className) };
        })()`);
        if (overflow.scroll > 1 || overflow.wide.length) throw new Error(`the panel is wider than its ${Math.round(editor.width)} px: ${JSON.stringify(overflow)}`);
        await settle(p, f);
        await shoot('morning-narrow-dark.png');
      });

      await step('morningSummary.openOnStartup on: with no editor to restore, the panel opens by itself when the window starts (screenshot)', async (p) => {
        await p.page.setViewportSize({ width: WIDTH, height: HEIGHT });
        await p.closeAllEditors(); // nothing for the serializer to bring back: the panel must come from the setting
        session!.server.updateUserSettings({ 'clientNotebook.morningSummary.openOnStartup': true });
        await reloadWindow(p);
        await tab(p.page, 'Morning summary').waitFor({ state: 'visible', timeout: 30000 });
        frame = undefined;
        const f = await panel(p);
        const titles = await cardTitles(f);
        if (!titles.includes(HOSTILE_NAME)) throw new Error(`today's cards are not shown: ${JSON.stringify(titles)}`);
        await settle(p, f);
        await shoot(path.join('tmp', 'morning-on-startup.png'));
      });

      await step('morningSummary.openOnStartup on, the second start of the day: the panel does not open again', async (p) => {
        await p.closeAllEditors();
        await reloadWindow(p);
        frame = undefined;
        // The tree's rows (Anna Nowak, whom showClientNotebook waits for, is in a collapsed group by now).
        await p.workbench.showViewContainer('Client Notebook', /Follow-ups/);
        await p.followUpsPane().locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30000 });
        await expectNoMorningSummaryAtStartup(p);
      });
    }

    // The hostile dossier's name was in the tree and on the cards all along: markup from it
    // must never have reached the DOM as markup (a tree tooltip once did, and the CSP blocked it).
    await step('no markup from a dossier ever reached the window: the browser reported no Content Security Policy violation', async () => {
      const violations = consoleErrors.filter((line) => /Content Security Policy/.test(line));
      if (violations.length) throw new Error(`${violations.length} CSP violation(s), the first: ${violations[0].slice(0, 200)}`);
    });

    await shots.checkSizes(run);
  } finally {
    await session?.dispose().catch(() => undefined);
    killAllServers();
    removeCopy(workspace);
  }

  printConsoleErrors(consoleErrors);
  return run.finish();
}

if (require.main === module) runMain(main);
