// One VS Code session: code-server on loopback + the workbench in headless
// Chromium, with the extension under development loaded from the repository.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { CodeServer, startCodeServer } from './codeServer';
import { Payload, Workbench, isNoise } from './driver';
import { checkInstalled } from './paths';

export interface SessionOptions {
  /** The folder to open (absolute). */
  workspace: string;
  extensionDevelopmentPath: string;
  /** The compiled Mocha entry; omit to open the workbench without tests. */
  extensionTestsPath?: string;
  /** Environment for the server and its extension host. */
  env?: NodeJS.ProcessEnv;
  /** Browser console lines (noise removed). */
  onConsole?: (line: string) => void;
  /** Called with the extension tests' exit code (codeAutomationExit). */
  onExit?: (code: number) => void;
  width?: number;
  height?: number;
  /** User settings for the session's throw-away profile (e.g. `workbench.colorTheme`). */
  settings?: Record<string, unknown>;
  /** Keep Workspace Trust on: the folder opens untrusted (see CodeServerOptions). */
  workspaceTrust?: boolean;
  /** The display language (`de`, `ru`); English when left out. */
  language?: string;
}

export interface Session {
  server: CodeServer;
  workbench: Workbench;
  dispose(): Promise<void>;
}

export async function startSession(options: SessionOptions): Promise<Session> {
  checkInstalled();
  const devPath = path.resolve(options.extensionDevelopmentPath);
  const manifest = JSON.parse(fs.readFileSync(path.join(devPath, 'package.json'), 'utf8')) as { main?: string };
  if (manifest.main && !fs.existsSync(path.resolve(devPath, manifest.main))) {
    throw new Error(`${path.resolve(devPath, manifest.main)} is missing: run "npm run build" first`);
  }
  if (options.extensionTestsPath && !fs.existsSync(options.extensionTestsPath)) {
    throw new Error(`${options.extensionTestsPath} is missing: run "npm run compile-tests" first`);
  }

  const server = await startCodeServer({ workspace: options.workspace, env: options.env, settings: options.settings, workspaceTrust: options.workspaceTrust, language: options.language });
  let workbench: Workbench | undefined;
  try {
    workbench = await Workbench.launch({ onConsole: options.onConsole, width: options.width, height: options.height });
    // The workbench's log service (and the extension host's console, which it
    // forwards) calls this with a level and console.log-style arguments.
    await workbench.page.exposeFunction('codeAutomationLog', (level: string, args: unknown) => {
      const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
      if (!isNoise(text)) options.onConsole?.(`[${level}] ${text}`);
    });
    await workbench.page.exposeFunction('codeAutomationExit', (code: number) => options.onExit?.(code));

    const remote = (p: string) => `vscode-remote://${server.authority}${path.resolve(p)}`;
    const payload: Payload = [['extensionDevelopmentPath', remote(devPath)]];
    if (options.extensionTestsPath) payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
    payload.push(['skipWelcome', 'true']);
    await workbench.open({ serverUrl: server.url, folder: options.workspace, payload });
  } catch (error) {
    await workbench?.close();
    await server.stop();
    throw error;
  }

  const opened = workbench;
  return {
    server,
    workbench: opened,
    async dispose() {
      await opened.close();
      await server.stop();
      fs.rmSync(server.tempDir, { recursive: true, force: true });
    },
  };
}
