import * as vscode from 'vscode';
import { config } from '../config';
import { Notebooks } from '../notebooks';
import { DueStatus } from '../statusBar';
import { ClientsProvider } from './clientsView';
import { FollowUpNode, FollowUpsProvider, OverdueDecorations } from './followUps';

/** The Follow-ups and Clients views, the badge and the status bar, redrawn on every notebook change. */
export function registerViews(context: vscode.ExtensionContext, notebooks: Notebooks): { followUps: FollowUpsProvider; clients: ClientsProvider; followUpsView: vscode.TreeView<FollowUpNode> } {
  const followUps = new FollowUpsProvider(notebooks);
  const clients = new ClientsProvider(notebooks);
  const followUpsView = vscode.window.createTreeView('clientNotebook.followUps', { treeDataProvider: followUps, canSelectMany: true, showCollapseAll: true });
  const clientsView = vscode.window.createTreeView('clientNotebook.clients', { treeDataProvider: clients, canSelectMany: true, showCollapseAll: true });
  const status = new DueStatus();

  const redraw = () => {
    followUps.refresh();
    clients.refresh();
    const due = followUps.dueCount;
    followUpsView.badge = due ? { value: due, tooltip: vscode.l10n.t('Follow-ups overdue or due today: {0}', due) } : undefined;
    const hasClients = notebooks.roots.some((root) => root.index.clientCount > 0);
    status.update(due, hasClients);
    void vscode.commands.executeCommand('setContext', 'clientNotebook.hasClients', hasClients);
    void vscode.commands.executeCommand('setContext', 'clientNotebook.hasNotebook', notebooks.roots.length > 0);
  };
  redraw();

  context.subscriptions.push(
    followUps, clients, followUpsView, clientsView, status,
    vscode.window.registerFileDecorationProvider(new OverdueDecorations()),
    notebooks.onDidChange(redraw),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (config.affects(event, 'clients.groupBy') || config.affects(event, 'followUps') || config.affects(event, 'dateFormat')) redraw();
    }),
  );
  return { followUps, clients, followUpsView };
}
