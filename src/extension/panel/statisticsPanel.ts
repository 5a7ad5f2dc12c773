import * as vscode from 'vscode';
import { panelOptions, webviewHtml } from './webviewHtml';
import { FromStatistics, STATISTICS_PERIODS, StatisticsPeriod, StatisticsState, ToStatistics, parseFromStatistics } from '../../statisticsProtocol';
import { Notebooks } from '../notebooks';
import { StatisticsModel } from './statisticsModel';

export const STATISTICS_VIEW_TYPE = 'clientNotebook.statistics';

interface PanelState {
  period: StatisticsPeriod;
  notebook: number;
}

/**
 * The notebook's numbers in a webview panel, hardened like the morning
 * summary: CSP with a nonce, local resources only from the bundle and media,
 * typed messages checked on arrival; the panel only reads.
 */
export class StatisticsPanel implements vscode.Disposable {
  private static current: StatisticsPanel | undefined;
  private readonly model: StatisticsModel;
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private state: PanelState;
  /** The state last sent, for tests. */
  lastState: StatisticsState | undefined;

  static show(context: vscode.ExtensionContext, notebooks: Notebooks): StatisticsPanel {
    if (StatisticsPanel.current) {
      StatisticsPanel.current.panel.reveal();
      return StatisticsPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(STATISTICS_VIEW_TYPE, vscode.l10n.t('Statistics'), vscode.ViewColumn.Active, panelOptions(context.extensionUri));
    return (StatisticsPanel.current = new StatisticsPanel(panel, context, notebooks, { period: '12m', notebook: 0 }));
  }

  static revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, saved: unknown): StatisticsPanel {
    panel.webview.options = panelOptions(context.extensionUri);
    const value = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<PanelState>;
    const state: PanelState = {
      period: STATISTICS_PERIODS.includes(value.period as StatisticsPeriod) ? (value.period as StatisticsPeriod) : '12m',
      notebook: typeof value.notebook === 'number' && Number.isInteger(value.notebook) && value.notebook >= 0 ? value.notebook : 0,
    };
    StatisticsPanel.current?.dispose();
    return (StatisticsPanel.current = new StatisticsPanel(panel, context, notebooks, state));
  }

  static get instance(): StatisticsPanel | undefined {
    return StatisticsPanel.current;
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly context: vscode.ExtensionContext, private readonly notebooks: Notebooks, state: PanelState) {
    this.model = new StatisticsModel(notebooks);
    this.state = state;
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

  private post(): void {
    if (!this.ready || !this.panel.visible) return;
    const state = this.model.build(this.state.period, this.state.notebook);
    this.lastState = state;
    void this.panel.webview.postMessage({ type: 'state', state } satisfies ToStatistics);
  }

  /** Handles one message from the panel; anything that is not a known message is dropped. */
  async receive(raw: unknown): Promise<void> {
    const message = parseFromStatistics(raw);
    if (message) await this.handle(message);
  }

  private async handle(message: FromStatistics): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.notebooks.settled();
        this.post();
        return;
      case 'period':
        this.state = { ...this.state, period: message.period };
        this.post();
        return;
      case 'notebook':
        if (message.index >= this.notebooks.roots.length) return;
        this.state = { ...this.state, notebook: message.index };
        this.post();
        return;
      case 'open': {
        const ref = this.model.resolve(message.id);
        if (ref) await vscode.window.showTextDocument(ref.uri, { viewColumn: vscode.ViewColumn.Beside });
        return;
      }
    }
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.context.extensionUri, { title: vscode.l10n.t('Statistics'), stylesheet: 'statistics.css', script: 'statistics.js' });
  }

  dispose(): void {
    if (StatisticsPanel.current === this) StatisticsPanel.current = undefined;
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}

/** The Show Statistics command, and the panel restored after a reload. */
export function registerStatisticsPanel(context: vscode.ExtensionContext, notebooks: Notebooks): void {
  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(STATISTICS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        StatisticsPanel.revive(panel, context, notebooks, state);
      },
    }),
    vscode.commands.registerCommand('clientNotebook.showStatistics', () => StatisticsPanel.show(context, notebooks)),
    { dispose: () => StatisticsPanel.instance?.dispose() },
  );
}
