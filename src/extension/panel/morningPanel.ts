import * as vscode from 'vscode';
import { planReschedule } from '../../core/dossier/edit';
import { parseIsoDate } from '../../core/schedule/calendar';
import { FromPanel, ToPanel, parseFromPanel } from '../../protocol';
import { applyDossierEdits, showFailure } from '../dossierEdits';
import { balanceCommitMessage, rescheduleCommitMessage } from '../../core/notebook/commitMessage';
import { Notebooks } from '../notebooks';
import { MorningModel } from './morningModel';
import { NotebookPanel, PanelSlot } from './singletonPanel';

export const MORNING_VIEW_TYPE = 'clientNotebook.morning';

interface PanelState {
  monthsShown: number;
}

/**
 * The morning summary: one webview panel, hardened (CSP with a nonce, local
 * resources only from the bundle and media), fed a typed state and asking the
 * extension for every change, which goes through the engine's edits.
 */
export class MorningPanel extends NotebookPanel {
  /** The one panel: its command, the serializer, the open instance. */
  static readonly slot = new PanelSlot<MorningPanel, PanelState>({
    viewType: MORNING_VIEW_TYPE,
    command: 'clientNotebook.openMorningSummary',
    title: () => vscode.l10n.t('Morning summary'),
    initial: { monthsShown: 1 },
    restore: (saved) => ({ monthsShown: typeof saved === 'object' && saved !== null && (saved as PanelState).monthsShown === 2 ? 2 : 1 }),
    create: (panel, context, notebooks, state) => new MorningPanel(panel, context, notebooks, state),
  });

  private readonly model: MorningModel;
  private monthsShown: number;
  private withBalance = false;

  private constructor(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, state: PanelState) {
    super(panel, context.extensionUri, notebooks, { stylesheet: 'morning.css', script: 'morning.js' });
    this.model = new MorningModel(notebooks);
    this.monthsShown = state.monthsShown;
  }

  /** The state last sent, for tests and for applying what the user saw. */
  lastState: ToPanel['state'] | undefined;

  protected send(): void {
    const state = this.model.build(this.monthsShown, this.withBalance);
    this.lastState = state;
    void this.panel.webview.postMessage({ type: 'state', state } satisfies ToPanel);
  }

  async receive(raw: unknown): Promise<void> {
    const message = parseFromPanel(raw);
    if (!message) return;
    await this.handle(message);
  }

  private async handle(message: FromPanel): Promise<void> {
    switch (message.type) {
      case 'ready':
        await this.onReady();
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
        if (!outcome.ok) showFailure(outcome);
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
      showFailure(outcome);
      return;
    }
    this.withBalance = false;
    vscode.window.setStatusBarMessage(vscode.l10n.t('Follow-ups moved: {0}. Undo puts them back.', moves.length), 5000);
    this.post();
  }
}
