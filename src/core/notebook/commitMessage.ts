import { DateTime, formatDateTime } from '../schedule/calendar';

/**
 * The subjects of the commits the notebook makes (with `--commit` or the
 * `clientNotebook.git.commitOnChange` setting): one readable line that says
 * what happened, so `git log` reads as the notebook's diary. They stay in
 * English whatever the editor's language, like the files themselves.
 */

function nextPart(next: DateTime | undefined): string {
  return next ? ` (next: ${formatDateTime(next)})` : '';
}

function clients(count: number): string {
  return count === 1 ? '1 client' : `${count} clients`;
}

/** `Log call: Anna Kowalska (next: 2026-12-01)`; `next` is the follow-up after the edit. */
export function logCommitMessage(kind: string, name: string, next: DateTime | undefined): string {
  return `Log ${kind.trim().toLowerCase()}: ${name}${nextPart(next)}`;
}

/** `Reschedule: Anna Kowalska (next: 2026-12-01)`, `Reschedule: 3 clients (next: …)`, `… (no follow-up)`. */
export function rescheduleCommitMessage(who: { name: string } | { count: number }, next: DateTime | null | undefined): string {
  const subject = 'name' in who ? who.name : clients(who.count);
  return `Reschedule: ${subject}${next ? nextPart(next) : ' (no follow-up)'}`;
}

/** `Balance: 5 follow-ups moved`. */
export function balanceCommitMessage(moved: number): string {
  return `Balance: ${moved} follow-up${moved === 1 ? '' : 's'} moved`;
}

/** `Import: 12 clients`. */
export function importCommitMessage(created: number): string {
  return `Import: ${clients(created)}`;
}

/** `New client: Anna Kowalska`. */
export function newClientCommitMessage(name: string): string {
  return `New client: ${name}`;
}

/** `Hand-over: 3 clients from Maria Nowak to Jan Kowalski`. */
export function handoverCommitMessage(count: number, from: string, to: string): string {
  return `Hand-over: ${clients(count)} from ${from} to ${to}`;
}
