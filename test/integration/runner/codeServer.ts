// Starts code-server (VS Code's server + browser workbench) on loopback with
// throw-away user data, and stops it as a whole process group.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codeServerEntry, node24Bin, node24Dir } from './paths';

export interface CodeServer {
  /** e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  /** e.g. 127.0.0.1:41234, for vscode-remote:// URIs */
  readonly authority: string;
  /** The temp folder holding user data, extensions and XDG dirs. */
  readonly tempDir: string;
  /**
   * Merges `settings` into the user settings file of the server's throw-away
   * profile, as a person editing settings.json does (the window picks them up).
   */
  updateUserSettings(settings: Record<string, unknown>): void;
  /** Everything the server printed, for diagnosis. */
  output(): string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Folder to open (also passed in the workbench URL). */
  workspace?: string;
  /** Extra environment for the server and so for its extension host. */
  env?: NodeJS.ProcessEnv;
  /** Where to put user data; a fresh temp folder by default. */
  tempDir?: string;
  startTimeoutMs?: number;
  /** Extra code-server arguments. */
  args?: string[];
  /** User settings merged over the quiet defaults (e.g. `workbench.colorTheme`). */
  settings?: Record<string, unknown>;
  /**
   * Keep Workspace Trust on, as VS Code ships it. The folder then opens in
   * Restricted Mode: trusted folders live in the browser's storage, and each
   * run's browser profile is new, so it trusts nothing.
   */
  workspaceTrust?: boolean;
  /** The display language (`de`, `ru`): `vscode.env.language` and so the extension's l10n bundle. */
  language?: string;
}

const live = new Set<ChildProcess>();

/** Kills every server still running; for exit and signal handlers. */
export function killAllServers(): void {
  for (const child of live) killGroup(child, 'SIGKILL');
  live.clear();
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const tempDir = options.tempDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-vscode-'));
  const dirs = {
    user: path.join(tempDir, 'user'),
    ext: path.join(tempDir, 'ext'),
    config: path.join(tempDir, 'xdg-config'),
    data: path.join(tempDir, 'xdg-data'),
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  // Quiet workbench: no welcome page, no telemetry, no extension recommendations.
  const settingsFile = path.join(dirs.user, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(
    settingsFile,
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'security.workspace.trust.enabled': !!options.workspaceTrust,
        // No "Do you trust the authors?" dialog at startup: the folder stays untrusted.
        'security.workspace.trust.startupPrompt': 'never',
        'window.restoreWindows': 'none',
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        ...options.settings,
      },
      null,
      2,
    ),
  );

  if (options.language) useLanguagePack(dirs.user, tempDir, options.language);

  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', dirs.user,
    '--extensions-dir', dirs.ext,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    // Without it a built workbench ignores the test payload and the run hangs.
    '--vscode-option', 'enable-smoke-test-driver',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    ...(options.language ? ['--locale', options.language] : []),
    ...(options.args ?? []),
  ];
  if (options.workspace) args.push(options.workspace);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
  };
  // The project's Node/npm settings must not leak into code-server's Node 24.
  delete env.NODE_OPTIONS;
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_PROXY_URI;

  const child = spawn(node24Bin, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => live.delete(child));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not start within ${options.startTimeoutMs ?? 30000} ms:\n${output}`)),
      options.startTimeoutMs ?? 30000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /HTTP server listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].endsWith('/') ? match[1] : `${match[1]}/`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    killGroup(child, 'SIGKILL');
    throw error;
  });

  return {
    url,
    authority: new URL(url).host,
    tempDir,
    updateUserSettings(settings) {
      const current = JSON.parse(fs.readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
      fs.writeFileSync(settingsFile, JSON.stringify({ ...current, ...settings }, null, 2));
    },
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child, 'SIGTERM');
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 3000).unref());
        if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child, 'SIGKILL');
      }
      // The extension host and file watcher are in the group; make sure they are gone too.
      killGroup(child, 'SIGKILL');
      live.delete(child);
    },
  };
}

/**
 * Makes `language` the workbench's display language. code-server takes it
 * from `--locale`, but only if a language pack for it is installed: it looks
 * the locale up in the user-data folder's languagepacks.json (which the
 * server writes when a pack is installed while it runs) and serves the pack's
 * translations of VS Code's own strings. Offline there is no pack to install,
 * so this writes that entry for a pack whose translations file is empty:
 * VS Code's chrome stays English, but the workbench, and with it the
 * extension host's `vscode.env.language`, speaks `language`.
 */
function useLanguagePack(userDataDir: string, tempDir: string, language: string): void {
  const translations = path.join(tempDir, 'language-pack', language, 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const packs = {
    [language]: {
      hash: `client-notebook-test-${language}`,
      extensions: [{ extensionIdentifier: { id: `client-notebook-test.language-pack-${language}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: language,
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
