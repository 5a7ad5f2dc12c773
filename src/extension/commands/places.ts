import * as vscode from 'vscode';
import { Notebooks } from '../notebooks';
import { NotebookRoot } from '../notebookRoot';

/** The notebook a command works in: the only one, or the one picked. */
export async function pickNotebook(notebooks: Notebooks, title: string): Promise<NotebookRoot | undefined> {
  if (notebooks.roots.length <= 1) return notebooks.roots[0];
  const picked = await vscode.window.showQuickPick(
    notebooks.roots.map((root) => ({ label: root.name, description: root.uri.path, root })),
    { title },
  );
  return picked?.root;
}

/** Whether something is at `uri`, through workspace.fs (so remote folders too). */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
