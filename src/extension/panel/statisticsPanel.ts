import * as vscode from 'vscode';
import { FromStatistics, STATISTICS_PERIODS, StatisticsPeriod, StatisticsState, ToStatistics, parseFromStatistics } from '../../statisticsProtocol';
import { Notebooks } from '../notebooks';
import { StatisticsModel } from './statisticsModel';
import { NotebookPanel, PanelSlot } from './singletonPanel';

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
export class StatisticsPanel extends NotebookPanel {
  /** The one panel: its command, the serializer, the open instance. */
  static readonly slot = new PanelSlot<StatisticsPanel, PanelState>({
    viewType: STATISTICS_VIEW_TYPE,
    command: 'clientNotebook.showStatistics',
    title: () => vscode.l10n.t('Statistics'),
    initial: { period: '12m', notebook: 0 },
    restore: (saved) => {
      const value = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<PanelState>;
      return {
        period: STATISTICS_PERIODS.includes(value.period as StatisticsPeriod) ? (value.period as StatisticsPeriod) : '12m',
        notebook: typeof value.notebook === 'number' && Number.isInteger(value.notebook) && value.notebook >= 0 ? value.notebook : 0,
      };
    },
    create: (panel, context, notebooks, state) => new StatisticsPanel(panel, context, notebooks, state),
  });

  private readonly model: StatisticsModel;
  private state: PanelState;
  /** The state last sent, for tests. */
  lastState: StatisticsState | undefined;

  private constructor(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, state: PanelState) {
    super(panel, context.extensionUri, notebooks, { stylesheet: 'statistics.css', script: 'statistics.js' });
    this.model = new StatisticsModel(notebooks);
    this.state = state;
  }

  protected send(): void {
    const state = this.model.build(this.state.period, this.state.notebook);
    this.lastState = state;
    void this.panel.webview.postMessage({ type: 'state', state } satisfies ToStatistics);
  }

  async receive(raw: unknown): Promise<void> {
    const message = parseFromStatistics(raw);
    if (message) await this.handle(message);
  }

  private async handle(message: FromStatistics): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.onReady();
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
}
