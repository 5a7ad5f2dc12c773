import * as vscode from 'vscode';
import { atRiskClients } from '../../core/analytics/segments';
import { Client } from '../../core/dossier/dossier';
import { AgendaItem, ImportantDateOccurrence, isBirthdayLabel, lastInteraction } from '../../core/notebook/agenda';
import { agenda, upcomingDates } from '../../core/notebook/queries';
import { BucketId, bucketOf, groupKeyOf } from '../../core/schedule/buckets';
import { formatDay, formatTime } from '../../core/schedule/calendar';
import { config } from '../config';
import { actionAndNote, actionIcon, dateLabel, displayDay, dueReasonText, kindLabel, relativeDay, say, shortDay, yearsText } from '../format';
import { ClientRef, Notebooks } from '../notebooks';
import { bucketTitle, monthTitle } from './labels';
import { compareCodeUnits } from '../../core/text';

/** How far ahead birthdays and anniversaries appear in the tree. */
const IMPORTANT_DATES_DAYS = 31;

/** The scheme of the URIs that let a file decoration colour overdue rows. */
export const DUE_SCHEME = 'client-notebook-due';

export interface GroupNode {
  kind: 'group';
  key: string;
  bucket: BucketId;
  title: string;
  children: (ClientNode | DateNode)[];
}

export interface ClientNode {
  kind: 'client';
  ref: ClientRef;
  item: AgendaItem;
}

export interface DateNode {
  kind: 'date';
  ref: ClientRef;
  occurrence: ImportantDateOccurrence;
}

export type FollowUpNode = GroupNode | ClientNode | DateNode;

