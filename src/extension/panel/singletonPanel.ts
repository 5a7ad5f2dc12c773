import * as vscode from 'vscode';
import { Notebooks } from '../notebooks';
import { panelOptions, webviewHtml } from './webviewHtml';

/**
 * What every panel shares: the hardened page, messages from the webview in,
 * the state sent again whenever it may have changed (the panel shown again,
 * a notebook changed) once the webview has said it is ready. A hidden panel
 * is sent nothing: its state is built when it is shown again.
 */
export abstract class NotebookPanel implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  private ready = false;

  constructor(readonly panel: vscode.WebviewPanel, extensionUri: vscode.Uri, protected readonly notebooks: Notebooks, page: { stylesheet: string; script: string }) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'notebook.svg');
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { title: panel.title, ...page });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.post();
      }),
      notebooks.onDidChange(() => this.post()),
    );
  }

  /** Handles one message from the panel; anything that is not a known message is dropped. */
  abstract receive(raw: unknown): Promise<void>;

  /** Builds the state and sends it to the webview. */
  protected abstract send(): void;

  /** The webview's handshake: from now on it gets every state, the first once the notebooks are read. */
  protected async onReady(): Promise<void> {
    this.ready = true;
    await this.notebooks.settled();
    this.post();
  }

  protected post(): void {
    if (this.ready && this.panel.visible) this.send();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.panel.dispose();
  }
}

/** A kind of panel, for its slot. */
export interface PanelKind<P extends NotebookPanel, S> {
  viewType: string;
  /** The command that shows the panel. */
  command: string;
  /** The tab's title (in the user's language, so asked for when needed). */
  title: () => string;
  /** The state of a panel the command opens. */
  initial: S;
  /** The state the webview saved before a reload; anything may come back, so it is checked. */
  restore: (saved: unknown) => S;
  create: (panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, state: S) => P;
}

/**
 * The one panel of a kind: its command reveals it or opens it, a window
 * reload brings it back (the serializer) in the state its webview saved, and
 * it goes when its tab is closed or the extension stops.
 */
export class PanelSlot<P extends NotebookPanel, S> {
  private current: P | undefined;

  constructor(private readonly kind: PanelKind<P, S>) {}

  get instance(): P | undefined {
    return this.current;
  }

  show(context: vscode.ExtensionContext, notebooks: Notebooks): P {
    if (this.current) {
      this.current.panel.reveal();
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.kind.title(), vscode.ViewColumn.Active, panelOptions(context.extensionUri));
    return this.hold(this.kind.create(panel, context, notebooks, this.kind.initial));
  }

  /** The command that shows the panel, and the serializer that brings it back after a reload. */
  register(context: vscode.ExtensionContext, notebooks: Notebooks): void {
    context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(this.kind.viewType, {
        deserializeWebviewPanel: async (panel, saved) => {
          this.revive(panel, context, notebooks, saved);
        },
      }),
      vscode.commands.registerCommand(this.kind.command, () => this.show(context, notebooks)),
      { dispose: () => this.current?.dispose() },
    );
  }

  private revive(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, notebooks: Notebooks, saved: unknown): P {
    panel.webview.options = panelOptions(context.extensionUri);
    panel.title = this.kind.title(); // the saved tab kept the title in the language of before the reload
    const state = this.kind.restore(saved);
    this.current?.dispose();
    return this.hold(this.kind.create(panel, context, notebooks, state));
  }

  private hold(created: P): P {
    created.panel.onDidDispose(() => {
      if (this.current === created) this.current = undefined;
    });
    return (this.current = created);
  }
}
