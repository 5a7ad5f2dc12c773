import * as vscode from 'vscode';
import { fixedClock, formatDay, parseIsoDate, systemClock } from '../core/schedule/calendar';
import { config } from './config';
import { trackActiveDossier } from './activeDossier';
import { registerFirstRunCommands } from './commands/firstRun';
import { registerCommands } from './commands/register';
import { NotebookDiagnostics } from './diagnostics';
import { DOSSIER_SELECTOR, DateHover, DossierCodeLens, DossierCompletion } from './editorFeatures';
import { NextContactFix } from './dateFix';
import { Notebooks } from './notebooks';
import { MorningPanel } from './panel/morningPanel';
import { StatisticsPanel } from './panel/statisticsPanel';
import { ClientsProvider } from './views/clientsView';
import { FollowUpsProvider } from './views/followUps';
import { registerViews } from './views/register';

/** What the extension exports: the notebooks, and a clock that tests can set. */
export interface ClientNotebookApi {
  notebooks: Notebooks;
  followUps: FollowUpsProvider;
  clients: ClientsProvider;
  morningPanel(): MorningPanel | undefined;
  statisticsPanel(): StatisticsPanel | undefined;
  /** `YYYY-MM-DD` to fix "today", undefined for the system clock. */
  setToday(iso: string | undefined): void;
  /** How long `activate` took, in milliseconds; the notebooks load after it returns. */
  readonly activationMs: number;
  /** How many clients were indexed when `activate` returned: none, as the index is built after. */
  readonly clientsAtActivation: number;
}

export function activate(context: vscode.ExtensionContext): ClientNotebookApi {
  const started = performance.now();
  const notebooks = new Notebooks();
  context.subscriptions.push(notebooks);
  const { followUps, clients } = registerViews(context, notebooks);
  registerCommands(context, notebooks);
  registerFirstRunCommands(context, notebooks);
  MorningPanel.slot.register(context, notebooks);
  StatisticsPanel.slot.register(context, notebooks);
  openMorningOnFirstStartOfDay(context, notebooks);
  const codeLens = new DossierCodeLens(notebooks);
  context.subscriptions.push(
    codeLens,
    trackActiveDossier(notebooks),
    new NotebookDiagnostics(notebooks),
    vscode.languages.registerCodeLensProvider(DOSSIER_SELECTOR, codeLens),
    vscode.languages.registerHoverProvider(DOSSIER_SELECTOR, new DateHover(notebooks)),
    vscode.languages.registerCompletionItemProvider(DOSSIER_SELECTOR, new DossierCompletion(notebooks), ':', ' '),
    vscode.languages.registerCodeActionsProvider(DOSSIER_SELECTOR, new NextContactFix(notebooks), NextContactFix.metadata),
  );
  return {
    morningPanel: () => MorningPanel.slot.instance,
    statisticsPanel: () => StatisticsPanel.slot.instance,
    notebooks,
    followUps,
    clients,
    setToday(iso) {
      const day = iso === undefined ? undefined : parseIsoDate(iso);
      notebooks.clock = day === undefined ? systemClock : fixedClock(day);
      notebooks.notifyChanged();
    },
    activationMs: performance.now() - started,
    clientsAtActivation: [...notebooks.clients()].length,
  };
}

const LAST_MORNING_KEY = 'clientNotebook.lastMorningSummary';

/** With the setting on, the morning summary opens once a day, on the first start. */
function openMorningOnFirstStartOfDay(context: vscode.ExtensionContext, notebooks: Notebooks): void {
  if (!config.openMorningOnStartup()) return;
  const today = formatDay(notebooks.today());
  if (context.globalState.get<string>(LAST_MORNING_KEY) === today) return;
  void context.globalState.update(LAST_MORNING_KEY, today);
  void notebooks.settled().then(() => {
    if ([...notebooks.clients()].length) MorningPanel.slot.show(context, notebooks);
  });
}

export function deactivate(): void {}
