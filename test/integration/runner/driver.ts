// Drives the VS Code workbench in headless Chromium the way a person would:
// open it, wait for a view, use the command palette with the keyboard, and
// take screenshots to look at.
import * as fs from 'fs';
import * as path from 'path';
import { Browser, ConsoleMessage, FrameLocator, Page, chromium } from 'playwright-core';
import { chromiumPath } from './paths';

export interface LaunchOptions {
  width?: number;
  height?: number;
  /** Called with each browser console line that is not known noise. */
  onConsole?: (line: string) => void;
}

/** Payload entries the workbench understands (see VS Code's browser test runner). */
export type Payload = Array<[string, string]>;

export interface OpenOptions {
  /** code-server base URL, e.g. http://127.0.0.1:41234/ */
  serverUrl: string;
  /** Folder to open, an absolute path on the server's machine. */
  folder?: string;
  payload?: Payload;
}

/** Console lines from the workbench that say nothing about our extension. */
const noise: RegExp[] = [
  /ENOTFOUND|EAI_AGAIN|getaddrinfo|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/i,
  /open-vsx|marketplace|gallery|telemetry|github|update\.code\.visualstudio/i,
  /\b(chat|agent|copilot|mcp|language ?model|inline ?completion)/i,
  /Failed to load resource/i,
  /An iframe which has both allow-scripts and allow-same-origin/i,
  /\[Violation\]|Long running operations during shutdown/i,
  /punycode|DeprecationWarning|ExperimentalWarning/i,
  /web worker extension host is started in a same-origin iframe/i,
  /Ignoring the error while validating workspace folder|Unable to resolve resource walkThrough/i,
  /Extension .* has been disabled|is not compatible with|Settings Sync/i,
  /^(Error: )?Canceled(: Canceled)*\b/,
  /^\s*$/,
];

export function isNoise(line: string): boolean {
  return noise.some((pattern) => pattern.test(line));
}

