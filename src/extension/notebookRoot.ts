import * as path from 'node:path';
import * as vscode from 'vscode';
import { Client } from '../core/dossier/dossier';
import { LoadOptions, readForIndex, slicesOf, syncNotebook } from '../core/notebook/load';
import { isReadFolder } from '../core/notebook/paths';
import { NotebookIndex } from '../core/notebook/notebookIndex';
import { NotebookStore } from '../core/notebook/store';
import { NodeFileStore } from '../node/fileStore';
import { WorkspaceFsStore } from './workspaceFsStore';

/** Lets the extension host run other work (other extensions, our own commands) between slices of a load. */
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long file events are gathered before the index is updated once. */
const DEBOUNCE_MS = 150;
/** During a storm (a checkout, a pull) events come in bursts with gaps: wait longer, update once. */
const STORM_FILES = 20;
const STORM_DEBOUNCE_MS = 1000;

/**
 * One notebook folder: its index, kept true by one debounced file watcher.
 * A `git pull` that changes thousands of dossiers becomes one update.
 */
export class NotebookRoot implements vscode.Disposable {
  readonly index = new NotebookIndex();
  readonly store: NotebookStore;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pending = new Map<string, 'set' | 'delete'>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void>;
  /** Every change to the index runs on this chain, one after another (see {@link enqueue}). */
  private work: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(readonly uri: vscode.Uri, readonly name: string, private readonly include: (path: string) => boolean) {
    this.store = uri.scheme === 'file' ? new NodeFileStore(uri.fsPath) : new WorkspaceFsStore(uri);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '**/*.{md,yaml,yml}'));
    this.disposables.push(
      watcher,
      watcher.onDidCreate((file) => this.queue(file, 'set')),
      watcher.onDidChange((file) => this.queue(file, 'set')),
      watcher.onDidDelete((file) => this.queue(file, 'delete')),
    );
    // The first load starts after activate() returns: listing the folders
    // is synchronous in the Node store, and VS Code waits for activate.
    this.loading = new Promise<void>((resolve) => setImmediate(resolve)).then(() => (this.disposed ? undefined : this.resync()));
  }

  /** Resolves once the first full load is done. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Reads again what changed on disk (by size and time), e.g. for Refresh. */
  resync(): Promise<void> {
    this.loading = this.enqueue(async () => {
      await syncNotebook(this.index, this.store, this.loadOptions);
      this.changed.fire();
    });
    return this.loading;
  }

  /**
   * Runs a change to the index after the ones before it. A load gives the host back
   * between slices of files, and a flush or a Refresh in such a gap would otherwise
   * meet it half done (its removal pass would drop a file created meanwhile).
   */
  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.work.then(() => (this.disposed ? undefined : task()));
    this.work = run.catch(() => undefined);
    return run;
  }

  private get loadOptions(): LoadOptions {
    return { include: this.include, pause: yieldToHost };
  }

  /**
   * Whether the notebook reads dossiers in this folder ('' is its top): no name the engine
   * skips, and neither it nor a folder above it left out by `clientNotebook.exclude`.
   */
  readsFolder(folder: string): boolean {
    if (!isReadFolder(folder)) return false;
    const parts = folder ? folder.split('/') : [];
    return parts.every((_, index) => this.include(parts.slice(0, index + 1).join('/')));
  }

  uriOf(relativePath: string): vscode.Uri {
    return vscode.Uri.joinPath(this.uri, ...relativePath.split('/'));
  }

  /** The notebook-relative path of a URI inside this root, `/` separated. */
  relativePath(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.uri.scheme || uri.authority !== this.uri.authority) return undefined;
    const relative = path.posix.relative(this.uri.path, uri.path);
    if (!relative || relative.startsWith('..') || path.posix.isAbsolute(relative)) return undefined;
    return relative;
  }

  clientAt(uri: vscode.Uri): Client | undefined {
    const relative = this.relativePath(uri);
    return relative === undefined ? undefined : this.index.client(relative);
  }

  /** Waits for queued file events to reach the index (tests and commands use it). */
  async settled(): Promise<void> {
    await this.loading;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.enqueue(() => this.flush());
    }
    await this.work;
  }

  private queue(uri: vscode.Uri, change: 'set' | 'delete'): void {
    const relative = this.relativePath(uri);
    if (relative === undefined || !this.include(relative)) return;
    this.pending.set(relative, change);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueue(() => this.flush());
    }, this.pending.size > STORM_FILES ? STORM_DEBOUNCE_MS : DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = [...this.pending];
    this.pending.clear();
    if (batch.length > STORM_FILES) {
      // A watcher may drop events in a storm: compare the whole notebook by size and time instead.
      await syncNotebook(this.index, this.store, this.loadOptions);
      this.changed.fire();
      return;
    }
    let rereadAll = false;
    for (const [relative, change] of batch) {
      if (change === 'delete') {
        this.index.delete(relative);
        continue;
      }
      const file = await readForIndex(this.store, relative);
      const effect = file === undefined ? this.index.delete(relative) : this.index.setRead(relative, file);
      if (effect === 'rereadAll') rereadAll = true;
    }
    if (rereadAll) {
      const nextFile = slicesOf(yieldToHost);
      for (const relative of [...this.index.paths()]) {
        await nextFile();
        const file = await readForIndex(this.store, relative);
        if (file === undefined) this.index.delete(relative);
        else this.index.setRead(relative, file);
      }
    }
    this.changed.fire();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
