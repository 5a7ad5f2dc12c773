import * as vscode from 'vscode';
import { importCommitMessage } from '../../core/notebook/commitMessage';
import { beginCommit } from '../git/commitOnChange';
import { mayWrite } from '../trust';
import { ColumnMapping, MappingError, TARGET_FIELDS, TargetField, autoMap } from '../../core/exchange/columns';
import { decodeContacts } from '../../core/exchange/decode';
import { ImportPlan, planImport } from '../../core/exchange/importPlan';
import { ImportSource, mapTable, readImportSource } from '../../core/exchange/importSource';
import { Table, parseTable } from '../../core/exchange/table';
import { VCardError, looksLikeVCard } from '../../core/exchange/vcard';
import { safeRelativePath } from '../../core/notebook/paths';
import { Notebooks } from '../notebooks';
import { NotebookRoot } from '../notebookRoot';
import { pickNotebook } from './places';
import { readTemplate } from './template';
import { say } from '../format';
import { importSourceLabel } from '../../messageText';

/**
 * What a test or a keybinding passes to skip the prompts:
 * `{ "file": "/path/contacts.csv", "confirm": true }`, or `{ "text": "…" }`
 * for a paste, with `map` (`{ "name": "Full name", "email": "E-mail" }`)
 * for a table whose columns are not recognised.
 */
export interface ImportOptions {
  file?: string;
  text?: string;
  map?: Record<string, string>;
  /** Create without the preview. */
  confirm?: true;
  /** A folder inside the notebook for the new files. */
  folder?: string;
}

/** What the command did: the files it created and how many rows it skipped. */
export interface ImportOutcome {
  created: string[];
  skipped: number;
}

function isImportOptions(value: unknown): value is ImportOptions {
  if (typeof value !== 'object' || value === null || value instanceof vscode.Uri) return false;
  const options = value as ImportOptions;
  return typeof options.file === 'string' || typeof options.text === 'string';
}

/** A field of a dossier, for people (each a literal, so the bundle export finds it). */
function fieldLabel(field: TargetField): string {
  switch (field) {
    case 'name': return vscode.l10n.t('Full name');
    case 'first_name': return vscode.l10n.t('First name');
    case 'middle_name': return vscode.l10n.t('Middle name');
    case 'last_name': return vscode.l10n.t('Last name');
    case 'company': return vscode.l10n.t('Company');
    case 'role': return vscode.l10n.t('Role / position');
    case 'email': return vscode.l10n.t('Email');
    case 'phone': return vscode.l10n.t('Phone');
    case 'birthday': return vscode.l10n.t('Birthday');
    case 'tags': return vscode.l10n.t('Tags');
    case 'notes': return vscode.l10n.t('Notes');
    case 'website': return vscode.l10n.t('Website');
    case 'address': return vscode.l10n.t('Address');
    case 'linkedin': return vscode.l10n.t('LinkedIn profile');
    case 'skip': return vscode.l10n.t('Skip this column');
  }
}

/** The text to import: a file the user picks or the clipboard. */
async function pickText(): Promise<{ text: string; label: string } | undefined> {
  const fromFile = { label: `$(file) ${vscode.l10n.t('Choose a file…')}`, detail: vscode.l10n.t('CSV or TSV (Google Contacts, Outlook, LinkedIn, any table) or vCard (.vcf)') };
  const fromClipboard = { label: `$(clippy) ${vscode.l10n.t('Paste from clipboard')}`, detail: vscode.l10n.t('Rows copied from a spreadsheet, with a header row') };
  const picked = await vscode.window.showQuickPick([fromFile, fromClipboard], { title: vscode.l10n.t('Import contacts') });
  if (!picked) return undefined;
  if (picked === fromClipboard) {
    const text = await vscode.env.clipboard.readText();
    if (!text.trim()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The clipboard is empty. Copy the rows (with their header row) from the spreadsheet first.'));
      return undefined;
    }
    return { text, label: vscode.l10n.t('clipboard') };
  }
  const [uri] = (await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import contacts'),
    canSelectMany: false,
    openLabel: vscode.l10n.t('Import'),
    filters: { [vscode.l10n.t('Contacts')]: ['csv', 'tsv', 'txt', 'vcf', 'vcard'], [vscode.l10n.t('All files')]: ['*'] },
  })) ?? [];
  if (!uri) return undefined;
  return { text: decodeContacts(await vscode.workspace.fs.readFile(uri)), label: uri.path.split('/').pop() ?? uri.path };
}

