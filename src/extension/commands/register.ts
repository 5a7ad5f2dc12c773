import * as vscode from 'vscode';
import { Notebooks } from '../notebooks';
import { findClient, newClient, openDossier } from './clients';
import { exportCalendar, exportMailingList } from './export';
import { importContacts } from './importClients';
import { showHistory } from './history';
import { logInteraction } from './logInteraction';
import { reschedule, snooze } from './reschedule';

/** One command: its id and what it does, handed its dependencies. */
interface Command {
  id: string;
  run(...args: unknown[]): unknown;
}

export function registerCommands(context: vscode.ExtensionContext, notebooks: Notebooks): void {
  const commands: Command[] = [
    { id: 'clientNotebook.logInteraction', run: (...args) => logInteraction(notebooks, undefined, args) },
    { id: 'clientNotebook.logCall', run: (...args) => logInteraction(notebooks, 'call', args) },
    { id: 'clientNotebook.logMeeting', run: (...args) => logInteraction(notebooks, 'meeting', args) },
    { id: 'clientNotebook.logEmail', run: (...args) => logInteraction(notebooks, 'email', args) },
    { id: 'clientNotebook.reschedule', run: (...args) => reschedule(notebooks, args) },
    { id: 'clientNotebook.snooze', run: (...args) => snooze(notebooks, args) },
    { id: 'clientNotebook.newClient', run: (...args) => newClient(notebooks, args) },
    { id: 'clientNotebook.importContacts', run: (...args) => importContacts(notebooks, args) },
    { id: 'clientNotebook.findClient', run: () => findClient(notebooks) },
    { id: 'clientNotebook.openDossier', run: (...args) => openDossier(notebooks, args) },
    { id: 'clientNotebook.refresh', run: () => notebooks.refresh() },
    { id: 'clientNotebook.exportCalendar', run: (...args) => exportCalendar(notebooks, args) },
    { id: 'clientNotebook.exportMailingList', run: (...args) => exportMailingList(notebooks, args) },
    { id: 'clientNotebook.showHistory', run: (...args) => showHistory(notebooks, args) },
  ];
  for (const command of commands) context.subscriptions.push(vscode.commands.registerCommand(command.id, command.run));
}
