import * as vscode from 'vscode';
import { fixedClock, parseIsoDate, systemClock } from '../core/schedule/calendar';
import { trackActiveDossier } from './activeDossier';
import { registerCommands } from './commands/register';
import { NotebookDiagnostics } from './diagnostics';
import { DOSSIER_SELECTOR, DateHover, DossierCodeLens, DossierCompletion } from './editorFeatures';
import { Notebooks } from './notebooks';
import { ClientsProvider } from './views/clientsView';
import { FollowUpsProvider } from './views/followUps';
import { registerViews } from './views/register';

/** What the extension exports: the notebooks, and a clock that tests can set. */
export interface ClientNotebookApi {
  notebooks: Notebooks;
  followUps: FollowUpsProvider;
  clients: ClientsProvider;
  /** `YYYY-MM-DD` to fix "today", undefined for the system clock. */
  setToday(iso: string | undefined): void;
}

export function activate(context: vscode.ExtensionContext): ClientNotebookApi {
  const notebooks = new Notebooks();
  context.subscriptions.push(notebooks);
  const { followUps, clients } = registerViews(context, notebooks);
  registerCommands(context, notebooks);
  const codeLens = new DossierCodeLens(notebooks);
  context.subscriptions.push(
    codeLens,
    trackActiveDossier(notebooks),
    new NotebookDiagnostics(notebooks),
    vscode.languages.registerCodeLensProvider(DOSSIER_SELECTOR, codeLens),
    vscode.languages.registerHoverProvider(DOSSIER_SELECTOR, new DateHover(notebooks)),
    vscode.languages.registerCompletionItemProvider(DOSSIER_SELECTOR, new DossierCompletion(notebooks), ':', ' '),
  );
  return {
    notebooks,
    followUps,
    clients,
    setToday(iso) {
      const day = iso === undefined ? undefined : parseIsoDate(iso);
      notebooks.clock = day === undefined ? systemClock : fixedClock(day);
      notebooks.notifyChanged();
    },
  };
}

export function deactivate(): void {}
