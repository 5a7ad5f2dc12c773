import * as vscode from 'vscode';
import { Client } from '../../core/dossier/dossier';
import { clientDetail } from '../format';
import { config } from '../config';
import { ClientRef, Notebooks } from '../notebooks';
import { compareNames } from '../../core/text';

interface GroupNode {
  kind: 'group';
  title: string;
  children: ClientNode[];
}

export interface ClientNode {
  kind: 'client';
  ref: ClientRef;
}

type Node = GroupNode | ClientNode;

const STAGE_ORDER = ['lead', 'prospect', 'negotiation', 'client', 'dormant', 'lost'];

function stageTitle(stage: string | undefined): string {
  const titles: Record<string, string> = {
    lead: vscode.l10n.t('Leads'), prospect: vscode.l10n.t('Prospects'), negotiation: vscode.l10n.t('Negotiation'),
    client: vscode.l10n.t('Clients'), dormant: vscode.l10n.t('Dormant'), lost: vscode.l10n.t('Lost'),
  };
  return stage ? titles[stage] ?? stage : vscode.l10n.t('No stage');
}

function keysOf(client: Client, grouping: 'stage' | 'tag' | 'owner'): string[] {
  if (grouping === 'tag') return client.tags.length ? client.tags : [''];
  if (grouping === 'owner') return [client.owner ?? ''];
  return [client.stage ?? ''];
}

/** Every client, grouped by stage (or tag, or owner), so nobody unscheduled gets lost. */
export class ClientsProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly notebooks: Notebooks) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.children : [];
    const grouping = config.clientsGroupBy();
    const groups = new Map<string, GroupNode>();
    for (const ref of this.notebooks.clients()) {
      for (const key of keysOf(ref.client, grouping)) {
        const title = grouping === 'stage' ? stageTitle(key || undefined) : key || (grouping === 'tag' ? vscode.l10n.t('No tags') : vscode.l10n.t('No owner'));
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { kind: 'group', title, children: [] }));
        group.children.push({ kind: 'client', ref });
      }
    }
    for (const group of groups.values()) group.children.sort((a, b) => compareNames(a.ref.client.name, b.ref.client.name));
    const rank = (key: string) => (grouping === 'stage' && STAGE_ORDER.includes(key) ? STAGE_ORDER.indexOf(key) : key ? STAGE_ORDER.length : STAGE_ORDER.length + 1);
    return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || compareNames(a, b)).map(([, group]) => group);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.title}`;
      item.description = String(node.children.length);
      return item;
    }
    const { client } = node.ref;
    const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.None);
    item.description = clientDetail(client);
    item.tooltip = [client.name, client.nameLatin, client.company, ...client.emails, ...client.phones].filter(Boolean).join('\n');
    item.iconPath = new vscode.ThemeIcon(client.company && client.company === client.name ? 'organization' : 'person');
    item.contextValue = 'client';
    item.command = { command: 'clientNotebook.openDossier', title: vscode.l10n.t('Open'), arguments: [{ ref: node.ref }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
