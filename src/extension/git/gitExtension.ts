import * as vscode from 'vscode';
import type { API, GitExtension } from './gitApi';

export type GitApiResult = { ok: true; api: API } | { ok: false; reason: string };

/**
 * VS Code's built-in Git extension, activated if need be. It is missing in
 * a virtual workspace (a browser without a file system) and when the user
 * disabled it or set `git.enabled` to false.
 */
export async function gitApi(): Promise<GitApiResult> {
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
