import * as vscode from 'vscode';
import { config } from '../config';
import { refusedUntrusted } from '../trust';
import type { Change, Repository } from './gitApi';
import { NoGit, gitApi } from './gitExtension';

/**
 * The `clientNotebook.git.commitOnChange` setting: every logged interaction,
 * reschedule, Balance or import becomes one commit of exactly the dossiers it
 * changed, through VS Code's Git extension.
 *
 * The Git extension's `commit` has no pathspec; it commits what is staged.
 * So the notebook commits only when nothing but its own files would be in
 * the commit:
 * - a dossier that already differed from HEAD before the edit (the user's own
 *   uncommitted work, staged or not), or that is open with unsaved changes,
 *   is written but not committed;
 * - when other files are staged, nothing is committed (they would be swept in);
 * - other unstaged or untracked files never matter.
 * Each time it does not commit, a warning says why. When the Git extension is
 * unavailable, or the notebook is not in a repository, it says so once and
 * carries on without committing. In an untrusted workspace it does not run
 * git at all (the repository's hooks would run), and says so once.
 */
export interface PendingCommit {
  /** `written` are the files the edit changed on disk; `unsaved` those it left in a dirty editor. */
  finish(message: string, written: vscode.Uri[], unsaved: vscode.Uri[]): Promise<void>;
}

const NOTHING: PendingCommit = { finish: async () => undefined };

/** Reasons already shown in this window: "Git is unavailable" is said once, not on every edit. */
const saidOnce = new Set<string>();

/** Why nothing is committed, said once per window; in an untrusted workspace with a way to trust it. */
function sayOnce(why: NoGit): void {
  const key = why.untrusted ? '' : why.reason; // '' is no reason's text
  if (saidOnce.has(key)) return;
  saidOnce.add(key);
  if (why.untrusted) {
    refusedUntrusted(vscode.l10n.t('Client Notebook does not commit changes in an untrusted workspace: git would run the hooks and settings of the repository. The changes themselves are made.'));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Client Notebook does not commit changes: {0}.', why.reason));
  }
}

function notCommitted(reason: string): void {
  void vscode.window.showWarningMessage(vscode.l10n.t('Not committed: {0}. The change itself was made.', reason));
}

function key(uri: vscode.Uri): string {
  return uri.with({ fragment: '', query: '' }).fsPath;
}

function changedPaths(changes: readonly Change[]): Set<string> {
  const paths = new Set<string>();
  for (const change of changes) {
    paths.add(key(change.uri));
    paths.add(key(change.originalUri));
    if (change.renameUri) paths.add(key(change.renameUri));
  }
  return paths;
}

function workingChanges(repository: Repository): Set<string> {
  const state = repository.state;
  return changedPaths([...state.workingTreeChanges, ...(state.untrackedChanges ?? []), ...state.mergeChanges]);
}

const names = (uris: vscode.Uri[]) => uris.map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');

/**
 * Called before an edit with the dossiers it will change. Returns at once
 * (no Git work at all) when the setting is off or there is no message.
 */
export async function beginCommit(uris: vscode.Uri[], enabled = config.gitCommitOnChange(uris[0])): Promise<PendingCommit> {
  if (!enabled || !uris.length) return NOTHING;
  const found = await gitApi();
  if (!found.ok) {
    sayOnce(found);
    return NOTHING;
  }
  const repository = found.api.getRepository(uris[0]);
  if (!repository) {
    sayOnce({ ok: false, reason: vscode.l10n.t('{0} is not in a git repository that VS Code has open', vscode.workspace.asRelativePath(uris[0])) });
    return NOTHING;
  }
  if (uris.some((uri) => found.api.getRepository(uri)?.rootUri.toString() !== repository.rootUri.toString())) {
    return { finish: async () => notCommitted(vscode.l10n.t('the files are in different repositories')) };
  }
  await repository.status();
  const before = new Set([...changedPaths(repository.state.indexChanges), ...workingChanges(repository)]);
  const dirtyBefore = uris.filter((uri) => before.has(key(uri)));
  return {
    async finish(message, written, unsaved) {
      if (dirtyBefore.length) return notCommitted(vscode.l10n.t('{0} already had uncommitted changes of your own, which the commit would include', names(dirtyBefore)));
      if (unsaved.length) return notCommitted(vscode.l10n.t('{0} has unsaved changes in its editor', names(unsaved)));
      try {
        await repository.status();
        const ours = new Set(written.map(key));
        const otherStaged = repository.state.indexChanges.filter((change) => !ours.has(key(change.uri)));
        if (otherStaged.length) {
          return notCommitted(vscode.l10n.t('other changes are staged ({0}); commit or unstage them first', names(otherStaged.map((change) => change.uri))));
        }
        const working = workingChanges(repository);
        const staged = changedPaths(repository.state.indexChanges);
        const toCommit = written.filter((uri) => working.has(key(uri)) || staged.has(key(uri)));
        if (!toCommit.length) return;
        await repository.add(toCommit.map((uri) => uri.fsPath));
        await repository.commit(message, { all: false });
      } catch (error) {
        notCommitted(vscode.l10n.t('git failed: {0}', error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
