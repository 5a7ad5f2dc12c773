import * as vscode from 'vscode';
import type { API, GitExtension } from './gitApi';

/** Why there is no git: Restricted Mode (each caller says so in its own words, with a way to trust the workspace), or a reason to show. */
export type NoGit = { ok: false; untrusted: true } | { ok: false; untrusted?: undefined; reason: string };

export type GitApiResult = { ok: true; api: API } | NoGit;

/**
 * VS Code's built-in Git extension, activated if need be. It is missing in
 * a virtual workspace (a browser without a file system) and when the user
 * disabled it or set `git.enabled` to false.
 *
 * In an untrusted workspace it is never handed out: the repository's hooks
 * and config (fsmonitor, gpg.program for log.showSignature, textconv) are
 * the workspace's code, and every git command the notebook runs goes through
 * here, so this is the one place that keeps git from running there.
 */
export async function gitApi(): Promise<GitApiResult> {
  if (!vscode.workspace.isTrusted) return { ok: false, untrusted: true };
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return { ok: false, reason: vscode.l10n.t('the Git extension of VS Code is not available here (a virtual workspace, or the extension is disabled)') };
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    if (!exports?.enabled) return { ok: false, reason: vscode.l10n.t('Git is turned off (the git.enabled setting)') };
    return { ok: true, api: exports.getAPI(1) };
  } catch (error) {
    return { ok: false, reason: vscode.l10n.t('the Git extension could not start: {0}', error instanceof Error ? error.message : String(error)) };
  }
}
