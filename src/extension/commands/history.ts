import * as path from 'node:path';
import * as vscode from 'vscode';
import { HistoryCommit, describeCommit, historyLogArgs, meaningfulCommits, parseHistory } from '../../core/notebook/history';
import { Git, GitError } from '../../node/git';
import type { API } from '../git/gitApi';
import { gitApi } from '../git/gitExtension';
import { ClientRef, Notebooks } from '../notebooks';
import { refusedUntrusted } from '../trust';
import { targetClients } from './targets';

/** `{ "pick": false }` from a test or a keybinding: no quick pick, only the Timeline and the result. */
interface HistoryOptions {
  pick?: boolean;
}

function isHistoryOptions(value: unknown): value is HistoryOptions {
  return typeof value === 'object' && value !== null && 'pick' in value && !('ref' in value);
}

function markdownOf(ref: ClientRef, commits: readonly HistoryCommit[]): string {
  const lines = [`# ${vscode.l10n.t('History of {0}', ref.client.name)}`, '', `\`${vscode.workspace.asRelativePath(ref.uri)}\``, ''];
  if (!commits.length) lines.push(vscode.l10n.t('No commit has changed the follow-up, the owner or the log yet.'));
  for (const commit of commits) {
    lines.push(`## ${commit.date.slice(0, 10)} · ${commit.subject.replace(/([\\`*_[\]#<>])/g, '\\$1')}`, '', `${commit.author} · \`${commit.commit.slice(0, 7)}\``, '');
    for (const line of describeCommit(commit)) lines.push(`- ${line.replace(/([\\`*_[\]#<>])/g, '\\$1')}`);
    lines.push('');
  }
  return lines.join('\n');
}

async function openCommit(api: API, repositoryRoot: string, commit: HistoryCommit, isFirst: boolean): Promise<void> {
  const uri = vscode.Uri.file(path.join(repositoryRoot, ...commit.path.split('/')));
  const title = `${path.basename(commit.path)} (${commit.commit.slice(0, 7)}) ${commit.subject}`;
  if (isFirst) {
    await vscode.window.showTextDocument(api.toGitUri(uri, commit.commit), { preview: true });
    return;
  }
  await vscode.commands.executeCommand('vscode.diff', api.toGitUri(uri, `${commit.commit}~1`), api.toGitUri(uri, commit.commit), title);
}

async function pickEvent(api: API, repositoryRoot: string, ref: ClientRef, commits: HistoryCommit[], oldest: string | undefined): Promise<void> {
  type Item = vscode.QuickPickItem & { commit?: HistoryCommit };
  const items: Item[] = [
    { label: `$(markdown) ${vscode.l10n.t('Open the history as a document')}` },
    ...commits.map((commit) => ({
      label: `${commit.date.slice(0, 10)}  ${commit.subject}`,
      description: `${commit.author} · ${commit.commit.slice(0, 7)}`,
      detail: describeCommit(commit).join(' · '),
      commit,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('History of {0}', ref.client.name),
    placeHolder: vscode.l10n.t('A change to see its diff'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  if (picked.commit) return openCommit(api, repositoryRoot, picked.commit, picked.commit.commit === oldest);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdownOf(ref, commits) });
  await vscode.window.showTextDocument(document, { preview: true });
  await Promise.resolve(vscode.commands.executeCommand('markdown.showPreview', document.uri)).catch(() => undefined);
}

/**
 * Client Notebook: Show History. The dossier opens with VS Code's Timeline
 * view beside it (every commit and save of the file), and a quick pick lists
 * the commits that moved the follow-up, changed the owner or added log
 * entries; picking one opens its diff, or the whole history as Markdown.
 * Returns the commits shown (the same as `client-notebook history --json`).
 */
export async function showHistory(notebooks: Notebooks, args: unknown[]): Promise<HistoryCommit[] | undefined> {
  const options = args.find(isHistoryOptions);
  // Before the client is asked for: without git there is no history to show.
  const found = await gitApi();
  if (!found.ok) {
    if (found.untrusted) refusedUntrusted(vscode.l10n.t('No history in an untrusted workspace: reading it runs git, which would run commands the repository sets. Trust the workspace to see the history.'));
    else void vscode.window.showErrorMessage(vscode.l10n.t('No history: {0}.', found.reason));
    return undefined;
  }
  const [ref] = await targetClients(notebooks, args.filter((arg) => !isHistoryOptions(arg)), vscode.l10n.t('Show history'));
  if (!ref) return undefined;
  const repository = found.api.getRepository(ref.uri) ?? (await found.api.openRepository?.(ref.root.uri)) ?? null;
  if (!repository || ref.uri.scheme !== 'file') {
    void vscode.window.showErrorMessage(vscode.l10n.t('No history: {0} is not in a git repository.', vscode.workspace.asRelativePath(ref.uri)));
    return undefined;
  }
  const root = repository.rootUri.fsPath;
  let output: string;
  try {
    output = await new Git(root, found.api.git.path).runAsync(historyLogArgs(path.relative(root, ref.uri.fsPath).split(path.sep).join('/')));
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    void vscode.window.showErrorMessage(vscode.l10n.t('No history: {0}.', error.message));
    return undefined;
  }
  const all = parseHistory(output);
  const commits = meaningfulCommits(all);
  await vscode.window.showTextDocument(ref.uri, { preview: false, preserveFocus: false });
  // The Timeline follows the active editor; this reveals it (in the Explorer) where the workbench has it.
  for (const command of ['files.openTimeline', 'timeline.focus']) {
    try {
      await vscode.commands.executeCommand(command);
      break;
    } catch {
      // Not in this workbench: try the next, or do without.
    }
  }
  if (options?.pick !== false) void pickEvent(found.api, root, ref, commits, all[all.length - 1]?.commit);
  return commits;
}
