import { Client } from '../dossier/dossier';
import { isInteraction } from '../dossier/logEntry';
import { Day, monthKey } from '../schedule/calendar';
import { compareCodeUnits } from '../text';

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export interface NpsSummary {
  promoters: number;
  passives: number;
  detractors: number;
  /** Percentage of promoters minus percentage of detractors, -100 to 100; null without scores. */
  index: number | null;
}

export function npsGroupOf(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The client's latest score on or before `until` (and on or after `from`), with its day. */
export function latestScore(client: Client, from = -Infinity, until = Infinity): { score: number; day: Day } | undefined {
  for (const entry of client.log) {
    if (entry.kind === 'nps' && entry.score !== undefined && entry.day <= until && entry.day >= from) return { score: entry.score, day: entry.day };
  }
  return undefined;
}

export function summarize(scores: Iterable<number>): NpsSummary {
  const summary: NpsSummary = { promoters: 0, passives: 0, detractors: 0, index: null };
  for (const score of scores) {
    const group = npsGroupOf(score);
    if (group === 'promoter') summary.promoters++;
    else if (group === 'passive') summary.passives++;
    else summary.detractors++;
  }
  const total = summary.promoters + summary.passives + summary.detractors;
  if (total) summary.index = Math.round(((summary.promoters - summary.detractors) / total) * 100);
  return summary;
}

/** The notebook's NPS: each client's latest score in the period counts once. */
export function notebookNps(clients: Iterable<Client>, from = -Infinity, until = Infinity): NpsSummary {
  const scores: number[] = [];
  for (const client of clients) {
    const latest = latestScore(client, from, until);
    if (latest) scores.push(latest.score);
  }
  return summarize(scores);
}

export interface MonthlyNps extends NpsSummary {
  month: string;
}

/** NPS month by month (`YYYY-MM`), from the scores given in each month, oldest first. */
export function npsByMonth(clients: Iterable<Client>, from: Day, until: Day): MonthlyNps[] {
  const byMonth = new Map<string, Map<Client, number>>();
  for (const client of clients) {
    // The log is newest first: the first score seen in a month is the client's latest there.
    for (const entry of client.log) {
      if (entry.kind !== 'nps' || entry.score === undefined || entry.day < from || entry.day > until) continue;
      const key = monthKey(entry.day);
      const scores = byMonth.get(key) ?? new Map<Client, number>();
      if (!scores.has(client)) scores.set(client, entry.score);
      byMonth.set(key, scores);
    }
  }
  return [...byMonth.keys()].sort().map((month) => ({ month, ...summarize(byMonth.get(month)!.values()) }));
}

export interface DetractorFollowUp {
  client: Client;
  score: number;
  day: Day;
  /** The text after the score. */
  text: string;
}

/**
 * Clients whose latest score in the period is a detractor's, with no
 * interaction logged after it (above it in the log) up to `until`: ask them
 * what disappointed them. Newest score first.
 */
export function detractorsToFollowUp(clients: Iterable<Client>, from = -Infinity, until = Infinity): DetractorFollowUp[] {
  const result: DetractorFollowUp[] = [];
  for (const client of clients) {
    let since = false;
    for (const entry of client.log) {
      if (entry.day > until) continue;
      if (entry.kind === 'nps' && entry.score !== undefined) {
        if (entry.day >= from && !since && npsGroupOf(entry.score) === 'detractor') {
          result.push({ client, score: entry.score, day: entry.day, text: entry.text.replace(/^\d{1,2}\s*/, '') });
        }
        break;
      }
      if (isInteraction(entry.kind)) since = true;
    }
  }
  return result.sort((a, b) => b.day - a.day || compareCodeUnits(a.client.path, b.client.path));
}
