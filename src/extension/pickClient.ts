import * as vscode from 'vscode';
import { searchClients } from '../core/notebook/search';
import { clientDetail } from './format';
import { ClientRef, Notebooks } from './notebooks';
import { compareNames } from '../core/text';

interface ClientPickItem extends vscode.QuickPickItem {
  ref: ClientRef;
}

/**
 * A quick pick over every client, matching what a person types against the
 * name, company, email, phone, tags and contacts, in any script
 * (`smirnova` finds Ольга Смирнова). VS Code's own fuzzy filter is off; the
 * engine's search decides what shows.
 */
export async function pickClient(notebooks: Notebooks, title: string): Promise<ClientRef | undefined> {
  await notebooks.settled();
  const refs = [...notebooks.clients()];
  const byClient = new Map(refs.map((ref) => [ref.client, ref]));
  const many = notebooks.roots.length > 1;
  const toItem = (ref: ClientRef): ClientPickItem => ({
    label: ref.client.name,
    description: clientDetail(ref.client),
    detail: many ? `${ref.root.name}/${ref.client.path}` : ref.client.path,
    alwaysShow: true,
    ref,
  });
  const everyone = refs.slice().sort((a, b) => compareNames(a.client.name, b.client.name)).map(toItem);

  const quickPick = vscode.window.createQuickPick<ClientPickItem>();
  quickPick.title = title;
  quickPick.placeholder = vscode.l10n.t('Type a name, company, email or phone');
  quickPick.matchOnDescription = false;
  quickPick.items = everyone;
  const listeners = [
    quickPick.onDidChangeValue((value) => {
      quickPick.items = value.trim()
        ? searchClients(byClient.keys(), value).map((match) => toItem(byClient.get(match.client)!))
        : everyone;
    }),
  ];
  try {
    return await new Promise<ClientRef | undefined>((resolve) => {
      listeners.push(
        quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]?.ref)),
        quickPick.onDidHide(() => resolve(undefined)),
      );
      quickPick.show();
    });
  } finally {
    for (const listener of listeners) listener.dispose();
    quickPick.dispose();
  }
}
