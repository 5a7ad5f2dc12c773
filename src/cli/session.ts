import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '../core/dossier/dossier';
import { NotebookIndex } from '../core/notebook/notebookIndex';
import { safeRelativePath } from '../core/notebook/paths';
import { searchClients } from '../core/notebook/search';
import { Clock, fixedClock, parseIsoDate, systemClock } from '../core/schedule/calendar';
import { PhraseContext } from '../core/schedule/datePhrase';
import { NodeFileStore } from '../node/fileStore';
import { loadNotebookCached } from '../node/indexCache';
import * as l10n from '@vscode/l10n';
import { sayAt } from './l10n';

/** A failure the user can act on: printed without a stack, with an exit status. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface Output {
  out(text: string): void;
  err(text: string): void;
  /** Writes the text exactly as it is, without a newline (a file's bytes to stdout). */
  write?(text: string): void;
}

/** One run of the command: the notebook, the clock and where output goes. */
export interface Session {
  root: string;
  store: NodeFileStore;
  index: NotebookIndex;
  clock: Clock;
  io: Output;
  json: boolean;
  /** `--commit`: each change becomes one git commit of the files it changed (see gitCommit.ts). */
  commit?: boolean;
}

export function clockFrom(today: string | undefined): Clock {
  if (today === undefined) return systemClock;
  const day = parseIsoDate(today);
  if (day === undefined) throw new CliError(l10n.t('--{0} "{1}" is not a date; use YYYY-MM-DD.', 'today', today), 2);
  return fixedClock(day, systemClock.minutesNow());
}

export async function openSession(root: string, today: string | undefined, json: boolean, io: Output): Promise<Session> {
  const resolved = path.resolve(root);
  if (!fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(l10n.t('The notebook folder {0} does not exist.', resolved), 2);
  const store = new NodeFileStore(resolved);
  const clock = clockFrom(today);
  // A second start reads only the dossiers that changed (see src/node/indexCache.ts).
  const { index } = await loadNotebookCached(store);
  return { root: resolved, store, index, clock, io, json };
}

export function phraseContext(session: Session): PhraseContext {
  const { weekStartsOn, workingDays } = session.index.settings;
  return { today: session.clock.today(), weekStartsOn, workingDays };
}

function describe(client: Client): string {
  const details = [client.company, client.emails[0]].filter(Boolean).join(', ');
  return `  ${client.path}  ${client.name}${details ? ` (${details})` : ''}`;
}

/**
 * The one client a CLIENT argument names: a dossier's path, or a name (or
 * part of one, in any script). Several matches is an error listing them.
 */
export function resolveClient(session: Session, argument: string): Client {
  const asPath = safeRelativePath(path.isAbsolute(argument) ? path.relative(session.root, argument) : argument);
  const byPath = asPath && session.index.client(asPath);
  if (byPath) return byPath;
  const unreadable = asPath && session.index.problems(asPath).find((problem) => problem.severity === 'error');
  if (unreadable) throw new CliError(`${sayAt(unreadable.path, unreadable, unreadable.message)} ${l10n.t('Nothing was written.')}`);
  const matches = searchClients(session.index.clients(), argument);
  const exact = matches.filter((match) => match.rank === 3);
  const best = exact.length ? exact : matches;
  if (best.length === 1) return best[0].client;
  if (best.length === 0) throw new CliError(l10n.t('No client matches "{0}". Try part of the name, the company, an email or a path.', argument), 2);
  throw new CliError(`${l10n.t('"{0}" matches {1} clients; nothing was written. Name one by its path:', argument, best.length)}\n${best.map((match) => describe(match.client)).join('\n')}`, 2);
}
