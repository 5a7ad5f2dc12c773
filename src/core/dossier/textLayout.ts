/**
 * Where things are in a dossier's text: line starts, the line ending in use,
 * a leading BOM and the front matter fences. Offsets are UTF-16 indexes into
 * the text exactly as read (BOM included), so edits can be applied verbatim.
 */
import { decodeUtf8 } from './binaryText';

export type LineEnding = '\n' | '\r\n';

export interface Line {
  /** 1-based line number. */
  number: number;
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line (after the line break). */
  next: number;
  text: string;
}

export function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** The line ending the file mostly uses; LF for a file without line breaks. */
export function detectLineEnding(text: string): LineEnding {
  const firstBreak = text.indexOf('\n');
  return firstBreak > 0 && text.charCodeAt(firstBreak - 1) === 13 ? '\r\n' : '\n';
}

/** Iterates the lines of `text` from `offset`, with their positions. */
export function* linesFrom(text: string, offset = 0, firstNumber = 1): Generator<Line> {
  let start = offset;
  let number = firstNumber;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    yield { number, start, end, next, text: text.slice(start, end) };
    start = next;
    number++;
  }
}

/** 1-based line number of an offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

export interface FrontMatterBlock {
  /** Offset of the first character of the YAML (after the opening fence line). */
  yamlStart: number;
  /** Offset just after the YAML (the start of the closing fence line). */
  yamlEnd: number;
  /** Offset of the body (after the closing fence line). */
  bodyStart: number;
  /** 1-based line number of the YAML's first line. */
  yamlFirstLine: number;
  /** 1-based line number of the closing fence, or of the last line when it never closes. */
  closingLine: number;
  closed: boolean;
}

/**
 * Finds a front matter block: `---` on the first line (after an optional
 * BOM), closed by a line `---` or `...`. Returns undefined when the file does
 * not start with a fence. With `bytes`, `text` is a binary string (see
 * binaryText.ts) without its BOM, and the offsets are byte offsets.
 */
export function findFrontMatter(text: string, bytes = false): FrontMatterBlock | undefined {
  const begin = hasBom(text) ? 1 : 0;
  if (!text.startsWith('---', begin)) return undefined;
  let afterFence = begin + 3;
  while (text[afterFence] === ' ' || text[afterFence] === '\t') afterFence++;
  if (text[afterFence] === '\r') afterFence++;
  if (afterFence < text.length && text[afterFence] !== '\n') return undefined;
  const yamlStart = Math.min(afterFence + 1, text.length);
  // A closing fence is a line that starts with `---` or `...` followed only by white space.
  // Walking the front matter's lines stops at it; searching the text for `\n...` read
  // every file to its end, as most have no such line.
  let line = yamlFirstLineNumber;
  for (let start = yamlStart; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const c = text.charCodeAt(start);
    if ((c === 45 || c === 46) && text.charCodeAt(start + 1) === c && text.charCodeAt(start + 2) === c && isBlank(text, start + 3, end, bytes)) {
      return { yamlStart, yamlEnd: start, bodyStart: newline < 0 ? text.length : newline + 1, yamlFirstLine: 2, closingLine: line, closed: true };
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  // Never closed: the closing line is the last line (1 when there is none after the fence).
  let lastLine = 1;
  if (yamlStart < text.length) lastLine = yamlFirstLineNumber + countNewlines(text, yamlStart, text.length - 1);
  return { yamlStart, yamlEnd: text.length, bodyStart: text.length, yamlFirstLine: 2, closingLine: lastLine, closed: false };
}

const yamlFirstLineNumber = 2;

/** Number of line feeds in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** True when text[from, to) is only white space, as `trimEnd` sees it (CR included). */
function isBlank(text: string, from: number, to: number, bytes: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c < 128 && c !== 11 && c !== 12) return false;
    return (bytes ? decodeUtf8(text, i, to) : text.slice(i, to)).trim() === '';
  }
  return true;
}
