import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { activationEvents: string[] };

describe('the manifest', () => {
  it('activates for every webview panel the extension restores after a reload', () => {
    const panelFolder = path.join(root, 'src/extension/panel');
    const viewTypes = fs.readdirSync(panelFolder)
      .flatMap((file) => [...fs.readFileSync(path.join(panelFolder, file), 'utf8').matchAll(/_VIEW_TYPE = '([^']+)'/g)].map((match) => match[1]));
    assert.deepStrictEqual(viewTypes.sort(), ['clientNotebook.morning', 'clientNotebook.statistics']);
    // Without these a restored panel in a window that nothing else activates stays blank.
    for (const viewType of viewTypes) assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${viewType}`), viewType);
  });
});
