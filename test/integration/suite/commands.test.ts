import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, restoreWorkspace, clientNode, closeAllEditors, diskPath, readDisk, treeSummary, waitFor, workspaceUri } from './helpers';

describe('Log and Reschedule', () => {
  beforeEach(async () => restoreWorkspace(await activate()));
  afterEach(closeAllEditors);

  it('registers every command', async () => {
    await activate();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['logInteraction', 'logCall', 'logMeeting', 'logEmail', 'reschedule', 'snooze', 'newClient', 'findClient', 'refresh']) {
      assert.ok(commands.includes(`clientNotebook.${id}`), id);
    }
  });

  it('logs a call on a tree row: the file on disk and the tree change, and undo restores every byte', async () => {
    const api = await activate('2026-11-25');
    const before = readDisk('clara-jones.md');
    const done = await vscode.commands.executeCommand('clientNotebook.logCall', clientNode(api, 'clara-jones.md'), { text: 'Sent the revised offer', next: '+1w' });
    assert.strictEqual(done, true);
    const after = readDisk('clara-jones.md');
    assert.match(after, /\n- 2026-11-25 call: Sent the revised offer\n/);
    assert.match(after, /next_contact: 2026-12-02\n/);
    await waitFor('Clara in next week', async () => {
      await api.notebooks.settled();
      return /Next week: .*Clara Jones/.test(treeSummary(api).join('\n'));
    });
    const editor = await vscode.window.showTextDocument(workspaceUri('clara-jones.md'));
    await vscode.commands.executeCommand('undo');
    await editor.document.save();
    assert.strictEqual(readDisk('clara-jones.md'), before);
  });

  it('puts the entry into the unsaved buffer of an open dossier, and leaves the disk alone', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('frank-otto.md');
    const onDisk = readDisk('frank-otto.md');
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((builder) => builder.insert(new vscode.Position(editor.document.lineCount, 0), '\nUnsaved thought.\n'));
    assert.ok(editor.document.isDirty);
    const done = await vscode.commands.executeCommand('clientNotebook.logMeeting', uri, { text: 'Lunch', next: null });
    assert.strictEqual(done, true);
    assert.ok(editor.document.isDirty, 'still unsaved');
    assert.match(editor.document.getText(), /- 2026-11-25 meeting: Lunch/);
    assert.match(editor.document.getText(), /Unsaved thought\./);
    assert.doesNotMatch(editor.document.getText(), /next_contact/);
    assert.strictEqual(readDisk('frank-otto.md'), onDisk);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lands two Log commands fired at the same dossier in quick succession, in order', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('hanna-berg.md');
    const first = vscode.commands.executeCommand('clientNotebook.logCall', uri, { text: 'First call', next: '+1w' });
    const second = vscode.commands.executeCommand('clientNotebook.logEmail', uri, { text: 'Then an email', next: '+2w' });
    assert.deepStrictEqual(await Promise.all([first, second]), [true, true]);
    const text = readDisk('hanna-berg.md');
    assert.ok(text.indexOf('- 2026-11-25 email: Then an email') < text.indexOf('- 2026-11-25 call: First call'), 'newest first');
    assert.ok(text.includes('- 2026-11-25 call: First call'));
    assert.match(text, /next_contact: 2026-12-09\n/);
  });

  it('reschedules several selected rows in one undoable edit', async () => {
    const api = await activate('2026-11-25');
    const rows = [clientNode(api, 'anna-nowak.md'), clientNode(api, 'dmitry-orlov.md')];
    const done = await vscode.commands.executeCommand('clientNotebook.reschedule', rows[0], rows, { next: '2026-12-07' });
    assert.strictEqual(done, true);
    assert.match(readDisk('anna-nowak.md'), /next_contact: 2026-12-07\n/);
    assert.match(readDisk('dmitry-orlov.md'), /next_contact: 2026-12-07\n/);
  });

  it('does not write a dossier whose front matter does not parse, and shows why in Problems', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('broken.md');
    const before = readDisk('broken.md');
    await waitFor('a diagnostic on broken.md', () => vscode.languages.getDiagnostics(uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const diagnostic = vscode.languages.getDiagnostics(uri)[0];
    assert.match(diagnostic.message, /does not parse/);
    const done = await vscode.commands.executeCommand('clientNotebook.reschedule', uri, { next: 'tomorrow' });
    assert.notStrictEqual(done, true);
    assert.strictEqual(readDisk('broken.md'), before);
  });

  it('updates diagnostics as the user types', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('hanna-berg.md');
    const editor = await vscode.window.showTextDocument(uri);
    const text = editor.document.getText();
    const at = text.indexOf('name:');
    await editor.edit((builder) => builder.insert(editor.document.positionAt(at), 'next_contact: 2026-02-30\n'));
    await waitFor('the bad date reported', () => vscode.languages.getDiagnostics(uri).some((d) => /2026-02-30/.test(d.message)));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

describe('In a dossier editor', () => {
  beforeEach(async () => restoreWorkspace(await activate()));
  afterEach(closeAllEditors);

  it('offers Log call and Reschedule as CodeLens, with when the client is due', async () => {
    await activate('2026-11-25');
    const document = await vscode.workspace.openTextDocument(workspaceUri('eva-lind.yaml'));
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const titles = lenses.map((lens) => lens.command?.title);
    assert.ok(titles.includes('Log call'), titles.join());
    assert.ok(titles.includes('Reschedule'));
    assert.ok(titles.some((title) => /due in 7 days \(meeting\)/.test(String(title))), titles.join());
    // The action in words, not as written: `nps` is the `NPS score` (unsaved, the lens reads the buffer).
    const editor = await vscode.window.showTextDocument(document);
    try {
      const at = document.getText().indexOf('next_action: meeting');
      await editor.edit((builder) => builder.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 'next_action: meeting'.length)), 'next_action: nps'));
      const edited = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      const editedTitles = edited.map((lens) => String(lens.command?.title));
      assert.ok(editedTitles.includes('due in 7 days (NPS score)'), editedTitles.join());
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('shows the weekday and distance of a date on hover', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('frank-otto.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf('2026-12-18');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : (content as vscode.MarkdownString).value))).join(' ');
    assert.match(text, /in 23 days/);
  });

  it('offers a Quick Fix for a next_contact written as a date it reads (05.12.2026), and none for one it cannot', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('hanna-berg.md');
    const editor = await vscode.window.showTextDocument(uri);
    const original = editor.document.getText();
    const fixesAt = async (value: string) => {
      const at = editor.document.getText().indexOf('company:');
      const text = editor.document.getText();
      const existing = /^next_contact: .*\n/m.exec(text);
      await editor.edit((builder) => {
        if (existing) builder.replace(new vscode.Range(editor.document.positionAt(existing.index), editor.document.positionAt(existing.index + existing[0].length)), `next_contact: ${value}\n`);
        else builder.insert(editor.document.positionAt(at), `next_contact: ${value}\n`);
      });
      await waitFor(`the bad date ${value} reported`, () => vscode.languages.getDiagnostics(uri).some((d) => d.message.includes(value)));
      const line = editor.document.getText().split('\n').findIndex((each) => each.startsWith('next_contact:'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(line, 0, line, 5), vscode.CodeActionKind.QuickFix.value);
      return actions.filter((action) => action.title.startsWith('Write the date as'));
    };
    try {
      const [fix] = await fixesAt('05.12.2026 14:30');
      assert.strictEqual(fix?.title, 'Write the date as 2026-12-05 14:30');
      assert.ok(fix.isPreferred);
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
      const fixed = editor.document.getText();
      assert.strictEqual(fixed, original.replace('company:', 'next_contact: 2026-12-05 14:30\ncompany:'), 'only the value changes');
      await waitFor('the problem gone', () => !vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('next_contact')));
      assert.deepStrictEqual(await fixesAt('12/05'), [], 'a date that reads two ways gets no fix');
      assert.deepStrictEqual(await fixesAt('someday'), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('completes stages after "stage:"', async () => {
    await activate('2026-11-25');
    const uri = workspaceUri('frank-otto.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('stage:'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, document.lineAt(line).text.length));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('negotiation'), labels.slice(0, 20).join());
  });
});

describe('New Client', () => {
  afterEach(closeAllEditors);

  it('takes the name and company as an argument (no input boxes): the dossier is written and opened', async () => {
    const api = await activate('2026-11-25');
    const file = diskPath('olga-smirnova.md');
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotebook.newClient', { name: 'Olga Smirnova', company: 'Nordlicht' });
      assert.strictEqual(uri?.path, workspaceUri('olga-smirnova.md').path);
      const text = readDisk('olga-smirnova.md');
      assert.match(text, /^name: Olga Smirnova$/m);
      assert.match(text, /^company: Nordlicht$/m);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path, uri.path);
    } finally {
      await closeAllEditors();
      fs.rmSync(file, { force: true });
      await api.notebooks.refresh();
    }
  });

  it('run on a folder in the Explorer, writes the dossier there; refuses a folder the notebook skips', async () => {
    const api = await activate('2026-11-25');
    fs.mkdirSync(diskPath('leads'), { recursive: true });
    try {
      // The Explorer passes the folder, then the selection.
      const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotebook.newClient', workspaceUri('leads'), [workspaceUri('leads')], { name: 'Lena Fischer' });
      assert.strictEqual(uri?.path, workspaceUri('leads', 'lena-fischer.md').path);
      assert.match(readDisk('leads', 'lena-fischer.md'), /^name: Lena Fischer$/m);
      await api.notebooks.settled();
      await waitFor('the new client in the index', () => api.notebooks.clientAt(workspaceUri('leads', 'lena-fischer.md')) !== undefined);
      const atTop = await vscode.commands.executeCommand<vscode.Uri>('clientNotebook.newClient', workspaceUri(), [workspaceUri()], { name: 'Lena Fischer' });
      assert.strictEqual(atTop?.path, workspaceUri('lena-fischer.md').path, 'the notebook\'s own folder is its top');
      const hidden = await vscode.commands.executeCommand<vscode.Uri | undefined>('clientNotebook.newClient', workspaceUri('.hidden'), [workspaceUri('.hidden')], { name: 'Hidden Person' });
      assert.strictEqual(hidden, undefined);
      assert.ok(!fs.existsSync(diskPath('.hidden', 'hidden-person.md')));
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-outside-'));
      try {
        const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('clientNotebook.newClient', vscode.Uri.file(outside), [vscode.Uri.file(outside)], { name: 'Nobody Here' });
        assert.strictEqual(refused, undefined, 'a folder outside every notebook');
        assert.deepStrictEqual(fs.readdirSync(outside), []);
      } finally {
        fs.rmSync(outside, { recursive: true, force: true });
      }
      // A folder the user's exclude globs leave out, below it too.
      fs.mkdirSync(diskPath('leads', '2026'), { recursive: true });
      await vscode.workspace.getConfiguration('clientNotebook').update('exclude', ['leads'], vscode.ConfigurationTarget.Workspace);
      await waitFor('the notebook rebuilt without leads', () => api.notebooks.clientAt(workspaceUri('leads', 'lena-fischer.md')) === undefined);
      const excluded = await vscode.commands.executeCommand<vscode.Uri | undefined>('clientNotebook.newClient', workspaceUri('leads', '2026'), [workspaceUri('leads', '2026')], { name: 'Excluded Person' });
      assert.strictEqual(excluded, undefined);
      assert.ok(!fs.existsSync(diskPath('leads', '2026', 'excluded-person.md')));
    } finally {
      await vscode.workspace.getConfiguration('clientNotebook').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await closeAllEditors();
      fs.rmSync(diskPath('leads'), { recursive: true, force: true });
      fs.rmSync(diskPath('lena-fischer.md'), { force: true });
      await api.notebooks.refresh();
    }
  });
});
