import { Message } from '../messages';
import { Line } from './textLayout';
import { detach } from '../text';
import { decodeUtf8 } from './binaryText';
import { EntryParse, LazyTextEntry, LogEntry, NOT_AN_ENTRY, parseEntryAt, parseEntryInBytes } from './logEntry';

export interface LogIssue {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: Message;
}

/** The `## Log` section of a Markdown body. */
export interface LogSection {
  heading: Line;
  /** Offset of the first `- ` list item in the section, where a new entry goes. */
  firstItemStart?: number;
  /** Offset where the section ends (the next heading of level 1 or 2, or the end). */
  end: number;
  entries: LogEntry[];
  issues: LogIssue[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** A code fence line: its run of backticks or tildes and what follows (CommonMark). */
function fenceOf(text: string): { marker: string; info: string } | undefined {
  const match = FENCE.exec(text);
  return match && !(match[1][0] === '`' && match[2].includes('`')) ? { marker: match[1], info: match[2] } : undefined;
}

function headingOf(text: string): { level: number; title: string } | undefined {
  const match = HEADING.exec(text);
  return match ? { level: match[1].length, title: match[2].trim() } : undefined;
}

/** True when the line starting at `start` may be a code fence: up to 3 spaces, then ` or ~. */
function mayBeFence(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return i < end && (c === 96 || c === 126);
}

/**
 * Finds the level-2 heading titled `heading` (case-insensitive) in the body
 * that starts at `bodyStart`, and reads its entries. Code fences are skipped
 * when looking for the heading.
 *
 * One pass over the body with indexOf, no line objects: a line is sliced only
 * when its first characters say it may be a fence, a heading or part of the log.
 *
 * With `bytes`, `text` is a binary string (see binaryText.ts) and the offsets are byte
 * offsets: the few lines read by Unicode rules (fences, headings, unusual entries, lines
 * that may be blank) are decoded first, and the usual entries keep their text as bytes
 * until it is read (LazyTextEntry), on a copy of just the lines they lie in.
 */
export function findLogSection(text: string, bodyStart: number, bodyFirstLine: number, heading: string, bytes = false): LogSection | undefined {
  const wanted = heading.trim().toLowerCase();
  const lineOf = bytes ? (start: number, end: number) => decodeUtf8(text, start, end) : (start: number, end: number) => text.slice(start, end);
  let fence: string | undefined;
  let section: LogSection | undefined;
  let current: { entry: LogEntry; lines: string[] } | undefined;
  /** With `bytes`: the bytes the lazy entries' texts lie in, from the first one's line to the last line of text read. */
  let lazyStart = -1;
  let lazyEnd = -1;

  // An entry's text is a cut of the file: copied, so that keeping it keeps no file alive.
  const closeEntry = () => {
    if (current && !(current.entry instanceof LazyTextEntry)) {
      current.entry.text = current.lines.length ? [current.entry.text, ...current.lines].join('\n') : detach(current.entry.text);
    }
    current = undefined;
  };

  const length = text.length;
  let number = bodyFirstLine - 1;
  for (let start = bodyStart, next = bodyStart; start < length; start = next) {
    number++;
    const newline = text.indexOf('\n', start);
    next = newline < 0 ? length : newline + 1;
    let end = newline < 0 ? length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const first = start < end ? text.charCodeAt(start) : -1;

    if (!section) {
      if (first !== 32 && first !== 96 && first !== 126 && first !== 35 /* # */) continue;
      const marker = first === 35 ? undefined : mayBeFence(text, start, end) ? fenceOf(lineOf(start, end)) : undefined;
      if (fence === undefined && marker) {
        fence = marker.marker;
        continue;
      }
      if (fence !== undefined) {
        // Closed by a run of the same character, at least as long, with nothing after it.
        if (marker && marker.marker[0] === fence[0] && marker.marker.length >= fence.length && marker.info.trim() === '') fence = undefined;
        continue;
      }
      if (first !== 35) continue;
      const lineText = lineOf(start, end);
      const found = headingOf(lineText);
      if (found && found.level === 2 && found.title.toLowerCase() === wanted) {
        section = { heading: { number, start, end, next, text: lineText }, end: length, entries: [], issues: [] };
      }
      continue;
    }
    if (first === -1) continue; // an empty line
    if (first === 35) {
      const found = headingOf(lineOf(start, end));
      if (found && found.level <= 2) {
        section.end = start;
        break;
      }
    }
    let isItem = false;
    if (first === 45 /* - */) {
      isItem = text.charCodeAt(start + 1) === 32;
    } else if (!bytes) {
      const trimmed = text.slice(start, end).trim();
      if (trimmed === '') continue;
      if ((first === 32 || first === 9) && current) {
        current.lines.push(trimmed);
        continue;
      }
    } else if ((first === 32 || first === 9) && current) {
      // A continuation line, or a blank one: either way what the entry's text makes of it (trimmed, dropped when empty).
      if (current.entry instanceof LazyTextEntry) {
        current.entry.continueAt(start, end);
        lazyEnd = end;
      } else {
        pushTrimmed(current.lines, lineOf(start, end));
      }
      continue;
    } else if (isBlankInBytes(text, start, end)) {
      continue;
    }
    closeEntry();
    if (isItem && section.firstItemStart === undefined) section.firstItemStart = start;
    const parsed: EntryParse = !isItem ? { issue: NOT_AN_ENTRY } : bytes ? parseEntryInBytes(text, start + 2, end, number) : parseEntryAt(text, start + 2, end, number);
    if (parsed.entry) {
      current = { entry: parsed.entry, lines: [] };
      section.entries.push(parsed.entry);
      if (parsed.entry instanceof LazyTextEntry) {
        if (lazyStart < 0) lazyStart = start;
        lazyEnd = end;
      }
    }
    if (parsed.issue) section.issues.push({ line: number, column: 1, ...parsed.issue });
  }
  closeEntry();
  if (lazyStart >= 0) keepOnly(text, lazyStart, lazyEnd, section!.entries);
  return section;
}

function pushTrimmed(lines: string[], line: string): void {
  const trimmed = line.trim();
  if (trimmed) lines.push(trimmed);
}

/** Whether a line of a binary string is blank as `trim` sees it; decoded only when it holds a byte beyond ASCII (Unicode white space, perhaps). */
function isBlankInBytes(binary: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = binary.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c >= 0x80 && decodeUtf8(binary, start, end).trim() === '';
  }
  return true;
}

/** Moves the lazy entries onto a copy of the bytes their texts lie in, so that the index keeps no whole file. */
function keepOnly(binary: string, start: number, end: number, entries: LogEntry[]): void {
  const copy = detach(binary.slice(start, end));
  for (const entry of entries) if (entry instanceof LazyTextEntry) entry.rebase(copy, start);
}
