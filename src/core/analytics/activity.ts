import { Client } from '../dossier/dossier';
import { isInteraction } from '../dossier/logEntry';
import { Day, Weekday, addDays, startOfWeek } from '../schedule/calendar';
import { NotebookSettings } from '../notebook/settings';
import { cadenceOf } from '../notebook/agenda';
import { addDuration } from '../schedule/duration';

/** Interactions logged from `from` to `until` (inclusive), counted by kind. */
export function interactionsByKind(clients: Iterable<Client>, from: Day, until: Day): Map<string, number> {
  const counts = new Map<string, number>();
  for (const client of clients) {
    for (const entry of client.log) {
      if (entry.day < from || entry.day > until || !isInteraction(entry.kind)) continue;
      counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
    }
  }
  return counts;
}

export interface WeekComparison {
  thisWeek: Map<string, number>;
  lastWeek: Map<string, number>;
  thisWeekStart: Day;
}

/** This week so far against the whole of last week. */
export function weekComparison(clients: Iterable<Client>, today: Day, weekStartsOn: Weekday): WeekComparison {
  const list = [...clients];
  const thisWeekStart = startOfWeek(today, weekStartsOn);
  return {
    thisWeekStart,
    thisWeek: interactionsByKind(list, thisWeekStart, today),
    lastWeek: interactionsByKind(list, addDays(thisWeekStart, -7), addDays(thisWeekStart, -1)),
  };
}

export interface Punctuality {
  onTime: number;
  late: number;
}

/**
 * Follow-ups done on time versus late, as the log shows them: for a client
 * with a cadence, each interaction is on time when it came no later than the
 * previous one plus the cadence. Counted for interactions in `from .. until`.
 */
export function punctuality(clients: Iterable<Client>, settings: NotebookSettings, from: Day, until: Day): Punctuality {
  const result: Punctuality = { onTime: 0, late: 0 };
  for (const client of clients) {
    const cadence = cadenceOf(client, settings);
    if (!cadence) continue;
    const interactions = client.log.filter((entry) => isInteraction(entry.kind));
    for (let index = 0; index < interactions.length - 1; index++) {
      const entry = interactions[index];
      if (entry.day < from || entry.day > until) continue;
      const due = addDuration(interactions[index + 1].day, cadence, settings.workingDays);
      if (entry.day <= due) result.onTime++;
      else result.late++;
    }
  }
  return result;
}
