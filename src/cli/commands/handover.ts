import { parseArgs } from 'node:util';
import { planSetField } from '../../core/dossier/edit';
import { handoverCommitMessage } from '../../core/notebook/commitMessage';
import { clientsOwnedBy } from '../../core/notebook/handover';
import { beginCommit } from '../gitCommit';
import * as l10n from '@vscode/l10n';
import { sayAt } from '../l10n';
import { CliError, Session } from '../session';
import { editDossier } from './write';

/**
 * `handover --from OWNER --to OWNER`: every dossier whose `owner` is OWNER
 * (case and spacing do not matter) gets the new owner, as one reviewed
 * change. Without `--yes` it is a dry run that lists the dossiers and writes
 * nothing; `--dry-run` forces one even with `--yes`. Every file is planned
 * before any is written, so a file that cannot be edited stops the whole
 * hand-over. With `--commit`, one commit of exactly those files.
 */
export function runHandover(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, yes: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    allowPositionals: true,
  });
  const from = values.from?.trim();
  const to = values.to?.replace(/\s+/g, ' ').trim();
  if (!from || !to || positionals.length) throw new CliError(`${l10n.t('Usage:')} client-notebook handover --from OWNER --to OWNER [--yes] [--dry-run] [--commit]`, 2);
  const clients = clientsOwnedBy(session.index.clients(), from);
  const write = Boolean(values.yes) && !values['dry-run'];
  const logHeading = session.index.settings.logHeading;
  // Plan every file first: a hand-over happens whole or not at all.
  const failures: string[] = [];
  for (const client of clients) {
    const text = session.store.readSync(client.path) ?? '';
    const plan = planSetField(client.path, text, 'owner', to, logHeading);
    if (!plan.ok) failures.push(sayAt(client.path, plan, plan.message));
  }
  if (session.json) {
    session.io.out(JSON.stringify({ from, to, dry_run: !write, clients: clients.map((client) => ({ path: client.path, name: client.name, owner: client.owner })) }, null, 2));
  } else if (!clients.length) {
    session.io.out(l10n.t('No dossier has the owner "{0}".', from));
  } else {
    session.io.out(headingText(clients.length, from, to, write));
    for (const client of clients) session.io.out(`  ${client.path}  ${client.name}  (${l10n.t('owner: {0}', client.owner ?? '')})`);
  }
  if (failures.length) throw new CliError(`${l10n.t('these dossiers cannot be changed, so nothing was written:')}\n${failures.join('\n')}`);
  if (!write || !clients.length) {
    if (clients.length && !session.json) session.io.out(l10n.t('Dry run: nothing was written. Run again with --yes to write.'));
    return 0;
  }
  const paths = clients.map((client) => client.path);
  const pending = beginCommit(session, paths);
  for (const client of clients) editDossier(session, client, (text) => planSetField(client.path, text, 'owner', to, logHeading));
  if (!session.json) session.io.out(l10n.t('Dossiers written: {0}.', paths.length));
  pending.finish(paths, handoverCommitMessage(paths.length, clients[0].owner ?? from, to));
  return 0;
}

/** What the list below is: being handed over, or what --yes would hand over. */
function headingText(count: number, from: string, to: string, write: boolean): string {
  if (count === 1) return write ? l10n.t('Handing over 1 client from {0} to {1}:', from, to) : l10n.t('Would hand over 1 client from {0} to {1}:', from, to);
  return write ? l10n.t('Handing over {0} clients from {1} to {2}:', count, from, to) : l10n.t('Would hand over {0} clients from {1} to {2}:', count, from, to);
}
