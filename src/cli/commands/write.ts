import { Client } from '../../core/dossier/dossier';
import { EditPlan } from '../../core/dossier/edit';
import { ChangedOnDisk, writeFileAtomic } from '../../node/atomicWrite';
import * as l10n from '@vscode/l10n';
import { sayAt } from '../l10n';
import { CliError, Session } from '../session';

/**
 * Reads a dossier, plans an edit on exactly that text, and writes the result
 * atomically only if the file still holds that text.
 */
export function editDossier(session: Session, client: Client, plan: (text: string) => EditPlan): Client {
  const text = session.store.readSync(client.path);
  if (text === undefined) throw new CliError(l10n.t('{0} no longer exists.', client.path));
  const result = plan(text);
  if (!result.ok) throw new CliError(sayAt(client.path, result, result.message));
  try {
    writeFileAtomic(session.store.absolute(client.path), result.text, text);
  } catch (error) {
    if (error instanceof ChangedOnDisk) throw new CliError(l10n.t('{0}: changed on disk while the command ran; nothing was written. Run it again.', client.path));
    throw error;
  }
  return result.client;
}
