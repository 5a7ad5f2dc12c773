import { parseArgs } from 'node:util';
import { formatHistory, historyLogArgs, meaningfulCommits, parseHistory } from '../../core/notebook/history';
import { Git, GitError } from '../../node/git';
import * as l10n from '@vscode/l10n';
import { CliError, Session, resolveClient } from '../session';

/**
 * `history CLIENT`: the dossier's history from `git log --follow -p`, newest
 * first: when `next_contact` (and `owner`) moved, which log entries each
 * commit added, with its author, date and subject. `--all` also lists the
 * commits that changed nothing of that (a typo fixed in the notes).
 */
export function runHistory(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { all: { type: 'boolean' } }, allowPositionals: true });
  const argument = positionals.join(' ').trim();
  if (!argument) throw new CliError(`${l10n.t('Usage:')} client-notebook history CLIENT [--all] [--json]`, 2);
  const client = resolveClient(session, argument);
  let output: string;
  try {
    output = new Git(session.root).run(historyLogArgs(client.path));
  } catch (error) {
    if (error instanceof GitError) throw new CliError(l10n.t('no history for {0}: {1}.', client.path, error.message));
    throw error;
  }
  const parsed = parseHistory(output);
  const commits = values.all ? parsed : meaningfulCommits(parsed);
  if (session.json) {
    session.io.out(JSON.stringify({ path: client.path, name: client.name, commits }, null, 2));
  } else if (!parsed.length) {
    session.io.out(l10n.t('{0}: {1} has no history in git yet (the file was never committed).', client.path, client.name));
  } else if (!commits.length) {
    session.io.out(l10n.t('{0}: no commit of {1} moved a follow-up, changed the owner or added to the log; --all lists every commit.', client.path, client.name));
  } else {
    session.io.out(formatHistory(client.path, client.name, commits));
  }
  return 0;
}
