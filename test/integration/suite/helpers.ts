import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClientNotebookApi } from '../../../src/extension/extension';
import type { FollowUpNode } from '../../../src/extension/views/followUps';

export const EXTENSION_ID = 'client-notebook.client-notebook';

/** The fixture the workspace is a copy of (this file runs from out/test/integration/suite). */
const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/notebook-basic');

/** Puts the workspace back as the fixture has it, and lets the notebook catch up. */
export async function restoreWorkspace(api: ClientNotebookApi): Promise<void> {
  // Only what differs is written, so no stray file events reach the next test.
  const restore = (from: string, to: string) => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) {
        fs.mkdirSync(target, { recursive: true });
        restore(source, target);
      } else if (!fs.existsSync(target) || !fs.readFileSync(target).equals(fs.readFileSync(source))) {
        fs.copyFileSync(source, target);
      }
    }
  };
  restore(FIXTURE, diskPath());
  await api.notebooks.refresh();
}

export async function activate(today = '2026-11-25'): Promise<ClientNotebookApi> {
  const extension = vscode.extensions.getExtension<ClientNotebookApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  api.setToday(today);
  await api.notebooks.settled();
  return api;
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** The path on this machine (the extension host runs beside the files). */
export function diskPath(...parts: string[]): string {
  return workspaceUri(...parts).path;
}

export function readDisk(...parts: string[]): string {
  return fs.readFileSync(diskPath(...parts), 'utf8');
}

/** Polls until `check` holds, or fails with `what` after `ms`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `group title: client names` for every group of the Follow-ups tree. */
export function treeSummary(api: ClientNotebookApi): string[] {
  return api.followUps.getChildren().map((group) => {
    const children = api.followUps.getChildren(group).map((node: FollowUpNode) => String(api.followUps.getTreeItem(node).label));
    return `${String(api.followUps.getTreeItem(group).label)}: ${children.join(', ')}`;
  });
}

export function clientNode(api: ClientNotebookApi, path: string): FollowUpNode {
  for (const group of api.followUps.getChildren()) {
    for (const node of api.followUps.getChildren(group)) if (node.kind === 'client' && node.ref.client.path === path) return node;
  }
  throw new Error(`${path} is not in the Follow-ups tree`);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
