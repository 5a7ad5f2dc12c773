import * as vscode from 'vscode';

/**
 * Restricted Mode (an untrusted workspace): the notebook is read and shown
 * as usual, every write waits for a yes, and git is not run at all, since
 * the repository's hooks and config (textconv, fsmonitor) are the
 * workspace's code.
 */

const MANAGE_TRUST = 'workbench.trust.manage';

function described(uris: readonly vscode.Uri[]): string {
  const shown = uris.slice(0, 3).map((uri) => vscode.workspace.asRelativePath(uri)).join(', ');
  return uris.length > 3 ? vscode.l10n.t('{0} and {1} more', shown, uris.length - 3) : shown;
}

/** True at once in a trusted workspace; in an untrusted one, only when the user says Write to these files. */
export async function mayWrite(uris: readonly vscode.Uri[]): Promise<boolean> {
  if (vscode.workspace.isTrusted) return true;
  const write = vscode.l10n.t('Write');
  const trust = vscode.l10n.t('Manage Workspace Trust');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('This workspace is not trusted. Change {0}?', described(uris)),
    { modal: true, detail: vscode.l10n.t('In an untrusted workspace Client Notebook asks before each change. Trust the workspace to stop being asked.') },
    write,
    trust,
  );
  if (answer === trust) void vscode.commands.executeCommand(MANAGE_TRUST);
  return answer === write;
}

/** Says why something was not done in an untrusted workspace, with a button to trust it. */
export function refusedUntrusted(message: string): void {
  const trust = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window.showWarningMessage(message, trust).then((answer) => {
    if (answer === trust) void vscode.commands.executeCommand(MANAGE_TRUST);
  });
}