/** A few values of a column, to recognise it by. */
function samples(table: Table, column: number): string {
  const values = table.rows.map((row) => row.cells[column]?.trim().replace(/\s+/g, ' ')).filter(Boolean).slice(0, 3);
  return values.join(' · ');
}

/** One quick pick per column; the guess from the header comes first. Undefined when the user cancels. */
async function mapColumns(table: Table): Promise<ColumnMapping | undefined> {
  const guess = autoMap(table.headers).mapping;
  const mapping: ColumnMapping = [];
  for (let column = 0; column < table.headers.length; column++) {
    const order = [guess[column], ...TARGET_FIELDS.filter((field) => field !== guess[column])];
    const picked = await vscode.window.showQuickPick(
      order.map((field) => ({ label: fieldLabel(field), description: field === guess[column] && field !== 'skip' ? vscode.l10n.t('suggested') : undefined, field })),
      {
        title: vscode.l10n.t('Column {0} of {1}: "{2}"', column + 1, table.headers.length, table.headers[column]),
        placeHolder: samples(table, column) || vscode.l10n.t('(empty column)'),
        ignoreFocusOut: true,
      },
    );
    if (!picked) return undefined;
    mapping.push(picked.field);
  }
  return mapping;
}

/** Reads the source; for a table of unknown origin, lets the user confirm or choose the columns. */
async function readSource(text: string, options: ImportOptions | undefined): Promise<ImportSource | undefined> {
  if (options?.map || looksLikeVCard(text)) return readImportSource(text, options?.map);
  const table = parseTable(text);
  const auto = autoMap(table.headers);
  if (auto.source !== 'table') return mapTable(table);
  if (options) return mapTable(table);
  const found = auto.mapping.some((field) => field === 'name' || field === 'first_name' || field === 'last_name');
  if (found) {
    const summary = table.headers.map((header, index) => (auto.mapping[index] === 'skip' ? undefined : `${fieldLabel(auto.mapping[index])} ← ${header}`)).filter(Boolean).join(', ');
    const use = { label: `$(check) ${vscode.l10n.t('Use these columns')}`, detail: summary };
    const choose = { label: `$(list-selection) ${vscode.l10n.t('Map the columns one by one…')}` };
    const picked = await vscode.window.showQuickPick([use, choose], { title: vscode.l10n.t('Import contacts (columns: {0}, rows: {1})', table.headers.length, table.rows.length) });
    if (!picked) return undefined;
    if (picked === use) return mapTable(table);
  }
  const mapping = await mapColumns(table);
  if (!mapping) return undefined;
  return mapTable(table, mapping);
}

/** Paths already taken in the notebook (lower-cased): the index's, and the files in the target folder. */
async function takenPaths(root: NotebookRoot, folder: string): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const path of root.index.paths()) taken.add(path.toLowerCase());
  try {
    const folderUri = folder ? root.uriOf(folder) : root.uri;
    for (const [name] of await vscode.workspace.fs.readDirectory(folderUri)) taken.add((folder ? `${folder}/${name}` : name).toLowerCase());
  } catch {
    // A folder that does not exist yet holds nothing.
  }
  return taken;
}

function details(each: { company?: string; emails: string[]; phones: string[]; birthday?: string }): string {
  return [each.company, each.emails[0], each.phones[0], each.birthday && vscode.l10n.t('birthday {0}', each.birthday)].filter(Boolean).join(' · ');
}

