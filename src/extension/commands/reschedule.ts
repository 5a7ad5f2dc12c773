import * as vscode from 'vscode';
import { planReschedule } from '../../core/dossier/edit';
import { parseDatePhrase } from '../../core/schedule/datePhrase';
import { rescheduleCommitMessage } from '../../core/notebook/commitMessage';
import { applyDossierEdits, showFailure } from '../dossierEdits';
import { displayDayTime, relativeDay } from '../format';
import { Notebooks } from '../notebooks';
import { ClientRef } from '../notebooks';
import { NextContactChoice, pickNextContact } from '../pickDate';
import { DateTime } from '../../core/schedule/calendar';
import { phraseToDate, targetClients } from './targets';

/** Moves every client's next contact; `keepTime` keeps each one's time of day (snoozing). */
async function moveAll(refs: ClientRef[], next: DateTime | null, keepTime = false): Promise<boolean> {
  const outcome = await applyDossierEdits(refs.map((ref) => {
    const time = keepTime ? ref.client.next?.time : next?.time;
    const target = next && { day: next.day, ...(time === undefined ? {} : { time }) };
    return { ref, plan: (text: string) => planReschedule(ref.client.path, text, { next: target }, ref.root.index.settings.logHeading) };
  }), (clients) => rescheduleCommitMessage(clients.length === 1 ? { name: clients[0].name } : { count: clients.length }, clients.length === 1 ? clients[0].next : next));
  if (!outcome.ok) {
    showFailure(outcome);
    return false;
  }
  const when = next && displayDayTime(next.day, next.time);
  const message = refs.length === 1
    ? (when ? vscode.l10n.t('{0}: next contact {1}', refs[0].client.name, when) : vscode.l10n.t('{0}: no follow-up', refs[0].client.name))
    : (when ? vscode.l10n.t('Clients rescheduled: {0}; next contact {1}', refs.length, when) : vscode.l10n.t('Clients left without a follow-up: {0}', refs.length));
  vscode.window.setStatusBarMessage(message, 5000);
  return true;
}

/** `{ "next": "+1w" }` from a keybinding or another extension skips the date picker. */
interface RescheduleOptions {
  next: string | null;
}

function isRescheduleOptions(value: unknown): value is RescheduleOptions {
  return typeof value === 'object' && value !== null && 'next' in value && !('ref' in value);
}

/** Reschedule: one client or every selected tree row, to a preset or a typed date. */
export async function reschedule(notebooks: Notebooks, args: unknown[]): Promise<boolean> {
  const options = args.find(isRescheduleOptions);
  const refs = await targetClients(notebooks, args.filter((arg) => !isRescheduleOptions(arg)), vscode.l10n.t('Reschedule'));
  if (!refs.length) return false;
  if (options) return moveAll(refs, phraseToDate(options.next, refs[0], notebooks.today()));
  const title = refs.length === 1 ? vscode.l10n.t('Reschedule {0}', refs[0].client.name) : vscode.l10n.t('Reschedule clients ({0})', refs.length);
  const next: NextContactChoice = await pickNextContact({
    title,
    today: notebooks.today(),
    settings: refs[0].root.index.settings,
    client: refs.length === 1 ? refs[0].client : undefined,
    allowNone: true,
  });
  if (next === undefined) return false;
  return moveAll(refs, next);
}

const SNOOZES = ['tomorrow', '+3d', 'next monday', '+1w'];

/** Snooze: push the follow-up to a near preset, in two keystrokes. */
export async function snooze(notebooks: Notebooks, args: unknown[]): Promise<boolean> {
  const refs = await targetClients(notebooks, args, vscode.l10n.t('Snooze'));
  if (!refs.length) return false;
  const today = notebooks.today();
  const settings = refs[0].root.index.settings;
  const labels: Record<string, string> = {
    tomorrow: vscode.l10n.t('Tomorrow'), '+3d': vscode.l10n.t('In 3 days'), 'next monday': vscode.l10n.t('Next Monday'), '+1w': vscode.l10n.t('In a week'),
  };
  const items = SNOOZES.flatMap((phrase) => {
    const parsed = parseDatePhrase(phrase, { today, weekStartsOn: settings.weekStartsOn, workingDays: settings.workingDays });
    return parsed.ok ? [{ label: labels[phrase], description: `${displayDayTime(parsed.day)} · ${relativeDay(parsed.day, today)}`, day: parsed.day }] : [];
  });
  const picked = await vscode.window.showQuickPick(items, { title: refs.length === 1 ? vscode.l10n.t('Snooze {0}', refs[0].client.name) : vscode.l10n.t('Snooze clients ({0})', refs.length) });
  if (!picked) return false;
  return moveAll(refs, { day: picked.day }, true);
}
