import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { STARTER_SETTINGS, STARTER_TEMPLATE } from '../../../src/core/notebook/starter';
import { activate } from './helpers';

// Both write outside the workspace, so no file event reaches the notebook the other tests watch.
describe('First run', () => {
  let folder: string | undefined;
  let parent: string | undefined;

  before(async () => {
    await activate();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
    if (parent) fs.rmSync(parent, { recursive: true, force: true });
  });

  it('Create a Notebook Here writes a commented settings file and a template, and never overwrites them', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-fresh-'));
    const here = vscode.Uri.file(folder);
    const created = await vscode.commands.executeCommand<vscode.Uri[]>('clientNotebook.createNotebook', here);
    assert.deepStrictEqual(created.map((uri) => path.posix.relative(here.path, uri.path)), ['.client-notebook.yaml', '.client-notebook/template.md']);
    assert.strictEqual(fs.readFileSync(path.join(folder, '.client-notebook.yaml'), 'utf8'), STARTER_SETTINGS);
    assert.strictEqual(fs.readFileSync(path.join(folder, '.client-notebook', 'template.md'), 'utf8'), STARTER_TEMPLATE);
    assert.match(vscode.window.activeTextEditor?.document.uri.path ?? '', /client-notebook-fresh-[^/]+\/\.client-notebook\.yaml$/, 'the settings file is opened');

    fs.writeFileSync(path.join(folder, '.client-notebook.yaml'), 'daily_capacity: 3\n');
    const again = await vscode.commands.executeCommand<vscode.Uri[]>('clientNotebook.createNotebook', here);
    assert.deepStrictEqual(again, []);
    assert.strictEqual(fs.readFileSync(path.join(folder, '.client-notebook.yaml'), 'utf8'), 'daily_capacity: 3\n');
  });

  it('Open the Example Notebook copies the example that ships with the extension, next to earlier copies', async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'client-notebook-example-test-'));
    const first = await vscode.commands.executeCommand<vscode.Uri>('clientNotebook.openExample', vscode.Uri.file(parent), false);
    const second = await vscode.commands.executeCommand<vscode.Uri>('clientNotebook.openExample', vscode.Uri.file(parent), false);
    assert.strictEqual(path.basename(first.fsPath), 'client-notebook-example');
    assert.strictEqual(path.basename(second.fsPath), 'client-notebook-example-2');
    for (const file of ['.client-notebook.yaml', 'anna-kowalska.md', 'leads/dauren-kasymov.md']) {
      assert.ok(fs.existsSync(path.join(first.fsPath, file)), `${file} is copied`);
    }
  });
});
