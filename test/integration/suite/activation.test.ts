import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import { EXTENSION_ID } from './helpers';

describe('Activation', () => {
  // The time is printed, not asserted: the 50 ms goal is the issue's, and on a shared machine
  // a timed assertion fails on the neighbours' load. What keeps it short is asserted instead.
  it('returns from activate before the notebook is indexed, and the notebook loads after', async function () {
    const extension = vscode.extensions.getExtension<ClientNotebookApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const api = await extension.activate();
    this.test!.title += `; activate took ${api.activationMs.toFixed(1)} ms`; // shown with the result
    assert.strictEqual(api.clientsAtActivation, 0, 'activate indexed the notebook before returning');
    await api.notebooks.settled();
    assert.ok([...api.notebooks.clients()].length > 0, 'the notebook loaded after activation');
  });
});
