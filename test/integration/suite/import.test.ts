import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ImportOutcome } from '../../../src/extension/commands/importClients';
import { activate, closeAllEditors, diskPath, readDisk, restoreWorkspace, waitFor, workspaceUri } from './helpers';

/** The import fixtures (this file runs from out/test/integration/suite). */
const IMPORT = path.resolve(__dirname, '../../../../test/fixtures/import');

describe('Import Contacts', () => {
  beforeEach(async () => restoreWorkspace(await activate()));
  afterEach(closeAllEditors);

  it('is in the command palette', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('clientNotebook.importContacts'));
  });

  it('creates every new client in one edit, skips the ones already there, and one undo removes them all', async () => {
    const api = await activate();
    const outcome = await vscode.commands.executeCommand<ImportOutcome>('clientNotebook.importContacts', { file: path.join(IMPORT, 'google-contacts.csv'), confirm: true });
    assert.deepStrictEqual(outcome, { created: ['olga-smirnova.md', 'juergen-weiss.md', 'sarah-mitchell.md'], skipped: 2 });
    for (const file of outcome.created) assert.ok(fs.existsSync(diskPath(file)), file);
    assert.match(readDisk('juergen-weiss.md'), /\nemail: \[juergen@weiss-reisen\.de, j\.weiss@example\.de\]\n/);
    await waitFor('the new clients in the index', async () => {
      await api.notebooks.settled();
      return [...api.notebooks.clients()].some((ref) => ref.client.name === 'Ольга Смирнова');
    });
    const again = await vscode.commands.executeCommand<ImportOutcome>('clientNotebook.importContacts', { file: path.join(IMPORT, 'google-contacts.csv'), confirm: true });
    assert.deepStrictEqual(again, { created: [], skipped: 5 });
    await vscode.window.showTextDocument(workspaceUri('olga-smirnova.md'));
    await vscode.commands.executeCommand('undo');
    await waitFor('every imported file gone', () => outcome.created.every((file) => !fs.existsSync(diskPath(file))), 10000);
    assert.ok(fs.existsSync(diskPath('anna-nowak.md')));
  });

  it('imports a pasted table with the columns given, vCards too, with hostile names as plain files', async () => {
    await activate();
    const text = fs.readFileSync(path.join(IMPORT, 'paste.tsv'), 'utf8');
    const pasted = await vscode.commands.executeCommand<ImportOutcome>('clientNotebook.importContacts', {
      text, map: { name: 'Klient', company: 'Firma', email: 'E-mail', phone: 'Tel', birthday: 'Urodziny' }, confirm: true,
    });
    assert.deepStrictEqual(pasted, { created: ['piotr-zielinski.md', 'katarzyna-lis.md'], skipped: 1 });
    const cards = await vscode.commands.executeCommand<ImportOutcome>('clientNotebook.importContacts', { file: path.join(IMPORT, 'contacts-4.0.vcf'), confirm: true });
    assert.deepStrictEqual(cards.created, ['ruta-jankauskiene.md', 'lena-fischer.md', 'kenji-watanabe.md']);
    assert.match(readDisk('lena-fischer.md'), /\n {4}date: 12-24\n/);
    const hostile = await vscode.commands.executeCommand<ImportOutcome>('clientNotebook.importContacts', { file: path.join(IMPORT, 'hostile.csv'), confirm: true, folder: 'imported' });
    assert.ok(hostile.created.includes('imported/etc-passwd.md'));
    assert.ok(hostile.created.every((file) => /^imported\/[a-z0-9-]+\.md$/.test(file)), hostile.created.join(', '));
    for (const file of [...pasted.created, ...cards.created]) fs.rmSync(diskPath(file));
    fs.rmSync(diskPath('imported'), { recursive: true, force: true });
  });
});
