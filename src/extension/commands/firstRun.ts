import * as vscode from 'vscode';
import { starterFiles } from '../../core/notebook/starter';
import { Notebooks } from '../notebooks';
import { mayWrite } from '../trust';
import { pickNotebook, uriExists } from './places';

/**
 * Create a Notebook Here: a commented `.client-notebook.yaml` and a dossier
 * template in the workspace folder, as one WorkspaceEdit; files that are
 * already there are left alone. Opens the settings file.
 */
export async function createNotebookHere(notebooks: Notebooks, args: unknown[] = []): Promise<vscode.Uri[]> {
  const folder = args[0] instanceof vscode.Uri ? args[0] : (await pickNotebook(notebooks, vscode.l10n.t('Which folder becomes the notebook?')))?.uri;
  if (!folder) {
    const open = vscode.l10n.t('Open Folder');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Open the folder that should hold your client dossiers first.'), open);
    if (answer === open) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return [];
  }
  const edit = new vscode.WorkspaceEdit();
  const created: vscode.Uri[] = [];
  for (const file of starterFiles()) {
    const uri = vscode.Uri.joinPath(folder, ...file.path.split('/'));
    if (await uriExists(uri)) continue;
    edit.createFile(uri, { ignoreIfExists: true, contents: new TextEncoder().encode(file.text) });
    created.push(uri);
  }
  const settings = vscode.Uri.joinPath(folder, starterFiles()[0].path);
  if (created.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This folder already is a notebook: it has {0} and a dossier template.', starterFiles()[0].path));
  } else if (!(await mayWrite(created))) {
    return [];
  } else if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the notebook files.'));
    return [];
  }
  await vscode.window.showTextDocument(settings, { preview: false });
  return created;
}

/**
 * Open the Example Notebook: copies the example that ships with the
 * extension into a folder the user picks (a copy, to change freely) and
 * opens it. Given a parent folder and `false`, copies there without asking
 * and without opening it (for tests).
 */
export async function openExampleNotebook(context: vscode.ExtensionContext, args: unknown[] = []): Promise<vscode.Uri | undefined> {
  const given = args[0] instanceof vscode.Uri ? args[0] : undefined;
  let parent = given;
  const open = args[1] !== false;
  if (!parent) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      title: vscode.l10n.t('Where should the example notebook go?'),
      openLabel: vscode.l10n.t('Copy the Example Here'),
    });
    parent = picked?.[0];
  }
  if (!parent) return undefined;
  let target = vscode.Uri.joinPath(parent, 'client-notebook-example');
  for (let n = 2; await uriExists(target); n++) target = vscode.Uri.joinPath(parent, `client-notebook-example-${n}`);
  // A folder picked in the dialog is the user's yes; a folder passed in is asked about.
  if (given && !(await mayWrite([target]))) return undefined;
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'examples', 'notebook'), target, { overwrite: false });
  if (open) {
    const newWindow = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: newWindow });
  }
  return target;
}

export function registerFirstRunCommands(context: vscode.ExtensionContext, notebooks: Notebooks): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('clientNotebook.createNotebook', (...args: unknown[]) => createNotebookHere(notebooks, args)),
    vscode.commands.registerCommand('clientNotebook.openExample', (...args: unknown[]) => openExampleNotebook(context, args)),
  );
}
