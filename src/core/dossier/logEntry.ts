import { Message } from '../messages';
import { Day, Minutes, dayFromParts, formatDateTime, isValidDate, parseIsoDateTime } from '../schedule/calendar';

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
  return parseEntryAt(content, 0, content.length, line);
}

/** {@link parseEntryText} of `source.slice(start, end)`, which it cuts only when the entry is unusual. */
export function parseEntryAt(source: string, start: number, end: number, line: number): EntryParse {
  let entry = readUsualEntry(source, start, end, line);
  if (!entry) {
    const content = source.slice(start, end);
    const shape = ENTRY_SHAPE.exec(content);
    if (!shape) return { issue: NOT_AN_ENTRY };
    const when = parseIsoDateTime(shape[1]);
    if (!when) return { issue: { severity: 'error', message: { code: 'log.invalidDate', value: shape[1] } } };
    entry = { day: when.day, kind: shape[2].toLowerCase(), text: shape[3] ?? '', line };
    if (when.time !== undefined) entry.time = when.time;
  }
  const { kind, text } = entry;
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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiKindChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 45;
const number2 = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;

/**
 * The usual entry, a valid `YYYY-MM-DD[ HH:MM] kind: text` with an ASCII kind, read by
 * character codes: ENTRY_SHAPE and parseIsoDateTime were a tenth of indexing a notebook.
 * Anything else is undefined and read by the regex, so this decides only the speed.
 */
function readUsualEntry(s: string, at: number, end: number, line: number): LogEntry | undefined {
  if (end - at < 13 || s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45 || s.charCodeAt(at + 10) !== 32) return undefined;
  for (let i = 0; i < 10; i++) if (i !== 4 && i !== 7 && !isDigit(s.charCodeAt(at + i))) return undefined;
  const year = number2(s, at) * 100 + number2(s, at + 2), month = number2(s, at + 5), day = number2(s, at + 8);
  if (!isValidDate(year, month, day)) return undefined;
  let kindStart = at + 11;
  let time: number | undefined;
  if (end - at > 16 && isDigit(s.charCodeAt(at + 11)) && isDigit(s.charCodeAt(at + 12)) && s.charCodeAt(at + 13) === 58 && isDigit(s.charCodeAt(at + 14)) && isDigit(s.charCodeAt(at + 15)) && s.charCodeAt(at + 16) === 32) {
    const hours = number2(s, at + 11), minutes = number2(s, at + 14);
    if (hours > 23 || minutes > 59) return undefined;
    time = hours * 60 + minutes;
    kindStart = at + 17;
  }
  let colon = kindStart;
  while (colon < end && isAsciiKindChar(s.charCodeAt(colon))) colon++;
  if (colon === kindStart || colon === end || s.charCodeAt(colon) !== 58) return undefined;
  if (colon + 1 < end && s.charCodeAt(colon + 1) !== 32) return undefined;
  const entry: LogEntry = { day: dayFromParts(year, month, day), kind: kindOf(s, kindStart, colon), text: colon + 1 < end ? s.slice(colon + 2, end) : '', line };
  if (time !== undefined) entry.time = time;
  return entry;
}

/** The lower-case kind; the usual ones as shared constants rather than a new string per entry. */
function kindOf(s: string, start: number, end: number): string {
  const kind = s.slice(start, end).toLowerCase();
  return USUAL_KINDS.get(kind) ?? kind;
}

const USUAL_KINDS = new Map<string, string>(KNOWN_KINDS.map((kind) => [kind, kind]));

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