export class Workbench {
  private constructor(
    readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** Launches headless Debian Chromium with one page. */
  static async launch(options: LaunchOptions = {}): Promise<Workbench> {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const page = await browser.newPage({
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    });
    if (options.onConsole) {
      const onConsole = options.onConsole;
      page.on('console', (message: ConsoleMessage) => {
        const text = message.text();
        // '%c INFO ...' lines are the log service's copies of what it also
        // sends to codeAutomationLog (see session.ts).
        if (!text.startsWith('%c') && !isNoise(text)) onConsole(`[${message.type()}] ${text}`);
      });
      page.on('pageerror', (error) => {
        const text = String(error?.stack ?? error);
        if (!isNoise(text)) onConsole(`[pageerror] ${text}`);
      });
    }
    return new Workbench(browser, page);
  }

  /** Builds the workbench URL: ?folder=...&payload=... */
  static url(options: OpenOptions): string {
    const url = new URL(options.serverUrl);
    if (options.folder) url.searchParams.set('folder', options.folder);
    if (options.payload) url.searchParams.set('payload', JSON.stringify(options.payload));
    return url.toString();
  }

  /** Opens the workbench and waits until it has rendered. */
  async open(options: OpenOptions, timeoutMs = 60000): Promise<void> {
    await this.page.goto(Workbench.url(options), { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /**
   * Waits for a view: either a CSS selector, or a pane header / tree row whose
   * text contains the given words (e.g. 'anna.md' in the Explorer).
   */
  async waitForView(selectorOrText: string, timeoutMs = 30000): Promise<void> {
    const locator = /^[.#[]/.test(selectorOrText)
      ? this.page.locator(selectorOrText)
      : this.page
          .locator('.pane-header, .monaco-list-row, .composite.title, .tabs-container .tab')
          .filter({ hasText: selectorOrText });
    await locator.first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /** Opens the command palette with the keyboard (F1) and waits for its input. */
  async openCommandPalette(timeoutMs = 10000): Promise<void> {
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: timeoutMs / 3 });
        return;
      } catch {
        await this.page.keyboard.press('Escape');
      }
    }
    throw new Error('the command palette did not open');
  }

  /** Types text with the keyboard into whatever has focus. */
  async type(text: string, delayMs = 10): Promise<void> {
    await this.page.keyboard.type(text, { delay: delayMs });
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async pressEnter(): Promise<void> {
    await this.press('Enter');
  }

  /**
   * Opens the palette, types a command's label and waits until the command is
   * listed. The palette snapshots its command list when it opens (before the
   * extension host has registered everything, early on), so a missing entry
   * is retried with a fresh palette. Leaves the palette open on the entry.
   */
  async findCommand(label: string, attempts = 4): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.openCommandPalette();
      await this.type(label);
      const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: label });
      try {
        await row.first().waitFor({ state: 'visible', timeout: 3000 });
        return;
      } catch (error) {
        await this.press('Escape');
        if (attempt >= attempts) throw new Error(`command "${label}" not in the palette: ${String(error)}`);
        await this.page.waitForTimeout(1000);
      }
    }
  }

  /** Runs a command the way a person does: palette, type its label, Enter. */
  async runCommand(label: string): Promise<void> {
    await this.findCommand(label);
    await this.pressEnter();
  }

  /** Opens a file with Quick Open (Ctrl+P), typing its name. */
  async openFile(name: string, timeoutMs = 10000): Promise<void> {
    await this.focusWorkbench();
    await this.press('Control+P');
    await this.page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: timeoutMs });
    await this.type(name);
    await this.page
      .locator('.quick-input-list .monaco-list-row')
      .filter({ hasText: name })
      .first()
      .waitFor({ state: 'visible', timeout: timeoutMs });
    await this.pressEnter();
    await this.page.locator('.tabs-container .tab.active').filter({ hasText: name }).first().waitFor({ state: 'visible', timeout: timeoutMs });
    // The tab shows before the text: wait for the editor's first line.
    await this.page.locator('.part.editor .monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  /**
   * Opens a view container from its activity-bar icon (whose label starts with `iconLabel`),
   * clicking until the pane titled `viewTitle` shows: the icon comes before the extension is up.
   * An icon already selected is not clicked again (that would close the side bar).
   */
  async showViewContainer(iconLabel: string, viewTitle: string | RegExp, timeoutMs = 60000): Promise<void> {
    const icon = this.page.locator('.part.activitybar .action-item').filter({ has: this.page.locator(`[aria-label^="${iconLabel}"]`) }).first();
    await icon.waitFor({ state: 'visible', timeout: timeoutMs });
    const header = this.page.locator('.pane-header').filter({ hasText: viewTitle }).first();
    for (let i = 0; i < 40 && !(await header.isVisible().catch(() => false)); i++) {
      if ((await icon.getAttribute('aria-selected').catch(() => null)) !== 'true') await icon.click().catch(() => undefined);
      await this.page.waitForTimeout(500);
    }
    await header.waitFor({ state: 'visible', timeout: 10000 });
  }

  /** Drags the side bar's edge `by` px to the right (left when negative), as a person resizes it. */
  async dragSideBarEdge(by: number): Promise<void> {
    const sidebar = await this.page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('no side bar');
    const x = sidebar.x + sidebar.width + 1;
    const y = sidebar.y + sidebar.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + by / 2, y, { steps: 4 });
    await this.page.mouse.move(x + by, y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Makes the side bar at least `width` px wide. */
  async widenSideBar(width: number): Promise<void> {
    const sidebar = await this.page.locator('.part.sidebar').boundingBox();
    if (sidebar && sidebar.width < width) await this.dragSideBarEdge(width - sidebar.width);
  }

  /** The document inside the webview that has focus (a panel's page). */
  activeWebview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /** Saves a PNG of the whole window; creates the folder. */
  async screenshot(file: string): Promise<string> {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    await this.page.screenshot({ path: file });
    return path.resolve(file);
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
  }

  private async focusWorkbench(): Promise<void> {
    // Keys go to the focused element; make sure it is inside the workbench
    // (not the body, nor a closed widget) by focusing the editor area.
    const inWorkbench = await this.page
      .evaluate<boolean>("!!document.activeElement?.closest('.monaco-workbench')")
      .catch(() => false);
    if (!inWorkbench) {
      await this.page.locator('.part.editor').click({ position: { x: 20, y: 60 } }).catch(() => undefined);
    }
  }
}
