import * as vscode from 'vscode';
import { LogRequest, planLog } from '../../core/dossier/edit';
import { KNOWN_KINDS } from '../../core/dossier/logEntry';
import { logCommitMessage } from '../../core/notebook/commitMessage';
import { applyDossierEdit, showFailure } from '../dossierEdits';
import { displayDayTime, kindLabel } from '../format';
import { Notebooks } from '../notebooks';
import { pickNextContact } from '../pickDate';
import { hasTarget, phraseToDate, targetClients } from './targets';

/** The first step's title: the three kinds with their own command say it whole. */
function logTitle(kind: string): string {
  switch (kind) {
    case 'call': return vscode.l10n.t('Log call');
    case 'meeting': return vscode.l10n.t('Log meeting');
    case 'email': return vscode.l10n.t('Log email');
    default: return vscode.l10n.t('Log: {0}', kindLabel(kind));
  }
}

async function pickKind(): Promise<string | undefined> {
  const picked = await vscode.window.showQuickPick(
    KNOWN_KINDS.map((entryKind) => ({ label: kindLabel(entryKind), description: entryKind, entryKind })),
    { title: vscode.l10n.t('Log an interaction'), placeHolder: vscode.l10n.t('What kind of interaction?') },
  );
  return picked?.entryKind;
}

/**
 * What a keybinding or another extension can pass to skip the prompts:
 * `{ "text": "Left a voicemail", "next": "+3d" }` (`next: null` for no follow-up).
 */
export interface LogOptions {
  kind?: string;
  text: string;
  next?: string | null;
  /** Leave the next contact as it is (a congratulation is not the follow-up). */
  keepNext?: boolean;
  /** The note for the next contact; `""` removes it. */
  note?: string;
}

function isLogOptions(value: unknown): value is LogOptions {
  return typeof value === 'object' && value !== null && typeof (value as LogOptions).text === 'string';
}

/**
 * The Log flow, keyboard only: the client, what happened, the next contact,
 * and what to do then. One undoable edit.
 */
export async function logInteraction(notebooks: Notebooks, fixedKind: string | undefined, args: unknown[]): Promise<boolean> {
  const options = args.find(isLogOptions);
  const kind = fixedKind ?? options?.kind ?? (await pickKind());
  if (!kind) return false;
  const title = logTitle(kind);
  const targets = args.filter((arg) => !isLogOptions(arg));
  // Steps are counted in the titles; picking the client is one only when it is not given.
  const steps = (await hasTarget(notebooks, targets)) ? 3 : 4;
  let step = steps === 4 ? 1 : 0;
  const stepTitle = (text: string) => `${text} (${++step}/${steps})`;
  const [ref] = await targetClients(notebooks, targets, `${title} (1/${steps})`);
  if (!ref) return false;
  const text = options ? options.text : await vscode.window.showInputBox({
    title: stepTitle(`${title}: ${ref.client.name}`),
    prompt: vscode.l10n.t('What happened? (Enter to continue)'),
    placeHolder: kind === 'order' ? vscode.l10n.t('12500 PLN spring incentive trip') : kind === 'nps' ? vscode.l10n.t('9 likes how fast we answer') : vscode.l10n.t('Discussed the offer; sent v2'),
    ignoreFocusOut: true,
    validateInput: (value) => (kind === 'nps' && !/^\s*(10|[0-9])(?!\d)/.test(value) ? vscode.l10n.t('Start with a score from 0 to 10.') : undefined),
  });
  if (text === undefined) return false;
  const today = notebooks.today();
  const next = options?.keepNext ? undefined : options?.next !== undefined ? phraseToDate(options.next, ref, today) : await pickNextContact({
    title: stepTitle(vscode.l10n.t('Next contact with {0}', ref.client.name)),
    today,
    settings: ref.root.index.settings,
    client: ref.client,
    from: today,
    allowNone: true,
  });
  if (next === undefined && !options?.keepNext) return false;
  const request: LogRequest = { day: today, kind, text, next };
  if (next && !options) {
    // The old note was for the contact just made: ask for the next one (Enter leaves none).
    const note = await vscode.window.showInputBox({
      title: stepTitle(vscode.l10n.t('Next step with {0}', ref.client.name)),
      prompt: vscode.l10n.t('What to do or say at the next contact (optional; Enter to finish)'),
      placeHolder: ref.client.nextNote ? vscode.l10n.t('Before: {0}', ref.client.nextNote) : vscode.l10n.t('Send the revised offer'),
      ignoreFocusOut: true,
    });
    if (note === undefined) return false;
    request.note = note;
  } else if (options?.note !== undefined) {
    request.note = options.note;
  }
  const outcome = await applyDossierEdit(
    ref,
    (current) => planLog(ref.client.path, current, request, ref.root.index.settings.logHeading),
    (client) => logCommitMessage(kind, client.name, client.next),
  );
  if (!outcome.ok) {
    showFailure(outcome);
    return false;
  }
  vscode.window.setStatusBarMessage(
    next
      ? vscode.l10n.t('Logged for {0}: {1}; next contact {2}', ref.client.name, kindLabel(kind), displayDayTime(next.day, next.time))
      : vscode.l10n.t('Logged for {0}: {1}', ref.client.name, kindLabel(kind)),
    5000,
  );
  return true;
}
