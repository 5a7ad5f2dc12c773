import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAllEditors, restoreWorkspace, waitFor } from './helpers';

const WEBVIEW = path.resolve(__dirname, '../../../../src/webview');

/** The keys a panel's script asks its strings for (`s('…')`), read from its source. */
function keysAskedBy(script: string): string[] {
  const source = fs.readFileSync(path.join(WEBVIEW, script), 'utf8');
  return [...new Set([...source.matchAll(/\bs\('([^']+)'\)/g)].map((match) => match[1]))];
}

// A panel's script shows the key itself for a string its panel does not send: no
// translation check would notice, so each key the scripts ask for must arrive.
describe('Panel strings', () => {
  afterEach(closeAllEditors);

  it('the morning summary sends every string its script asks for', async () => {
    const api = await activate('2026-11-25');
    await restoreWorkspace(api);
    await vscode.commands.executeCommand('clientNotebook.openMorningSummary');
    await waitFor('the morning panel\'s state', () => api.morningPanel()?.lastState !== undefined);
    const asked = keysAskedBy('morning.ts');
    assert.ok(asked.length > 20, `only ${asked.length} keys found in morning.ts`);
    const sent = api.morningPanel()!.lastState!.strings;
    assert.deepStrictEqual(asked.filter((key) => sent[key] === undefined), []);
    api.morningPanel()?.dispose();
  });

  it('the statistics panel sends every string its script asks for', async () => {
    const api = await activate('2026-11-25');
    await restoreWorkspace(api);
    await vscode.commands.executeCommand('clientNotebook.showStatistics');
    await waitFor('the statistics panel\'s state', () => api.statisticsPanel()?.lastState !== undefined);
    const asked = keysAskedBy('statistics.ts');
    assert.ok(asked.length > 10, `only ${asked.length} keys found in statistics.ts`);
    const sent = api.statisticsPanel()!.lastState!.strings;
    assert.deepStrictEqual(asked.filter((key) => sent[key] === undefined), []);
    api.statisticsPanel()?.dispose();
  });
});
