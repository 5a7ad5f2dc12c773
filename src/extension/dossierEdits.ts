import * as vscode from 'vscode';
import { Client } from '../core/dossier/dossier';
import { EditPlan } from '../core/dossier/edit';
import { TextEdit } from '../core/dossier/frontMatterEdit';
import { beginCommit } from './git/commitOnChange';
import { ClientRef } from './notebooks';
import { say } from './format';
import { mayWrite } from './trust';

/** Edits to one file run one after another, so two quick Log commands both land, in order. */
const queues = new Map<string, Promise<unknown>>();

function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(key, next.catch(() => undefined));
  return next;
}

/** The file changed on disk (or could not be written): the edit waits in the editor, nothing is overwritten. */
function unsaved(uri: vscode.Uri): string {
  return vscode.l10n.t('{0} could not be saved (did it change on disk?). The change is in the editor, unsaved: compare and save it, or undo it.', vscode.workspace.asRelativePath(uri));
}

/** Not done, and why; no message when the person said no themselves (an untrusted workspace). */
export type EditOutcome = { ok: true } | { ok: false; message?: string };

/** Shows why an edit was not done, unless the person declined it and so knows. */
export function showFailure(outcome: { ok: false; message?: string }): void {
  if (outcome.message) void vscode.window.showErrorMessage(outcome.message);
}

/**
 * Applies an engine edit plan to a dossier as one undoable WorkspaceEdit.
 * The plan is made on the document's current text: when the dossier is open
 * with unsaved changes the edit goes into that buffer and stays unsaved;
 * otherwise the document is saved, so the file on disk changes too.
 * With `commitMessage` and the `clientNotebook.git.commitOnChange` setting,
 * the saved change becomes one commit (git/commitOnChange.ts).
 */
/** The engine's edits (offsets into the text the plan read) into a WorkspaceEdit on that document. */
export function addTextEdits(edit: vscode.WorkspaceEdit, document: vscode.TextDocument, edits: readonly TextEdit[]): void {
  for (const change of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)), change.newText);
}

export function applyDossierEdit(ref: ClientRef, plan: (text: string) => EditPlan, commitMessage?: (client: Client) => string): Promise<EditOutcome> {
  return serialized(ref.uri.toString(), async () => {
    if (!(await mayWrite([ref.uri]))) return { ok: false };
    const pending = commitMessage && (await beginCommit([ref.uri]));
    const document = await vscode.workspace.openTextDocument(ref.uri);
    const wasDirty = document.isDirty;
    const result = plan(document.getText());
    if (!result.ok) {
      return { ok: false, message: `${vscode.workspace.asRelativePath(ref.uri)}:${result.line}:${result.column}: ${say(result.message)}` };
    }
    const edit = new vscode.WorkspaceEdit();
    addTextEdits(edit, document, result.edits);
    if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, message: vscode.l10n.t('VS Code refused the edit to {0}.', vscode.workspace.asRelativePath(ref.uri)) };
    if (!wasDirty && !(await document.save())) return { ok: false, message: unsaved(ref.uri) };
    if (pending) await pending.finish(commitMessage(result.client), wasDirty ? [] : [ref.uri], wasDirty ? [ref.uri] : []);
    return { ok: true };
  });
}

/** Applies several plans (one per dossier) as one WorkspaceEdit: one undo step for all of them. */
export async function applyDossierEdits(changes: { ref: ClientRef; plan: (text: string) => EditPlan }[], commitMessage?: (clients: Client[]) => string): Promise<EditOutcome> {
  if (!changes.length) return { ok: true };
  if (!(await mayWrite(changes.map((change) => change.ref.uri)))) return { ok: false };
  const pending = commitMessage && (await beginCommit(changes.map((change) => change.ref.uri)));
  const clients: Client[] = [];
  const edit = new vscode.WorkspaceEdit();
  const documents: { document: vscode.TextDocument; wasDirty: boolean }[] = [];
  const failures: string[] = [];
  for (const { ref, plan } of changes) {
    const document = await vscode.workspace.openTextDocument(ref.uri);
    const result = plan(document.getText());
    if (!result.ok) {
      failures.push(`${vscode.workspace.asRelativePath(ref.uri)}:${result.line}:${result.column}: ${say(result.message)}`);
      continue;
    }
    documents.push({ document, wasDirty: document.isDirty });
    clients.push(result.client);
    addTextEdits(edit, document, result.edits);
  }
  if (failures.length) return { ok: false, message: failures.join('\n') };
  if (!(await vscode.workspace.applyEdit(edit))) return { ok: false, message: vscode.l10n.t('VS Code refused the edit.') };
  const saved = await Promise.all(documents.filter((entry) => !entry.wasDirty).map(async (entry) => ((await entry.document.save()) ? undefined : unsaved(entry.document.uri))));
  const failed = saved.filter((message): message is string => message !== undefined);
  if (failed.length) return { ok: false, message: failed.join('\n') };
  if (pending) {
    const uris = (dirty: boolean) => documents.filter((entry) => entry.wasDirty === dirty).map((entry) => entry.document.uri);
    await pending.finish(commitMessage(clients), uris(false), uris(true));
  }
  return { ok: true };
}
