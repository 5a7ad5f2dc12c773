import { Message } from '../messages';
import { Day, Minutes, dayFromParts, formatDateTime, isValidDate, parseIsoDateTime } from '../schedule/calendar';
import { decodeUtf8 } from './binaryText';

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

/**
 * An entry read from a file's bytes (see binaryText.ts) whose text is decoded the first
 * time it is asked for: a notebook's index needs every entry's day and kind for its
 * queries, but an entry's words only when a person reads or searches them.
 *
 * The text is what findLogSection builds from the same lines: the first line's text as
 * written (`source[from, to)`), then each continuation line (`more`, pairs of offsets)
 * trimmed, empty ones left out, joined with `\n`.
 */
export class LazyTextEntry implements LogEntry {
  day: Day;
  time?: Minutes;
  kind: string;
  line: number;
  amount?: number;
  currency?: string;
  score?: number;
  private decoded: string | undefined;
  private source: string;
  private from: number;
  private to: number;
  private more: number[] | undefined;

  constructor(day: Day, time: Minutes | undefined, kind: string, line: number, source: string, from: number, to: number) {
    this.day = day;
    if (time !== undefined) this.time = time;
    this.kind = kind;
    this.line = line;
    this.decoded = undefined;
    this.source = source;
    this.from = from;
    this.to = to;
    this.more = undefined;
  }

  get text(): string {
    if (this.decoded === undefined) {
      let text = decodeUtf8(this.source, this.from, this.to);
      const more = this.more;
      if (more) {
        for (let i = 0; i < more.length; i += 2) {
          const line = decodeUtf8(this.source, more[i], more[i + 1]).trim();
          if (line) text += '\n' + line;
        }
      }
      this.decoded = text;
      this.source = '';
      this.more = undefined;
    }
    return this.decoded;
  }

  set text(value: string) {
    this.decoded = value;
    this.source = '';
    this.more = undefined;
  }

  /** Adds a continuation line, `source[start, end)`. */
  continueAt(start: number, end: number): void {
    (this.more ??= []).push(start, end);
  }

  /** Moves the entry onto a copy of the part of its source that starts at `offset`, so that the whole file need not be kept. */
  rebase(source: string, offset: number): void {
    this.source = source;
    this.from -= offset;
    this.to -= offset;
    if (this.more) for (let i = 0; i < this.more.length; i++) this.more[i] -= offset;
  }

  /** The plain entry, as a snapshot stores it. */
  toJSON(): LogEntry {
    const plain: LogEntry = { day: this.day, kind: this.kind, text: this.text, line: this.line };
    if (this.time !== undefined) plain.time = this.time;
    if (this.amount !== undefined) plain.amount = this.amount;
    if (this.currency !== undefined) plain.currency = this.currency;
    if (this.score !== undefined) plain.score = this.score;
    return plain;
  }
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
  const issue = readFigures(entry, entry.text);
  return issue ? { entry, issue } : { entry };
}

/**
 * The amount of an `order` or `payment`, the score of an `nps`, read from the entry's
 * first line of text into `entry`; the issue when they are missing or wrong.
 */
function readFigures(entry: LogEntry, text: string): EntryIssue | undefined {
  const kind = entry.kind;
  if (kind === 'order' || kind === 'payment') {
    const amount = AMOUNT.exec(text);
    if (!amount) return { severity: 'warning', message: { code: 'log.withoutAmount', kind } };
    entry.amount = Number(amount[1].replace(',', '.'));
    if (amount[2]) entry.currency = amount[2];
  } else if (kind === 'nps') {
    const score = SCORE.exec(text);
    const value = score ? Number(score[1]) : NaN;
    if (!(value >= 0 && value <= 10)) return { severity: 'warning', message: { code: 'log.invalidScore', score: score?.[1] } };
    entry.score = value;
  }
  return undefined;
}

/** True for the kinds whose first line of text holds a figure (see {@link readFigures}). */
function hasFigures(kind: string): boolean {
  return kind === 'order' || kind === 'payment' || kind === 'nps';
}

/**
 * {@link parseEntryAt} on a binary string (see binaryText.ts): the usual entry keeps its
 * text as bytes until it is read (LazyTextEntry); any other is read from its decoded text.
 */
export function parseEntryInBytes(binary: string, start: number, end: number, line: number): EntryParse {
  const head = readUsualHead(binary, start, end);
  if (!head) return parseEntryText(decodeUtf8(binary, start, end), line);
  const entry = new LazyTextEntry(head.day, head.time, head.kind, line, binary, head.textStart, end);
  const issue = hasFigures(head.kind) ? readFigures(entry, decodeUtf8(binary, head.textStart, end)) : undefined;
  return issue ? { entry, issue } : { entry };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiKindChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c === 45;
const number2 = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;

/** Where a usual entry's text starts, with its day, time and kind. */
interface EntryHead {
  day: Day;
  time: Minutes | undefined;
  kind: string;
  /** Offset of the text after `kind: `; the line's end when there is none. */
  textStart: number;
}

/**
 * The head of the usual entry, a valid `YYYY-MM-DD[ HH:MM] kind: text` with an ASCII kind,
 * read by character codes: ENTRY_SHAPE and parseIsoDateTime were a tenth of indexing a
 * notebook. Anything else is undefined and read by the regex, so this decides only the
 * speed. It looks at ASCII characters only, so it reads a binary string (binaryText.ts) too.
 */
function readUsualHead(s: string, at: number, end: number): EntryHead | undefined {
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
  return { day: dayFromParts(year, month, day), time, kind: kindOf(s, kindStart, colon), textStart: colon + 1 < end ? colon + 2 : end };
}

function readUsualEntry(s: string, at: number, end: number, line: number): LogEntry | undefined {
  const head = readUsualHead(s, at, end);
  if (!head) return undefined;
  const entry: LogEntry = { day: head.day, kind: head.kind, text: s.slice(head.textStart, end), line };
  if (head.time !== undefined) entry.time = head.time;
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
