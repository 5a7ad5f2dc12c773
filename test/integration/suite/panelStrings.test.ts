import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import { activate, closeAllEditors, restoreWorkspace, waitFor } from './helpers';

const WEBVIEW = path.resolve(__dirname, '../../../../src/webview');

/** The keys a panel's script asks its strings for (`s('…')`), read from its source. */
function keysAskedBy(script: string): string[] {
  const source = fs.readFileSync(path.join(WEBVIEW, script), 'utf8');
  return [...new Set([...source.matchAll(/\bs\('([^']+)'\)/g)].map((match) => match[1]))];
}

interface StringsPanel {
  lastState?: { strings: Record<string, string> };
  dispose(): void;
}

/** Opens a panel by its command and checks that its state carries every key its script asks for. */
async function expectEveryString(command: string, panel: (api: ClientNotebookApi) => StringsPanel | undefined, script: string, atLeast: number): Promise<void> {
  const api = await activate('2026-11-25');
  await restoreWorkspace(api);
  await vscode.commands.executeCommand(command);
  await waitFor(`the state of the panel of ${script}`, () => panel(api)?.lastState !== undefined);
  const asked = keysAskedBy(script);
  assert.ok(asked.length > atLeast, `only ${asked.length} keys found in ${script}`);
  const sent = panel(api)!.lastState!.strings;
  assert.deepStrictEqual(asked.filter((key) => sent[key] === undefined), []);
  panel(api)?.dispose();
}

// A panel's script shows the key itself for a string its panel does not send: no
// translation check would notice, so each key the scripts ask for must arrive.
describe('Panel strings', () => {
  afterEach(closeAllEditors);

  it('the morning summary sends every string its script asks for', () =>
    expectEveryString('clientNotebook.openMorningSummary', (api) => api.morningPanel(), 'morning.ts', 20));

  it('the statistics panel sends every string its script asks for', () =>
    expectEveryString('clientNotebook.showStatistics', (api) => api.statisticsPanel(), 'statistics.ts', 10));
});
