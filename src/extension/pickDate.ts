import * as vscode from 'vscode';
import { cadenceOf } from '../core/notebook/agenda';
import { NotebookSettings } from '../core/notebook/settings';
import { DateTime, Day } from '../core/schedule/calendar';
import { parseDatePhrase } from '../core/schedule/datePhrase';
import { addDuration } from '../core/schedule/duration';
import { Client } from '../core/dossier/dossier';
import { config } from './config';
import { cadenceText, displayDayTime, relativeDay, say } from './format';

/** The user's answer: a date, no follow-up (`null`), or nothing (cancelled). */
export type NextContactChoice = DateTime | null | undefined;

interface DateItem extends vscode.QuickPickItem {
  value?: DateTime | null;
  invalid?: boolean;
}

const PRESET_LABELS: Record<string, () => string> = {
  tomorrow: () => vscode.l10n.t('Tomorrow'),
  '+3d': () => vscode.l10n.t('In 3 days'),
  'next monday': () => vscode.l10n.t('Next Monday'),
  '+1w': () => vscode.l10n.t('In a week'),
  '+2w': () => vscode.l10n.t('In 2 weeks'),
  '+1m': () => vscode.l10n.t('In a month'),
};

export interface PickDateOptions {
  title: string;
  today: Day;
  settings: NotebookSettings;
  /** The client whose cadence gives the first preset (from the day of the entry). */
  client?: Client;
  from?: Day;
  /** Offer "No follow-up". */
  allowNone: boolean;
}

/**
 * Presets (the cadence's date first), or a phrase typed and checked as it is
 * typed: the item under the input shows the date it means, or why it is not one.
 */
export async function pickNextContact(options: PickDateOptions): Promise<NextContactChoice> {
  const { today, settings } = options;
  const context = { today, weekStartsOn: settings.weekStartsOn, workingDays: settings.workingDays };
  const dateItem = (label: string, value: DateTime): DateItem => ({
    label,
    description: `${displayDayTime(value.day, value.time)} · ${relativeDay(value.day, today)}`,
    value,
  });
  const presets: DateItem[] = [];
  const cadence = options.client ? cadenceOf(options.client, settings) : undefined;
  if (cadence) {
    presets.push(dateItem(vscode.l10n.t('Cadence ({0})', cadenceText(cadence)), { day: addDuration(options.from ?? today, cadence, settings.workingDays) }));
  }
  for (const phrase of config.nextContactPresets()) {
    const parsed = parseDatePhrase(phrase, context);
    if (parsed.ok) presets.push(dateItem(PRESET_LABELS[phrase]?.() ?? phrase, { day: parsed.day, time: parsed.time }));
  }
  if (options.allowNone) presets.push({ label: vscode.l10n.t('No follow-up'), description: vscode.l10n.t('Clear the next contact'), value: null });
  for (const item of presets) item.alwaysShow = true;

  const quickPick = vscode.window.createQuickPick<DateItem>();
  quickPick.title = options.title;
  quickPick.placeholder = vscode.l10n.t('Pick a date, or type one: 2026-12-01, fri, +2w, next monday, 5 jul, in 3 days');
  quickPick.items = presets;
  const listeners: vscode.Disposable[] = [
    quickPick.onDidChangeValue((value) => {
      if (!value.trim()) {
        quickPick.items = presets;
        return;
      }
      const parsed = parseDatePhrase(value, context);
      const typed: DateItem = parsed.ok
        ? { ...dateItem(value.trim(), { day: parsed.day, time: parsed.time }), alwaysShow: true }
        : { label: `$(error) ${value.trim()}`, detail: say(parsed.message), invalid: true, alwaysShow: true };
      quickPick.items = [typed, ...presets];
      quickPick.activeItems = [typed];
    }),
  ];
  try {
    return await new Promise<NextContactChoice>((resolve) => {
      listeners.push(
        quickPick.onDidAccept(() => {
          const item = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
          if (!item || item.invalid) return; // Stay open: the item says what is wrong.
          resolve(item.value);
        }),
        quickPick.onDidHide(() => resolve(undefined)),
      );
      quickPick.show();
    });
  } finally {
    for (const listener of listeners) listener.dispose();
    quickPick.dispose();
  }
}
