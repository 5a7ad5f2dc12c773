import * as vscode from 'vscode';
import { panelOptions, webviewHtml } from './webviewHtml';
import { planReschedule } from '../../core/dossier/edit';
import { parseIsoDate } from '../../core/schedule/calendar';
import { FromPanel, ToPanel, parseFromPanel } from '../../protocol';
import { applyDossierEdits } from '../dossierEdits';
import { balanceCommitMessage, rescheduleCommitMessage } from '../../core/notebook/commitMessage';
import { Notebooks } from '../notebooks';
import { MorningModel } from './morningModel';

export const MORNING_VIEW_TYPE = 'clientNotebook.morning';

interface PanelState {
  monthsShown: number;
}

/**
 * The morning summary: one webview panel, hardened (CSP with a nonce, local
 * resources only from the bundle and media), fed a typed state and asking the
 * extension for every change, which goes through the engine's edits.
 */
export class MorningPanel implements vscode.Disposable {
  private static current: MorningPanel | undefined;
  private readonly model: MorningModel;
  private readonly disposables: vscode.Disposable[] = [];
  private monthsShown = 1;
  private withBalance = false;
  private ready = false;

  static show(context: vscode.ExtensionContext, notebooks: Notebooks): MorningPanel {
    if (MorningPanel.current) {
      MorningPanel.current.panel.reveal();
      return MorningPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(MORNING_VIEW_TYPE, vscode.l10n.t('Morning summary'), vscode.ViewColumn.Active, panelOptions(context.extensionUri));
    return (MorningPanel.current = new MorningPanel(panel, context, notebooks, { monthsShown: 1 }));
  }

  /** Brings a panel back after a window reload. */
  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, state: unknown): MorningPanel {
    panel.webview.options = panelOptions(context.extensionUri);
    const monthsShown = typeof state === 'object' && state !== null && (state as PanelState).monthsShown === 2 ? 2 : 1;
    MorningPanel.current?.dispose();
    return (MorningPanel.current = new MorningPanel(panel, context, notebooks, { monthsShown }));
  }

  static get instance(): MorningPanel | undefined {
    return MorningPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, private readonly notebooks: Notebooks, state: PanelState) {
    this.model = new MorningModel(notebooks);
    this.monthsShown = state.monthsShown;
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'notebook.svg');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.post();
      }),
      notebooks.onDidChange(() => this.post()),
    );
  }

  /** The state last sent, for tests and for applying what the user saw. */
  lastState: ToPanel['state'] | undefined;

  private post(): void {
    if (!this.ready) return;
    const state = this.model.build(this.monthsShown, this.withBalance);
    this.lastState = state;
    void this.panel.webview.postMessage({ type: 'state', state } satisfies ToPanel);
  }

  /** Handles one message from the panel; anything that is not a known message is dropped. */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromPanel(raw);
    if (!message) return;
    await this.handle(message);
  }

  private async handle(message: FromPanel): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.notebooks.settled();
        this.post();
        return;
      case 'showMonths':
        this.monthsShown = message.count;
        this.post();
        return;
      case 'balance':
        this.withBalance = true;
        this.post();
        return;
      case 'dismissBalance':
        this.withBalance = false;
        this.post();
        return;
      case 'applyBalance':
        await this.applyBalance();
        return;
    }
    const ref = this.model.resolve(message.id);
    if (!ref) return;
    switch (message.type) {
      case 'open':
        await vscode.window.showTextDocument(ref.uri, { viewColumn: vscode.ViewColumn.Beside });
        return;
      case 'log':
        await vscode.commands.executeCommand('clientNotebook.logInteraction', ref.uri);
        return;
      case 'reschedule':
        await vscode.commands.executeCommand('clientNotebook.reschedule', ref.uri);
        return;
      case 'congratulate':
        await vscode.commands.executeCommand('clientNotebook.logInteraction', ref.uri, {
          kind: 'message',
          text: vscode.l10n.t('Congratulated {0}: {1}', message.person, message.label),
          keepNext: true,
        });
        return;
      case 'move': {
        const day = parseIsoDate(message.to);
        if (day === undefined) return;
        const time = ref.client.next?.time;
        const outcome = await applyDossierEdits([{
          ref,
          plan: (text) => planReschedule(ref.client.path, text, { next: time === undefined ? { day } : { day, time } }, ref.root.index.settings.logHeading),
        }], ([client]) => rescheduleCommitMessage({ name: client.name }, client.next));
        if (!outcome.ok) void vscode.window.showErrorMessage(outcome.message);
        return;
      }
    }
  }

  private async applyBalance(): Promise<void> {
    const moves = this.model.proposal;
    if (!moves.length) return;
    const outcome = await applyDossierEdits(moves.map(({ ref, move }) => ({
      ref,
      plan: (text: string) => planReschedule(ref.client.path, text, { next: { day: move.to } }, ref.root.index.settings.logHeading),
    })), (clients) => balanceCommitMessage(clients.length));
    if (!outcome.ok) {
      void vscode.window.showErrorMessage(outcome.message);
      return;
    }
    this.withBalance = false;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Follow-ups moved: {0}. Undo puts them back.', moves.length), 5000);
    this.post();
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.context.extensionUri, { title: vscode.l10n.t('Morning summary'), stylesheet: 'morning.css', script: 'morning.js' });
  }

  dispose(): void {
    if (MorningPanel.current === this) MorningPanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}

/** Restores the panel after a window reload. */
export function registerMorningPanel(context: vscode.ExtensionContext, notebooks: Notebooks): void {
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(MORNING_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        MorningPanel.revive(panel, context, notebooks, state);
      },
    }),
    vscode.commands.registerCommand('clientNotebook.openMorningSummary', () => MorningPanel.show(context, notebooks)),
    { dispose: () => MorningPanel.instance?.dispose() },
  );
}
