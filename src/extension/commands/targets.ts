import * as vscode from 'vscode';
import { DateTime, Day } from '../../core/schedule/calendar';
import { parseDatePhrase, phraseDateTime } from '../../core/schedule/datePhrase';
import { ClientRef, Notebooks } from '../notebooks';
import { pickClient } from '../pickClient';
import { say } from '../format';

/** A tree row or anything else that carries a client. */
interface CarriesClient {
  ref: ClientRef;
}

function carriesClient(value: unknown): value is CarriesClient {
  return typeof value === 'object' && value !== null && 'ref' in value && typeof (value as CarriesClient).ref?.client === 'object';
}

/** Whether the arguments or the active editor already name the client, so no picker is needed. */
export async function hasTarget(notebooks: Notebooks, args: unknown[]): Promise<boolean> {
  const [first] = args;
  if (carriesClient(first) || first instanceof vscode.Uri) return true;
  const active = vscode.window.activeTextEditor?.document.uri;
  if (!active || first !== undefined) return false;
  await notebooks.settled();
  return notebooks.clientAt(active) !== undefined;
}

/**
 * The clients a command acts on: the selected tree rows, the row it was
 * invoked on, the dossier whose editor title it was invoked from, the active
 * dossier editor, or else the one the user picks.
 */
export async function targetClients(notebooks: Notebooks, args: unknown[], pickTitle: string): Promise<ClientRef[]> {
  const [first, second] = args;
  if (Array.isArray(second) && second.length > 1 && second.every(carriesClient)) return second.map((node) => node.ref);
  if (carriesClient(first)) return [first.ref];
  if (first instanceof vscode.Uri) {
    await notebooks.settled();
    const ref = notebooks.clientAt(first);
    if (ref) return [ref];
    void vscode.window.showErrorMessage(whyNotADossier(notebooks, first));
    return [];
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && first === undefined) {
    await notebooks.settled();
    const ref = notebooks.clientAt(active);
    if (ref) return [ref];
  }
  const picked = await pickClient(notebooks, pickTitle);
  return picked ? [picked] : [];
}

/** Names the file and the line that keep a file from being a dossier. */
function whyNotADossier(notebooks: Notebooks, uri: vscode.Uri): string {
  const root = notebooks.rootOf(uri);
  const path = root?.relativePath(uri);
  const problem = path === undefined ? undefined : root!.index.problems(path).find((each) => each.severity === 'error');
  if (problem) return `${vscode.workspace.asRelativePath(uri)}:${problem.line}:${problem.column}: ${say(problem.message)}`;
  return vscode.l10n.t('{0} is not a client dossier: its front matter needs a name.', vscode.workspace.asRelativePath(uri));
}

/** A date phrase passed as a command argument; `null` means no follow-up. Throws on a phrase that is not a date. */
export function phraseToDate(phrase: string | null, ref: ClientRef, today: Day): DateTime | null {
  if (phrase === null) return null;
  const { weekStartsOn, workingDays } = ref.root.index.settings;
  const parsed = parseDatePhrase(phrase, { today, weekStartsOn, workingDays });
  if (!parsed.ok) throw new Error(say(parsed.message));
  return phraseDateTime(parsed);
}
