import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import { EXTENSION_ID } from './helpers';

describe('Activation', () => {
  // The 50 ms goal is printed, not asserted: on a shared machine a tight timed assertion fails
  // on the neighbours' load (78 ms was seen at load 9). What keeps it short is asserted instead,
  // and a ceiling ten times the goal still catches work that creeps back onto the activation path.
  it('returns from activate before the notebook is indexed, and the notebook loads after', async function () {
    const extension = vscode.extensions.getExtension<ClientNotebookApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const api = await extension.activate();
    this.test!.title += `; activate took ${api.activationMs.toFixed(1)} ms`; // shown with the result
    assert.strictEqual(api.clientsAtActivation, 0, 'activate indexed the notebook before returning');
    assert.ok(api.activationMs < 500, `activate took ${api.activationMs.toFixed(1)} ms, ten times the 50 ms goal`);
    await api.notebooks.settled();
    assert.ok([...api.notebooks.clients()].length > 0, 'the notebook loaded after activation');
  });
});
