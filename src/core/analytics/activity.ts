import { Client } from '../dossier/dossier';
import { isInteraction } from '../dossier/logEntry';
import { Day, Weekday, addDays, partsFromDay, startOfWeek } from '../schedule/calendar';
import { NotebookSettings } from '../notebook/settings';
import { cadenceOf } from '../notebook/agenda';
import { addDuration } from '../schedule/duration';
import { compareCodeUnits, compareNames } from '../text';

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

export interface KindCountAt {
  /** The day, or the first day of the week. */
  day: Day;
  kind: string;
  count: number;
}

function countBy(clients: Iterable<Client>, from: Day, until: Day, keyOf: (day: Day) => Day): KindCountAt[] {
  const counts = new Map<string, KindCountAt>();
  for (const client of clients) {
    for (const entry of client.log) {
      if (entry.day < from || entry.day > until || !isInteraction(entry.kind)) continue;
      const day = keyOf(entry.day);
      const key = `${day} ${entry.kind}`;
      const count = counts.get(key);
      if (count) count.count++;
      else counts.set(key, { day, kind: entry.kind, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => a.day - b.day || compareCodeUnits(a.kind, b.kind));
}

/** Interactions per day and kind, oldest day first, kinds alphabetically. */
export function interactionsPerDay(clients: Iterable<Client>, from: Day, until: Day): KindCountAt[] {
  return countBy(clients, from, until, (day) => day);
}

/** Interactions per week (keyed by the week's first day, as the notebook starts weeks) and kind. */
export function interactionsPerWeek(clients: Iterable<Client>, from: Day, until: Day, weekStartsOn: Weekday): KindCountAt[] {
  return countBy(clients, from, until, (day) => startOfWeek(day, weekStartsOn));
}

export interface YearClients {
  year: number;
  /** Clients whose first order ever falls in the year. */
  newClients: number;
  /** Clients who ordered in the year and had ordered in an earlier year. */
  returning: number;
}

/** New and returning clients per calendar year, by orders in `from .. until`. */
export function clientsPerYear(clients: Iterable<Client>, from: Day, until: Day): YearClients[] {
  const years = new Map<number, YearClients>();
  for (const client of clients) {
    let firstYear: number | undefined;
    const ordered = new Set<number>();
    for (const entry of client.log) {
      if (entry.kind !== 'order' || entry.day > until) continue;
      const year = partsFromDay(entry.day).year;
      firstYear = firstYear === undefined ? year : Math.min(firstYear, year);
      if (entry.day >= from) ordered.add(year);
    }
    for (const year of ordered) {
      const row = years.get(year) ?? { year, newClients: 0, returning: 0 };
      if (year === firstYear) row.newClients++;
      else row.returning++;
      years.set(year, row);
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The sales ladder the funnel climbs; other stages are counted but not on it. */
export const FUNNEL_STAGES = ['lead', 'prospect', 'negotiation', 'client'] as const;

export interface StageCount {
  /** The stage as written (lower case); '' for clients without one. */
  stage: string;
  count: number;
}

export interface FunnelStep {
  stage: (typeof FUNNEL_STAGES)[number];
  /** Clients who are at this stage or have passed it. */
  reached: number;
  /** Percentage of those who reached this stage that reached the next one; null for the last or when none reached it. */
  conversion: number | null;
}

export interface Stages {
  counts: StageCount[];
  funnel: FunnelStep[];
}

/**
 * Clients per stage now, and the funnel. The files hold only each client's
 * current stage, so a client counts as having reached its stage and every
 * stage before it on the ladder; `dormant` counts as having reached `client`,
 * `lost` as having reached `lead`, and any client with an order as having
 * reached `client`. Other stages and clients without one stay off the funnel.
 */
export function stages(clients: Iterable<Client>): Stages {
  const counts = new Map<string, number>();
  const reached = FUNNEL_STAGES.map(() => 0);
  for (const client of clients) {
    const stage = (client.stage ?? '').trim().toLowerCase();
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    let level: number = FUNNEL_STAGES.indexOf(stage as (typeof FUNNEL_STAGES)[number]);
    if (stage === 'dormant') level = 3;
    else if (stage === 'lost') level = 0;
    if (level >= 0 && client.log.some((entry) => entry.kind === 'order')) level = 3;
    for (let index = 0; index <= level; index++) reached[index]++;
  }
  const order = (stage: string) => {
    const known = ['lead', 'prospect', 'negotiation', 'client', 'dormant', 'lost'].indexOf(stage);
    return stage === '' ? 100 : known >= 0 ? known : 50;
  };
  return {
    counts: [...counts].map(([stage, count]) => ({ stage, count })).sort((a, b) => order(a.stage) - order(b.stage) || compareNames(a.stage, b.stage)),
    funnel: FUNNEL_STAGES.map((stage, index) => ({
      stage,
      reached: reached[index],
      conversion: index + 1 < FUNNEL_STAGES.length && reached[index] ? Math.round((reached[index + 1] / reached[index]) * 100) : null,
    })),
  };
}

export interface Grievance {
  client: Client;
  day: Day;
  kind: 'complaint' | 'refusal';
  text: string;
}

/** Complaints and refusals in `from .. until`, newest first, with their text. */
export function complaintsAndRefusals(clients: Iterable<Client>, from: Day, until: Day): Grievance[] {
  const result: Grievance[] = [];
  for (const client of clients) {
    for (const entry of client.log) {
      if ((entry.kind === 'complaint' || entry.kind === 'refusal') && entry.day >= from && entry.day <= until) {
        result.push({ client, day: entry.day, kind: entry.kind, text: entry.text });
      }
    }
  }
  return result.sort((a, b) => b.day - a.day || compareCodeUnits(a.client.path, b.client.path));
}