/** The preview: what would be created and what is skipped, and why. True when the user confirms. */
async function confirmPlan(plan: ImportPlan, label: string, source: ImportSource): Promise<boolean> {
  type Item = vscode.QuickPickItem & { action?: 'create' | 'cancel' };
  const create: Item = { label: `$(check) ${vscode.l10n.t('Create dossiers ({0})', plan.create.length)}`, detail: plan.skip.length ? vscode.l10n.t('Rows skipped: {0} (listed below)', plan.skip.length) : undefined, action: 'create' };
  const cancel: Item = { label: `$(close) ${vscode.l10n.t('Cancel')}`, action: 'cancel' };
  const items: Item[] = [create, cancel, { label: vscode.l10n.t('Create'), kind: vscode.QuickPickItemKind.Separator }];
  for (const each of plan.create) {
    items.push({ label: `$(person-add) ${each.name}`, description: each.path, detail: [details(each), ...each.warnings.map(say)].filter(Boolean).join(' — ') || undefined });
  }
  if (plan.skip.length) items.push({ label: vscode.l10n.t('Skip'), kind: vscode.QuickPickItemKind.Separator });
  for (const each of plan.skip) items.push({ label: `$(circle-slash) ${each.name}`, description: vscode.l10n.t('line {0}', each.line), detail: say(each.reason) });
  for (;;) {
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Import from {0} ({1}): create {2}, skip {3}', label, importSourceLabel(source.source, vscode.l10n), plan.create.length, plan.skip.length),
      placeHolder: vscode.l10n.t('Check the list, then choose Create'),
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    if (!picked || picked.action === 'cancel') return false;
    if (picked.action === 'create') return true;
  }
}

/**
 * Import Contacts: a file or the clipboard, its columns mapped, a preview,
 * then every new dossier in one WorkspaceEdit, so one undo removes them all.
 */
export async function importContacts(notebooks: Notebooks, args: unknown[]): Promise<ImportOutcome | undefined> {
  const options = args.find(isImportOptions);
  const root = await pickNotebook(notebooks, vscode.l10n.t('Import into which notebook?'));
  if (!root) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the notebook is a folder of client dossiers.'));
    return undefined;
  }
  const folder = options?.folder === undefined ? '' : safeRelativePath(options.folder);
  if (folder === undefined || !root.readsFolder(folder)) throw new Error(`folder "${options?.folder}" must be a folder inside the notebook that the notebook reads`);
  const input = options?.text !== undefined ? { text: options.text, label: vscode.l10n.t('the pasted table') }
    : options?.file !== undefined ? { text: decodeContacts(await vscode.workspace.fs.readFile(vscode.Uri.file(options.file))), label: options.file.split(/[\\/]/).pop() ?? options.file }
    : await pickText();
  if (!input) return undefined;
  let source: ImportSource | undefined;
  try {
    source = await readSource(input.text, options);
  } catch (error) {
    if (error instanceof MappingError || error instanceof VCardError) {
      void vscode.window.showErrorMessage(say(error.reason));
      return undefined;
    }
    throw error;
  }
  if (!source) return undefined;
  await root.settled();
  const template = await readTemplate(root);
  if (template === undefined) return undefined;
  const taken = await takenPaths(root, folder);
  const plan = planImport(source.records, root.index.clients(), { template, today: notebooks.today(), folder, taken: (path) => taken.has(path.toLowerCase()) });
  if (!plan.create.length) {
    void vscode.window.showInformationMessage(plan.skip.length
      ? vscode.l10n.t('Nothing to import: every contact ({0}) is already in the notebook or has no name.', plan.skip.length)
      : vscode.l10n.t('Nothing to import: no contacts found.'));
    return { created: [], skipped: plan.skip.length };
  }
  if (!options?.confirm && !(await confirmPlan(plan, input.label, source))) return undefined;
  const uris = plan.create.map((each) => root.uriOf(each.path));
  // `confirm` skips the preview, never this question.
  if (!(await mayWrite(uris))) return undefined;
  const pending = await beginCommit(uris);
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  for (const each of plan.create) edit.createFile(root.uriOf(each.path), { ignoreIfExists: false, overwrite: false, contents: encoder.encode(each.text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The import was not applied: a file appeared meanwhile. Nothing was created; run the import again.'));
    return undefined;
  }
  const created = plan.create.map((each) => each.path);
  await pending.finish(importCommitMessage(created.length), uris, []);
  const message = plan.skip.length
    ? vscode.l10n.t('Clients imported: {0}; skipped: {1} (already in the notebook, duplicates or without a name). Undo removes them all.', created.length, plan.skip.length)
    : vscode.l10n.t('Clients imported: {0}. Undo removes them all.', created.length);
  void vscode.window.showInformationMessage(message);
  return { created, skipped: plan.skip.length };
}
