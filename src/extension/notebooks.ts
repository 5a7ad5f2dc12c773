import * as vscode from 'vscode';
import { Client } from '../core/dossier/dossier';
import { excludeFilter } from '../core/notebook/exclude';
import { Clock, systemClock } from '../core/schedule/calendar';
import { config } from './config';
import { NotebookRoot } from './notebookRoot';

/** A client together with the notebook it lives in. */
export interface ClientRef {
  root: NotebookRoot;
  client: Client;
  uri: vscode.Uri;
}

/**
 * Every notebook of the window: one per workspace folder, or the folders the
 * `clientNotebook.roots` setting names. Fires one change event for any of them.
 */
export class Notebooks implements vscode.Disposable {
  private rootsValue: NotebookRoot[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private rootListeners: vscode.Disposable[] = [];
  clock: Clock = systemClock;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (config.affects(event, 'roots') || config.affects(event, 'exclude')) this.rebuild();
      }),
    );
    this.rebuild();
  }

  get roots(): readonly NotebookRoot[] {
    return this.rootsValue;
  }

  today(): number {
    return this.clock.today();
  }

  /** Resolves once every notebook has loaded and pending file events are in. */
  async settled(): Promise<void> {
    await Promise.all(this.rootsValue.map((root) => root.settled()));
  }

  *clients(): Generator<ClientRef> {
    for (const root of this.rootsValue) {
      for (const client of root.index.clients()) yield { root, client, uri: root.uriOf(client.path) };
    }
  }

  rootOf(uri: vscode.Uri): NotebookRoot | undefined {
    // The innermost root wins when roots are nested.
    return this.rootsValue
      .filter((root) => root.relativePath(uri) !== undefined)
      .sort((a, b) => b.uri.path.length - a.uri.path.length)[0];
  }

  clientAt(uri: vscode.Uri): ClientRef | undefined {
    const root = this.rootOf(uri);
    const client = root?.clientAt(uri);
    return root && client ? { root, client, uri: root.uriOf(client.path) } : undefined;
  }

  /** Tells every view to redraw (e.g. when the day changes). */
  notifyChanged(): void {
    this.changed.fire();
  }

  /** Reads every notebook again. */
  async refresh(): Promise<void> {
    await Promise.all(this.rootsValue.map((root) => root.resync()));
  }

  private rootUris(): { uri: vscode.Uri; name: string; folder?: vscode.WorkspaceFolder }[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const configured = config.roots();
    if (!configured.length) return folders.map((folder) => ({ uri: folder.uri, name: folder.name, folder }));
    const result: { uri: vscode.Uri; name: string; folder?: vscode.WorkspaceFolder }[] = [];
    for (const entry of configured) {
      const isAbsolute = entry.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(entry);
      if (isAbsolute) {
        const uri = folders[0] ? folders[0].uri.with({ path: entry.replace(/\\/g, '/') }) : vscode.Uri.file(entry);
        result.push({ uri, name: entry.split(/[\\/]/).filter(Boolean).pop() ?? entry });
      } else {
        for (const folder of folders) result.push({ uri: vscode.Uri.joinPath(folder.uri, entry), name: `${folder.name}/${entry}`, folder });
      }
    }
    return result;
  }

  private rebuild(): void {
    for (const listener of this.rootListeners) listener.dispose();
    for (const root of this.rootsValue) root.dispose();
    this.rootsValue = this.rootUris().map(({ uri, name, folder }) => new NotebookRoot(uri, name, excludeFilter(config.exclude(folder))));
    this.rootListeners = this.rootsValue.map((root) => root.onDidChange(() => this.changed.fire()));
    this.changed.fire();
  }

  dispose(): void {
    for (const listener of this.rootListeners) listener.dispose();
    for (const root of this.rootsValue) root.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
