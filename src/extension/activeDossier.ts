import * as vscode from 'vscode';
import { Notebooks } from './notebooks';

/** Keeps the `clientNotebook.isDossier` context key true while a dossier's editor is active (editor title buttons, keys). */
export function trackActiveDossier(notebooks: Notebooks): vscode.Disposable {
  const update = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    void vscode.commands.executeCommand('setContext', 'clientNotebook.isDossier', uri !== undefined && notebooks.clientAt(uri) !== undefined);
  };
  update();
  return vscode.Disposable.from(vscode.window.onDidChangeActiveTextEditor(update), notebooks.onDidChange(update));
}