/** The tickler file as a tree: one group per divider, clients inside. Only maps the index. */
export class FollowUpsProvider implements vscode.TreeDataProvider<FollowUpNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FollowUpNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: GroupNode[] = [];
  private dueCountValue = 0;
  /** One-order clients past their notebook's repurchase window (README, "Numbers"). */
  private atRisk = new Set<Client>();

  constructor(private readonly notebooks: Notebooks) {
    this.rebuild();
  }

  /** Overdue and due today: the view's badge and the status bar. */
  get dueCount(): number {
    return this.dueCountValue;
  }

  refresh(): void {
    this.rebuild();
    this.changed.fire(undefined);
  }

  private rebuild(): void {
    const today = this.notebooks.today();
    const groups = new Map<string, GroupNode>();
    const groupFor = (bucket: BucketId, day: number | undefined): GroupNode => {
      const key = groupKeyOf(bucket, day);
      let group = groups.get(key);
      if (!group) {
        group = { kind: 'group', key, bucket, title: bucket === 'later' && day !== undefined ? monthTitle(day) : bucketTitle(bucket), children: [] };
        groups.set(key, group);
      }
      return group;
    };
    let due = 0;
    this.atRisk = new Set();
    for (const root of this.notebooks.roots) {
      for (const client of atRiskClients(root.index.clientList(), today)) this.atRisk.add(client);
      for (const item of agenda(root.index, today)) {
        const ref = { root, client: item.client, uri: root.uriOf(item.client.path) };
        groupFor(item.bucket, item.due?.day).children.push({ kind: 'client', ref, item });
        if (item.bucket === 'overdue' || item.bucket === 'today') due++;
      }
      for (const occurrence of upcomingDates(root.index, today, IMPORTANT_DATES_DAYS)) {
        const ref = { root, client: occurrence.client, uri: root.uriOf(occurrence.client.path) };
        groupFor(bucketOf(occurrence.day, today, root.index.settings.weekStartsOn), occurrence.day).children.push({ kind: 'date', ref, occurrence });
      }
    }
    const order = (group: GroupNode) => ['overdue', 'today', 'tomorrow', 'this_week', 'next_week', 'later', 'unscheduled'].indexOf(group.bucket);
    this.groups = [...groups.values()].sort((a, b) => order(a) - order(b) || compareCodeUnits(a.key, b.key));
    for (const group of this.groups) group.children.sort((a, b) => dayOf(a) - dayOf(b));
    this.dueCountValue = due;
  }

  getChildren(node?: FollowUpNode): FollowUpNode[] {
    if (!node) return this.groups;
    return node.kind === 'group' ? node.children : [];
  }

  getParent(node: FollowUpNode): FollowUpNode | undefined {
    if (node.kind === 'group') return undefined;
    return this.groups.find((group) => group.children.includes(node));
  }

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': return this.groupItem(node);
      case 'client': return this.clientItem(node);
      case 'date': return this.dateItem(node);
    }
  }

  private groupItem(group: GroupNode): vscode.TreeItem {
    const expanded = config.expandedBuckets().includes(group.bucket);
    const item = new vscode.TreeItem(group.title, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `group:${group.key}`;
    const clients = group.children.filter((child) => child.kind === 'client').length;
    item.description = String(clients);
    const dates = group.children.length - clients;
    item.tooltip = dates
      ? vscode.l10n.t('{0}. Clients to contact: {1}; important dates: {2}', group.title, clients, dates)
      : vscode.l10n.t('{0}. Clients to contact: {1}', group.title, clients);
    item.contextValue = 'group';
    item.iconPath = new vscode.ThemeIcon(group.bucket === 'overdue' ? 'warning' : group.bucket === 'unscheduled' ? 'circle-slash' : 'calendar');
    return item;
  }

  private clientItem({ ref, item: agendaItem }: ClientNode): vscode.TreeItem {
    const { client, due } = agendaItem;
    const item = new vscode.TreeItem(client.name, vscode.TreeItemCollapsibleState.None);
    item.id = `client:${ref.root.uri.toString()}/${client.path}`;
    const today = this.notebooks.today();
    // When first (the row is narrow and the end is what gets cut), then what to
    // do; a client due by cadence says why instead.
    // (Today and Tomorrow say the day already.)
    const when = due && !['today', 'tomorrow', 'unscheduled'].includes(agendaItem.bucket) ? (agendaItem.bucket === 'overdue' ? relativeDay(due.day, today) : shortDay(due.day, today)) : '';
    const time = due?.time !== undefined ? formatTime(due.time) : '';
    const what = actionAndNote(client) || (due ? (dueReasonText(due, today) ?? '') : '');
    item.description = [when, time, what].filter(Boolean).join(' · ');
    const overdue = agendaItem.bucket === 'overdue';
    const errors = ref.root.index.problems(client.path).filter((problem) => problem.severity === 'error');
    // A dossier with an error (a next_contact that is not a date) says so, rather than hiding among the unscheduled.
    item.iconPath = errors.length
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
      : actionIcon(client.nextAction, overdue ? new vscode.ThemeColor('list.errorForeground') : undefined);
    if (overdue) item.resourceUri = vscode.Uri.from({ scheme: DUE_SCHEME, path: `/${client.path}`, query: 'overdue' });
    item.tooltip = this.tooltip(agendaItem);
    for (const problem of errors) item.tooltip.appendMarkdown(`\n\n$(warning) ${escape(`${problem.path}:${problem.line}: ${say(problem.message)}`)}`);
    item.contextValue = 'client';
    item.command = { command: 'clientNotebook.openDossier', title: vscode.l10n.t('Open'), arguments: [{ ref }] };
    item.accessibilityInformation = { label: [client.name, item.description].filter(Boolean).join(', ') };
    return item;
  }

  private dateItem({ ref, occurrence }: DateNode): vscode.TreeItem {
    const who = occurrence.person === occurrence.client.name ? occurrence.client.name : `${occurrence.person} (${occurrence.client.name})`;
    const item = new vscode.TreeItem(`${dateLabel(occurrence.label)}: ${who}`, vscode.TreeItemCollapsibleState.None);
    item.id = `date:${ref.root.uri.toString()}/${occurrence.client.path}/${occurrence.person}/${occurrence.label}`;
    // A date written with this year (a contract renewal) is not an anniversary: no "0 years".
    const age = occurrence.age !== undefined && occurrence.age > 0 ? yearsText(occurrence.age) : '';
    item.description = [shortDay(occurrence.day, this.notebooks.today()), age].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(isBirthdayLabel(occurrence.label) ? 'gift' : 'star-empty');
    item.contextValue = 'importantDate';
    item.command = { command: 'clientNotebook.openDossier', title: vscode.l10n.t('Open'), arguments: [{ ref }] };
    return item;
  }

  private tooltip(agendaItem: AgendaItem): vscode.MarkdownString {
    const { client, due } = agendaItem;
    const today = this.notebooks.today();
    const markdown = new vscode.MarkdownString('', true);
    markdown.appendMarkdown(`**${escape(client.name)}**`);
    const alsoKnownAs = [client.nameLatin, ...client.aliases].filter(Boolean);
    if (alsoKnownAs.length) markdown.appendMarkdown(` (${escape(alsoKnownAs.join(', '))})`);
    markdown.appendMarkdown('\n\n');
    if (client.company) markdown.appendMarkdown(`$(organization) ${escape(client.company)}${client.role ? ` · ${escape(client.role)}` : ''}  \n`);
    for (const phone of client.phones) markdown.appendMarkdown(`$(call-outgoing) ${escape(phone)}  \n`);
    for (const email of client.emails) markdown.appendMarkdown(`$(mail) ${escape(email)}  \n`);
    const last = lastInteraction(client);
    if (last) markdown.appendMarkdown(`\n${vscode.l10n.t('Last contact: {0}, {1} ({2})', escape(kindLabel(last.kind)), displayDay(last.day), relativeDay(last.day, today))}: ${escape(last.text.split('\n')[0])}\n`);
    if (due) {
      const reason = dueReasonText(due, today) ?? vscode.l10n.t('next contact {0}', formatDay(due.day));
      markdown.appendMarkdown(`\n${vscode.l10n.t('Due {0}: {1}', relativeDay(due.day, today), escape(reason))}\n`);
    }
    const order = this.atRisk.has(client) ? client.log.find((entry) => entry.kind === 'order' && entry.day <= today) : undefined;
    if (order) markdown.appendMarkdown(`\n$(warning) ${vscode.l10n.t('At risk: one order, {0}; past the usual time to reorder. Time to send an offer.', relativeDay(order.day, today))}\n`);
    return markdown;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function dayOf(node: ClientNode | DateNode): number {
  return node.kind === 'client' ? (node.item.due?.day ?? Infinity) : node.occurrence.day;
}

/**
 * Escapes text from a dossier for a tooltip: Markdown's characters with a backslash, and
 * `&`, `<`, `>` as entities. (A backslash before `<` was not enough: VS Code also renders
 * a tree tooltip as plain text through the DOM, and `<img onerror>` in a name then reached
 * the workbench's CSP, which blocked it.)
 */
function escape(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|$]/g, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** Colours overdue rows with the theme's error colour. */
export class OverdueDecorations implements vscode.FileDecorationProvider {
  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== DUE_SCHEME) return undefined;
    return { color: new vscode.ThemeColor('list.errorForeground'), tooltip: vscode.l10n.t('Overdue') };
  }
}
