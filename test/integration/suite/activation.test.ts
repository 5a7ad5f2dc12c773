import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import { EXTENSION_ID } from './helpers';

/** The budget for the extension's own `activate`, start to finish. */
const ACTIVATION_BUDGET_MS = 50;

describe('Activation', () => {
  it(`returns from activate within ${ACTIVATION_BUDGET_MS} ms, and the notebook loads after`, async () => {
    const extension = vscode.extensions.getExtension<ClientNotebookApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const api = await extension.activate();
    console.log(`Client Notebook: activate took ${api.activationMs.toFixed(1)} ms`);
    assert.ok(api.activationMs < ACTIVATION_BUDGET_MS, `activate took ${api.activationMs.toFixed(1)} ms`);
    await api.notebooks.settled();
    assert.ok([...api.notebooks.clients()].length > 0, 'the notebook loaded after activation');
  });
});
