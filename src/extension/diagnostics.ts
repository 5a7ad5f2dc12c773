import * as vscode from 'vscode';
import { parseDossier } from '../core/dossier/parse';
import { Problem } from '../core/problems';
import { SETTINGS_FILE, parseSettings } from '../core/notebook/settings';
import { say } from './format';
import { Notebooks } from './notebooks';

const TYPING_DEBOUNCE_MS = 300;

function toDiagnostic(problem: Problem): vscode.Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const range = new vscode.Range(line, Math.max(0, problem.column - 1), line, Number.MAX_SAFE_INTEGER);
  const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : problem.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
  const diagnostic = new vscode.Diagnostic(range, say(problem.message), severity);
  diagnostic.source = 'Client Notebook';
  return diagnostic;
}

/**
 * The engine's validation in the Problems panel: for every file of every
 * notebook from the index, and for open dossiers from their buffer, as the
 * user types.
 */
export class NotebookDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('client-notebook');
  private readonly disposables: vscode.Disposable[] = [this.collection];
  private readonly typing = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly notebooks: Notebooks) {
    this.disposables.push(
      notebooks.onDidChange(() => this.fromIndex()),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleBuffer(event.document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.scheduleBuffer(document)),
    );
    this.fromIndex();
  }

  private fromIndex(): void {
    this.collection.clear();
    for (const root of this.notebooks.roots) {
      const byPath = new Map<string, vscode.Diagnostic[]>();
      for (const problem of root.index.problems()) {
        const list = byPath.get(problem.path) ?? [];
        list.push(toDiagnostic(problem));
        byPath.set(problem.path, list);
      }
      for (const [path, diagnostics] of byPath) this.collection.set(root.uriOf(path), diagnostics);
    }
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) this.fromBuffer(document);
  }

  private scheduleBuffer(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const pending = this.typing.get(key);
    if (pending) clearTimeout(pending);
    this.typing.set(key, setTimeout(() => {
      this.typing.delete(key);
      this.fromBuffer(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** Validates what the buffer holds now, saved or not. */
  fromBuffer(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const root = this.notebooks.rootOf(document.uri);
    const path = root?.relativePath(document.uri);
    if (!root || path === undefined) return;
    const text = document.getText();
    const problems = path === SETTINGS_FILE ? parseSettings(text, path).problems : parseDossier(path, text, root.index.settings.logHeading).problems;
    this.collection.set(document.uri, problems.map(toDiagnostic));
  }

  dispose(): void {
    for (const timer of this.typing.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
