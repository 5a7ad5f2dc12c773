import { parseArgs } from 'node:util';
import { LogRequest, ScheduleChange, planLog, planReschedule } from '../../core/dossier/edit';
import { DateTime, Day, formatDateTime, parseIsoDateTime } from '../../core/schedule/calendar';
import { parseDatePhrase, phraseDateTime } from '../../core/schedule/datePhrase';
import { cadenceOf } from '../../core/notebook/agenda';
import { addDuration } from '../../core/schedule/duration';
import { logCommitMessage, rescheduleCommitMessage } from '../../core/notebook/commitMessage';
import { beginCommit } from '../gitCommit';
import { CliError, Session, phraseContext, resolveClient } from '../session';
import { editDossier } from './write';
import * as l10n from '@vscode/l10n';
import { kindText } from '../render';
import { say } from '../l10n';

const NO_FOLLOW_UP = new Set(['none', 'never', 'no', '-']);

/** WHEN as typed: a date phrase, or `none` to clear the follow-up. */
function parseWhen(session: Session, when: string, option: string): DateTime | null {
  if (NO_FOLLOW_UP.has(when.trim().toLowerCase())) return null;
  const parsed = parseDatePhrase(when, phraseContext(session));
  if (!parsed.ok) throw new CliError(`${option} "${when}": ${say(parsed.message)}`, 2);
  return phraseDateTime(parsed);
}

/** The follow-up as written; a day before today is most likely a slip of the year, so it says so. */
function describeNext(next: DateTime | undefined, today: Day): string {
  if (!next) return l10n.t('no next contact');
  return next.day < today ? l10n.t('next contact {0}, in the past: overdue already', formatDateTime(next)) : l10n.t('next contact {0}', formatDateTime(next));
}

export function runLog(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { at: { type: 'string' }, next: { type: 'string' }, action: { type: 'string' }, note: { type: 'string' } },
    allowPositionals: true,
  });
  const [clientArgument, kind, ...words] = positionals;
  if (!clientArgument || !kind) throw new CliError(`${l10n.t('Usage:')} client-notebook log CLIENT KIND TEXT... [--at "YYYY-MM-DD HH:MM"] [--next WHEN] [--action A] [--note N]`, 2);
  const client = resolveClient(session, clientArgument);
  let at: DateTime = { day: session.clock.today() };
  if (values.at !== undefined) {
    const parsed = parseIsoDateTime(values.at.trim());
    if (!parsed) throw new CliError(l10n.t('--at "{0}" is not a date; use "YYYY-MM-DD" or "YYYY-MM-DD HH:MM".', values.at), 2);
    at = parsed;
  }
  const request: LogRequest = { day: at.day, time: at.time, kind, text: words.join(' '), action: values.action, note: values.note };
  if (values.next !== undefined) {
    request.next = parseWhen(session, values.next, '--next');
  } else {
    const cadence = cadenceOf(client, session.index.settings);
    if (cadence) request.next = { day: addDuration(at.day, cadence, session.index.settings.workingDays) };
  }
  const pending = beginCommit(session, [client.path]);
  const updated = editDossier(session, client, (text) => planLog(client.path, text, request, session.index.settings.logHeading));
  session.io.out(l10n.t('{0}: logged {1} on {2}; {3}.', updated.path, kindText(kind), formatDateTime(at), describeNext(updated.next, session.clock.today())));
  pending.finish([updated.path], logCommitMessage(kind, updated.name, updated.next));
  return 0;
}

export function runReschedule(session: Session, args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    options: { action: { type: 'string' }, note: { type: 'string' } },
    allowPositionals: true,
  });
  const [clientArgument, ...when] = positionals;
  if (!clientArgument || !when.length) throw new CliError(`${l10n.t('Usage:')} client-notebook reschedule CLIENT WHEN [--action A] [--note N]`, 2);
  const client = resolveClient(session, clientArgument);
  const change: ScheduleChange = { next: parseWhen(session, when.join(' '), 'WHEN'), action: values.action, note: values.note };
  const pending = beginCommit(session, [client.path]);
  const updated = editDossier(session, client, (text) => planReschedule(client.path, text, change, session.index.settings.logHeading));
  session.io.out(`${updated.path}: ${describeNext(updated.next, session.clock.today())}.`);
  pending.finish([updated.path], rescheduleCommitMessage({ name: updated.name }, updated.next ?? null));
  return 0;
}
