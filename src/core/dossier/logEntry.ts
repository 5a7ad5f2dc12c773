import { Message } from '../messages';
import { Day, Minutes, formatDateTime, parseIsoDateTime } from '../schedule/calendar';

/** One interaction log entry: `- YYYY-MM-DD[ HH:MM] KIND: TEXT`. */
export interface LogEntry {
  day: Day;
  time?: Minutes;
  /** Lower-case kind: call, meeting, order, nps, … or any word. */
  kind: string;
  /** The text, continuation lines joined with `\n`. */
  text: string;
  /** 1-based line of the entry in its file. */
  line: number;
  /** For `order` and `payment`: the amount and its currency code when written. */
  amount?: number;
  currency?: string;
  /** For `nps`: the score, 0 to 10. */
  score?: number;
}

export const KNOWN_KINDS = ['call', 'meeting', 'email', 'message', 'visit', 'note', 'order', 'payment', 'complaint', 'refusal', 'referral', 'nps'] as const;

/** Kinds that record something other than a contact with the client. */
const NOT_INTERACTIONS = new Set(['note', 'payment']);

export function isInteraction(kind: string): boolean {
  return !NOT_INTERACTIONS.has(kind);
}

const ENTRY_SHAPE = /^(\d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?) ([\p{L}\p{N}_-]+):(?: (.*)|$)/su;
const AMOUNT = /^(\d+(?:[.,]\d{1,2})?)(?:\s+([A-Z]{3})\b)?/;
const SCORE = /^(\d{1,2})(?!\d)/;

export interface EntryIssue {
  severity: 'error' | 'warning';
  message: Message;
}

/** An entry, an issue, or both (an order without an amount is still an entry). */
export interface EntryParse {
  entry?: LogEntry;
  issue?: EntryIssue;
}

export const NOT_AN_ENTRY: EntryIssue = { severity: 'warning', message: { code: 'log.notAnEntry' } };

/**
 * Parses the content of one entry (without the list marker), e.g.
 * `2026-11-20 14:30 call: Discussed the offer`.
 */
export function parseEntryText(content: string, line: number): EntryParse {
  const shape = ENTRY_SHAPE.exec(content);
  if (!shape) return { issue: NOT_AN_ENTRY };
  const when = parseIsoDateTime(shape[1]);
  if (!when) return { issue: { severity: 'error', message: { code: 'log.invalidDate', value: shape[1] } } };
  const kind = shape[2].toLowerCase();
  const text = shape[3] ?? '';
  const entry: LogEntry = { day: when.day, kind, text, line };
  if (when.time !== undefined) entry.time = when.time;
  if (kind === 'order' || kind === 'payment') {
    const amount = AMOUNT.exec(text);
    if (!amount) return { entry, issue: { severity: 'warning', message: { code: 'log.withoutAmount', kind } } };
    entry.amount = Number(amount[1].replace(',', '.'));
    if (amount[2]) entry.currency = amount[2];
  } else if (kind === 'nps') {
    const score = SCORE.exec(text);
    const value = score ? Number(score[1]) : NaN;
    if (!(value >= 0 && value <= 10)) return { entry, issue: { severity: 'warning', message: { code: 'log.invalidScore', score: score?.[1] } } };
    entry.score = value;
  }
  return { entry };
}

/** The text of a new entry as it is written after `- ` (or inside a YAML string). */
export function formatEntry(entry: { day: Day; time?: Minutes; kind: string; text: string }): string {
  const when = formatDateTime({ day: entry.day, time: entry.time });
  const text = entry.text.trim();
  return text ? `${when} ${entry.kind}: ${text}` : `${when} ${entry.kind}:`;
}

/** Newest first, whatever order the file wrote them in. */
export function compareNewestFirst(a: LogEntry, b: LogEntry): number {
  return b.day - a.day || (b.time ?? -1) - (a.time ?? -1);
}
