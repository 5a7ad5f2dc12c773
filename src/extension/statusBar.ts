import * as vscode from 'vscode';

/** "3 due" in the status bar; a click opens the morning summary. */
export class DueStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clientNotebook.due', vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = vscode.l10n.t('Client Notebook: due follow-ups');
    this.item.command = 'clientNotebook.openMorningSummary';
  }

  update(due: number, hasNotebook: boolean): void {
    if (!hasNotebook) {
      this.item.hide();
      return;
    }
    this.item.text = due ? `$(bell-dot) ${vscode.l10n.t('Due: {0}', due)}` : `$(bell) ${vscode.l10n.t('Nothing due')}`;
    this.item.tooltip = vscode.l10n.t('Follow-ups overdue or due today: {0}', due);
    this.item.backgroundColor = undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
