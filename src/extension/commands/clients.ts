import * as vscode from 'vscode';
import { renderTemplate } from '../../core/notebook/newDossier';
import { isReadFolder } from '../../core/notebook/paths';
import { NotebookRoot } from '../notebookRoot';
import { slugOf, uniqueFileName } from '../../core/notebook/slug';
import { Notebooks } from '../notebooks';
import { pickNotebook, uriExists } from './places';
import { readTemplate } from './template';
import { pickClient } from '../pickClient';
import { mayWrite } from '../trust';
import { targetClients } from './targets';

/** What a keybinding or a test can pass to skip the two input boxes: `{ "name": "Olga Smirnova", "company": "Nordlicht" }`. */
export interface NewClientOptions {
  name: string;
  company?: string;
}

function isNewClientOptions(value: unknown): value is NewClientOptions {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && typeof (value as NewClientOptions).name === 'string';
}

/**
 * The folder New Client was run on from the Explorer, in the notebook that holds it, or
 * why a dossier cannot go there (outside every notebook, or a folder the notebook skips).
 */
function folderTarget(notebooks: Notebooks, uri: vscode.Uri): { root: NotebookRoot; folder: string } | { refusal: string } {
  const root = notebooks.roots.find((each) => each.uri.toString() === uri.toString()) ?? notebooks.rootOf(uri);
  if (!root) return { refusal: vscode.l10n.t('{0} is not in a client notebook.', uri.fsPath) };
  const folder = root.relativePath(uri) ?? '';
  if (!isReadFolder(folder)) return { refusal: vscode.l10n.t('The notebook does not read {0}: names that start with a dot, and node_modules, are skipped.', folder) };
  if (!root.readsFolder(folder)) return { refusal: vscode.l10n.t('The notebook does not read {0}: the setting clientNotebook.exclude leaves it out.', folder) };
  return { root, folder };
}

/**
 * New Client: a dossier from the notebook's template, named after the client in Latin
 * letters, opened for editing; in the folder it was run on from the Explorer, else at the
 * notebook's top.
 */
export async function newClient(notebooks: Notebooks, args: unknown[] = []): Promise<vscode.Uri | undefined> {
  const options = args.find(isNewClientOptions);
  const folderUri = args.find((arg): arg is vscode.Uri => arg instanceof vscode.Uri);
  let root: NotebookRoot | undefined;
  let folder = '';
  if (folderUri) {
    const target = folderTarget(notebooks, folderUri);
    if ('refusal' in target) {
      void vscode.window.showWarningMessage(target.refusal);
      return undefined;
    }
    ({ root, folder } = target);
  } else {
    root = await pickNotebook(notebooks, vscode.l10n.t('Which notebook?'));
  }
  if (!root) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the notebook is a folder of client dossiers.'));
    return undefined;
  }
  const name = options
    ? options.name
    : await vscode.window.showInputBox({
        title: folder ? vscode.l10n.t('New client in {0}', folder) : vscode.l10n.t('New client'),
        prompt: vscode.l10n.t('Name of the person or company'),
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter a name.')),
      });
  if (!name?.trim()) return undefined;
  const company = options
    ? (options.company ?? '')
    : await vscode.window.showInputBox({ title: vscode.l10n.t('New client: {0}', name.trim()), prompt: vscode.l10n.t('Company (optional)'), ignoreFocusOut: true });
  if (company === undefined) return undefined;
  const template = await readTemplate(root);
  if (template === undefined) return undefined;
  const text = renderTemplate(template, { name: name.trim(), company: company.trim() || undefined }, notebooks.today());
  const taken = new Set<string>();
  for (const path of root.index.paths()) taken.add(path);
  const inFolder = (fileName: string) => (folder ? `${folder}/${fileName}` : fileName);
  const stem = slugOf(name);
  let fileName = uniqueFileName(stem, '.md', (candidate) => taken.has(inFolder(candidate)));
  while (await uriExists(root.uriOf(inFolder(fileName)))) {
    taken.add(inFolder(fileName));
    fileName = uniqueFileName(stem, '.md', (candidate) => taken.has(inFolder(candidate)));
  }
  const uri = root.uriOf(inFolder(fileName));
  if (!(await mayWrite([uri]))) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', fileName));
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(uri);
  const firstEmpty = editor.document.getText().indexOf(': \n');
  if (firstEmpty > 0) {
    const position = editor.document.positionAt(firstEmpty + 2);
    editor.selection = new vscode.Selection(position, position);
  }
  return uri;
}

/** Find Client: search in any script, open the dossier. */
export async function findClient(notebooks: Notebooks): Promise<void> {
  const ref = await pickClient(notebooks, vscode.l10n.t('Find a client'));
  if (ref) await vscode.window.showTextDocument(ref.uri);
}

export async function openDossier(notebooks: Notebooks, args: unknown[]): Promise<void> {
  const [ref] = await targetClients(notebooks, args, vscode.l10n.t('Open a dossier'));
  if (ref) await vscode.window.showTextDocument(ref.uri);
}
