import * as vscode from 'vscode';
import { DEFAULT_TEMPLATE, TEMPLATE_FILE } from '../../core/notebook/newDossier';
import { UNREADABLE } from '../../core/notebook/store';
import { say } from '../format';
import { NotebookRoot } from '../notebookRoot';

/** The notebook's dossier template, or the built-in one; undefined, with the reason shown, when it may not be read. */
export async function readTemplate(root: NotebookRoot): Promise<string | undefined> {
  const file = await root.store.read(TEMPLATE_FILE);
  if (file && 'unreadable' in file) {
    void vscode.window.showErrorMessage(`${TEMPLATE_FILE}: ${say(UNREADABLE)} ${vscode.l10n.t('Nothing was written.')}`);
    return undefined;
  }
  return file?.text ?? DEFAULT_TEMPLATE;
}
