import * as vscode from 'vscode';
import { planReschedule } from '../core/dossier/edit';
import { parseDossier } from '../core/dossier/parse';
import { formatDateTime } from '../core/schedule/calendar';
import { parseDatePhrase, phraseDateTime } from '../core/schedule/datePhrase';
import { addTextEdits } from './dossierEdits';
import { Notebooks } from './notebooks';

/**
 * A Quick Fix for a hand-written `next_contact` that is not a date but reads as one, the way
 * the date picker reads it: `05.12.2026`, `5 Dec`, `tomorrow`, `fri 10:00`. It writes the
 * day as `YYYY-MM-DD` through the engine's reschedule, the smallest edit, undoable. A value
 * that reads as no date, or as more than one (`12/05`), gets no fix.
 */
export class NextContactFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly notebooks: Notebooks) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'Client Notebook');
    if (!ours.length) return [];
    const root = this.notebooks.rootOf(document.uri);
    const path = root?.relativePath(document.uri);
    if (!root || path === undefined) return [];
    const text = document.getText();
    const { logHeading, weekStartsOn, workingDays } = root.index.settings;
    const problem = parseDossier(path, text, logHeading).problems.find((each) => each.message.code === 'nextContact.invalid');
    if (problem?.message.code !== 'nextContact.invalid') return [];
    const diagnostic = ours.find((each) => each.range.start.line === problem.line - 1);
    if (!diagnostic) return [];
    const phrase = parseDatePhrase(problem.message.value, { today: this.notebooks.today(), weekStartsOn, workingDays });
    if (!phrase.ok) return [];
    const next = phraseDateTime(phrase);
    const plan = planReschedule(path, text, { next }, logHeading);
    if (!plan.ok) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Write the date as {0}', formatDateTime(next)), vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    addTextEdits(action.edit, document, plan.edits);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    return [action];
  }
}
