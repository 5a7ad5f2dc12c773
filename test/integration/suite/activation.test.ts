import * as assert from 'assert';
import * as vscode from 'vscode';

const extensionId = 'client-notebook.client-notebook';

describe('activation', () => {
  it('activates and registers clientNotebook.refresh', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is not loaded`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('clientNotebook.refresh'), 'clientNotebook.refresh is not registered');
  });
});
