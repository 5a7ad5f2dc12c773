/**
 * A fast, exact YAML reader for dossier front matter and YAML dossiers.
 *
 * The meaning of a text is defined by the reference oracle, the `yaml` package:
 *
 *     parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true })
 *     -> the first error (position through a LineCounter), else doc.toJS({ maxAliasCount })
 *
 * The failsafe schema reads every scalar as a string: `2026-11-25`, `0600123456`, `8`,
 * `true`, `null` and `~` all stay the strings they were written as; an empty value
 * (`key:`, `key: # note`, a bare `-` item) is the empty string "", never null. The only
 * null is the value of a text holding nothing but blank lines and comments.
 *
 * `readYaml` first tries a hand-written line scanner that understands the subset real
 * dossiers use (see `scanFast`). The moment it meets anything it is not sure about it
 * gives up, and the oracle reads the text instead; so the scanner decides only how fast
 * a text is read, never what it means. It never reports an error itself: every error
 * (duplicate keys, tabs as indentation, bad indentation...) comes from the oracle.
 *
 * Every string returned is detached from the input text (see `detach`), so keeping a
 * value never pins the whole file in memory.
 */
import { LineCounter, isAlias, isMap, isScalar, parseDocument, visit } from 'yaml';
import { detach, detachDeep } from '../text';

export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

/** 1-based, in FILE coordinates. */
export interface YamlReadError {
  line: number;
  column: number;
  message: string;
}

export type YamlReadResult =
  /** keyLines: each TOP-LEVEL key -> 1-based file line of the key. */
  | { ok: true; value: YamlValue; keyLines: Record<string, number> }
  | { ok: false; error: YamlReadError };

export interface YamlReadOptions {
  /** File line of the text's first line (default 1). */
  firstLine?: number;
  /** Limit on alias expansion, as in the `yaml` package (default 100; -1 disables). */
  maxAliasCount?: number;
}

export const DEFAULT_MAX_ALIAS_COUNT = 100;

/** Reads a YAML text exactly as the reference oracle does, fast for the usual dossier. */
export function readYaml(text: string, options?: YamlReadOptions): YamlReadResult {
  const firstLine = options?.firstLine ?? 1;
  const fast = readYamlFast(text, firstLine);
  if (fast !== undefined) return fast;
  return readYamlOracle(text, options);
}

/**
 * The fast path alone: the result, or undefined when the text is outside the subset it
 * is sure of. Exported for tests and benchmarks.
 */
export function readYamlFast(text: string, firstLine = 1): YamlReadResult | undefined {
  const scanner = new Scanner(text, firstLine);
  try {
    return scanner.document();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/** The reference oracle, with detached strings. Exported for tests and benchmarks. */
export function readYamlOracle(text: string, options?: YamlReadOptions): YamlReadResult {
  const offset = (options?.firstLine ?? 1) - 1;
  const maxAliasCount = options?.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const lineCounter = new LineCounter();
  const fail = (pos: number, message: string): YamlReadResult => {
    const { line, col } = lineCounter.linePos(pos);
    return { ok: false, error: { line: line + offset, column: col, message } };
  };
  let doc;
  try {
    // maxAliasCount only takes effect in toJS; parsing itself is linear in the text.
    doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error', lineCounter });
  } catch (error) {
    return fail(0, error instanceof Error ? error.message : String(error));
  }
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return fail(first.pos[0], first.message);
  }
  let value: YamlValue;
  try {
    value = doc.toJS({ maxAliasCount }) as YamlValue;
  } catch (error) {
    // An alias bomb (or any failure to build the value): point at the first alias.
    let pos = 0;
    visit(doc, {
      Alias(_key, node) {
        pos = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    return fail(pos, error instanceof Error ? error.message : String(error));
  }
  const keyLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key: unknown = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (!isScalar(key) || !key.range) continue;
      setOwn(keyLines, String(key.value), lineCounter.linePos(key.range[0]).line + offset);
    }
  }
  return { ok: true, value: detachDeep(value), keyLines };
}

// ---------------------------------------------------------------------------------
// The fast path
// ---------------------------------------------------------------------------------

/** Thrown (never escapes) when the scanner meets something it is not sure of. */
const BAIL = { bail: true };

/**
 * Characters the scanner leaves to the oracle wherever they appear: tabs, C0/C1 control
 * characters, DEL, BOM, the Unicode line and paragraph separators, the non-characters
 * U+FFFE and U+FFFF, and a CR that is not part of a CRLF (`cutLines` tests the whole
 * text, comments and block scalars included). UTF-16 code units, no `u` flag: lone
 * surrogates are ordinary characters to both readers.
 */
const UNSURE_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029\ufffe\uffff]|\r(?!\n)/;

const SPACE = 32;
const HASH = 35; // #
const COLON = 58; // :
const DASH = 45; // -
const QUESTION = 63; // ?
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const CR = 13;
const DOT = 46;
const PIPE = 124; // |
const GREATER = 62; // >

/** What a key may not contain anywhere (the oracle reads them, the scanner need not). */
function isOddKeyChar(c: number): boolean {
  return c === COLON || c === HASH || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** Indicators that may not start a plain scalar (`-`, `?`, `:` are handled apart). */
function isIndicatorStart(c: number): boolean {
  switch (c) {
    case COMMA: case OPEN_BRACKET: case CLOSE_BRACKET: case OPEN_BRACE: case CLOSE_BRACE:
    case HASH: case 38 /* & */: case 42 /* * */: case 33 /* ! */: case 124 /* | */: case 62 /* > */:
    case SINGLE_QUOTE: case DOUBLE_QUOTE: case 37 /* % */: case 64 /* @ */: case 96 /* ` */:
      return true;
    default:
      return false;
  }
}

/** The values of the double-quoted escapes `\X` other than \x, \u and \U. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Assigns an own property, even `__proto__`. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

/** How deep a value may nest, counted from its key. */
const TOP = 0; // a top-level key: may open a block mapping or a block sequence
const LEAF = 1; // inside a nested mapping or a sequence item's mapping: scalars and flow sequences only

type Mapping = { [key: string]: YamlValue };

/**
 * The line scanner. The text is first cut into content lines (blank and comment-only
 * lines dropped, as YAML ignores them); then a small recursive descent walks them:
 *
 *   document  := top-level block mapping at column 0 | nothing
 *   value     := inline scalar | flow sequence | "" | (TOP only) block mapping | block sequence
 *   inline    := plain scalar | 'single' | "double" (one line each) ; flow seq := [ inline, ... ] (one line)
 *   sequence  := items `- inline`, `-`, or `- key: value` opening a small mapping of LEAF values
 *
 * Everything else throws BAIL.
 */
class Scanner {
  private readonly text: string;
  private readonly firstLine: number;
  /** Content lines: start offset, end offset (before any CR), indentation, 0-based line number. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly indents: number[] = [];
  private readonly lineNumbers: number[] = [];
  private count = 0;
  /** The content line the descent is at. */
  private k = 0;
  /** Set by `scanPlain`: the end of the plain scalar, trailing spaces trimmed. */
  private plainEnd = 0;
  /** Set by the quoted and flow readers: the offset just after what they read. */
  private after = 0;

  constructor(text: string, firstLine: number) {
    this.text = text;
    this.firstLine = firstLine;
  }

  document(): YamlReadResult {
    this.cutLines();
    const keyLines: Record<string, number> = {};
    if (this.count === 0) return { ok: true, value: null, keyLines };
    const value: Mapping = {};
    const { text, starts, ends, indents } = this;
    this.k = 0;
    while (this.k < this.count) {
      const k = this.k;
      if (indents[k] !== 0) throw BAIL;
      const start = starts[k];
      const colon = this.scanKey(start, ends[k]);
      const key = text.slice(start, colon);
      if (value[key] !== undefined) throw BAIL; // a duplicate, or `__proto__`-like: the oracle decides
      keyLines[key] = this.firstLine + this.lineNumbers[k];
      value[key] = this.value(k, colon + 1, 0, TOP);
    }
    return { ok: true, value, keyLines };
  }

  /** Cuts the text into content lines, and bails on any character in {@link UNSURE_CHAR}. */
  private cutLines(): void {
    const { text, starts, ends, indents, lineNumbers } = this;
    // One regex pass is about twice as fast as checking each character while cutting.
    if (UNSURE_CHAR.test(text)) throw BAIL;
    const length = text.length;
    let pos = 0;
    let lineNumber = 0;
    let count = 0;
    for (;;) {
      const newline = text.indexOf('\n', pos);
      const end = newline < 0 ? length : newline;
      const last = end >= length;
      let contentEnd = end;
      if (contentEnd > pos && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
      let i = pos;
      while (i < contentEnd && text.charCodeAt(i) === SPACE) i++;
      if (i < contentEnd && text.charCodeAt(i) !== HASH) {
        if (i === pos) {
          // `---` / `...` document markers, and anything starting like them.
          const c = text.charCodeAt(i);
          if ((c === DASH || c === DOT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) throw BAIL;
        }
        starts[count] = pos;
        ends[count] = contentEnd;
        indents[count] = i - pos;
        lineNumbers[count] = lineNumber;
        count++;
      }
      if (last) break;
      pos = end + 1;
      lineNumber++;
    }
    this.count = count;
  }

  /** Checks that a plain scalar may start at `pos`; throws BAIL otherwise. */
  private checkPlainStart(pos: number, end: number): void {
    const c = this.text.charCodeAt(pos);
    if (isIndicatorStart(c)) throw BAIL;
    if (c === DASH || c === QUESTION || c === COLON) {
      // Allowed only when followed by a non-space ("-5", "?x", ":x").
      if (pos + 1 >= end || this.text.charCodeAt(pos + 1) === SPACE) throw BAIL;
    }
  }

  /**
   * Scans a block plain scalar from `pos` (already checked to start one) to the end of
   * the line or a comment. Returns the offset of a mapping `:` (followed by a space or
   * the line end) if there is one, else -1 with `plainEnd` set.
   */
  private scanPlain(pos: number, end: number): number {
    const text = this.text;
    let i = pos;
    let stop = end;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COLON) {
        if (i + 1 === end || text.charCodeAt(i + 1) === SPACE) return i;
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        stop = i;
        break;
      }
    }
    while (stop > pos && text.charCodeAt(stop - 1) === SPACE) stop--;
    this.plainEnd = stop;
    return -1;
  }

  /** Reads a simple key starting at `pos`; returns the offset of its `:`. */
  private scanKey(pos: number, end: number): number {
    this.checkPlainStart(pos, end);
    const colon = this.scanPlain(pos, end);
    if (colon < 0) throw BAIL; // not a `key:` line
    if (colon - pos > 1000) throw BAIL; // implicit keys are limited to 1024 characters
    const text = this.text;
    if (text.charCodeAt(colon - 1) === SPACE) throw BAIL; // `key :`
    for (let i = pos; i < colon; i++) if (isOddKeyChar(text.charCodeAt(i))) throw BAIL;
    return colon;
  }

  /** True when the content line `k` holds a block sequence indicator at column `column`. */
  private isSeqLine(k: number, column: number): boolean {
    const at = this.starts[k] + column;
    if (this.text.charCodeAt(at) !== DASH) return false;
    return at + 1 === this.ends[k] || this.text.charCodeAt(at + 1) === SPACE;
  }

  /**
   * Reads the value that follows a key's `:` (or an item's `-`) at offset `pos` of content
   * line `k`, whose parent collection sits at column `parentIndent`. Leaves `this.k` at
   * the first content line after the value.
   */
  private value(k: number, pos: number, parentIndent: number, level: number): YamlValue {
    const { text, indents } = this;
    const end = this.ends[k];
    while (pos < end && text.charCodeAt(pos) === SPACE) pos++;
    const next = k + 1;
    this.k = next;
    if (pos === end || text.charCodeAt(pos) === HASH) {
      // Empty on this line: a nested block, or the empty string.
      if (next < this.count) {
        const indent = indents[next];
        if (indent > parentIndent) {
          if (level !== TOP) throw BAIL;
          return this.isSeqLine(next, indent) ? this.sequence(indent, parentIndent) : this.mapping(indent);
        }
        if (indent === parentIndent && level === TOP && this.isSeqLine(next, indent)) return this.sequence(indent, parentIndent);
      }
      return '';
    }
    const c = text.charCodeAt(pos);
    const value = c === PIPE || c === GREATER ? this.blockScalar(k, pos, parentIndent) : this.inline(pos, end);
    // A deeper line after a scalar would continue it (or be an error): leave it to the oracle.
    if (this.k < this.count && indents[this.k] > parentIndent) throw BAIL;
    return value;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `pos` of content line
   * `k`, the value of a node at column `parentIndent`. Its lines are read from the raw
   * text (comment-like and blank lines inside it are content), then `this.k` moves to the
   * first content line after it. Bails on whatever it is not sure of: a header other than
   * an indicator, chomping and optional comment; blank lines with
   * more spaces than the content's indentation; a blank last line without a line break.
   */
  private blockScalar(k: number, pos: number, parentIndent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(pos) === GREATER;
    const end = this.ends[k];
    let chomp = 0; // -1 strip, 0 clip, +1 keep
    let indicator = 0;
    let i = pos + 1;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c === DASH || c === 43 /* + */) && chomp === 0) chomp = c === DASH ? -1 : 1;
      else if (c >= 49 && c <= 57 && indicator === 0) indicator = c - 48;
      else break;
    }
    if (i < end) {
      if (text.charCodeAt(i) !== SPACE) throw BAIL;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i < end && text.charCodeAt(i) !== HASH) throw BAIL;
    }
    let indent = indicator ? parentIndent + indicator : -1;
    const length = text.length;
    const lines: string[] = []; // content lines, the indentation removed
    const emptyBefore: number[] = []; // empty lines before each content line
    let empty = 0; // empty lines since the last content line
    let leadingSpaces = 0; // most spaces on an empty line before the first content line
    let scalarEnd = length;
    let lineStart = text.indexOf('\n', end);
    if (lineStart < 0) throw BAIL; // the header is the last line
    lineStart++;
    while (lineStart < length) {
      const newline = text.indexOf('\n', lineStart);
      let lineEnd = newline < 0 ? length : newline;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === CR) lineEnd--;
      let j = lineStart;
      while (j < lineEnd && text.charCodeAt(j) === SPACE) j++;
      const spaces = j - lineStart;
      if (j === lineEnd) {
        // An empty line. Spaces deeper than the content, or at the very end without a line
        // break, are read differently by the oracle depending on where they are: it decides.
        if (newline < 0 || (indent >= 0 && spaces > indent)) throw BAIL;
        if (spaces > leadingSpaces && lines.length === 0) leadingSpaces = spaces;
        empty++;
      } else {
        if (indent < 0) {
          if (spaces <= parentIndent) {
            scalarEnd = lineStart;
            break;
          }
          indent = spaces;
        }
        if (spaces < indent) {
          scalarEnd = lineStart;
          break;
        }
        lines.push(text.slice(lineStart + indent, lineEnd));
        emptyBefore.push(empty);
        empty = 0;
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
    let next = k + 1;
    while (next < this.count && this.starts[next] < scalarEnd) next++;
    this.k = next;
    if (lines.length === 0) {
      // Nothing but empty lines (`notes: |` then the next key): "", or their breaks when kept.
      if (leadingSpaces > 0) throw BAIL;
      return chomp > 0 ? '\n'.repeat(empty) : '';
    }
    if (indicator === 0 && leadingSpaces > indent) throw BAIL;
    // Join: a literal keeps every line break; a folded scalar turns the break between two
    // lines of text into a space, unless empty lines stand between them or either line
    // is more indented (starts with a space).
    let value = '\n'.repeat(emptyBefore[0]) + lines[0];
    for (let n = 1; n < lines.length; n++) {
      const between = emptyBefore[n];
      if (folded && lines[n].charCodeAt(0) !== SPACE && lines[n - 1].charCodeAt(0) !== SPACE) value += between ? '\n'.repeat(between) : ' ';
      else value += '\n'.repeat(between + 1);
      value += lines[n];
    }
    if (chomp >= 0) value += '\n';
    if (chomp > 0) value += '\n'.repeat(empty);
    return detach(value);
  }

  /** A scalar or flow sequence written on one line from `pos`, up to an optional comment. */
  private inline(pos: number, end: number): YamlValue {
    const text = this.text;
    const c = text.charCodeAt(pos);
    let value: YamlValue;
    if (c === DOUBLE_QUOTE) value = this.doubleQuoted(pos, end);
    else if (c === SINGLE_QUOTE) value = this.singleQuoted(pos, end);
    else if (c === OPEN_BRACKET) value = this.flowSequence(pos, end);
    else {
      this.checkPlainStart(pos, end);
      if (this.scanPlain(pos, end) >= 0) throw BAIL; // `key: a: b`, a compact mapping
      return detach(text.slice(pos, this.plainEnd));
    }
    // After a quoted scalar or a flow sequence: only spaces, then the end or a comment.
    let i = this.after;
    if (i === end) return value;
    if (text.charCodeAt(i) !== SPACE) throw BAIL;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i === end || text.charCodeAt(i) === HASH) return value;
    throw BAIL;
  }

  private doubleQuoted(pos: number, end: number): string {
    const text = this.text;
    let result = '';
    let chunk = pos + 1;
    let i = chunk;
    for (;;) {
      if (i >= end) throw BAIL; // continues on the next line
      const c = text.charCodeAt(i);
      if (c === DOUBLE_QUOTE) break;
      if (c !== BACKSLASH) {
        i++;
        continue;
      }
      if (i + 1 >= end) throw BAIL; // an escaped line break
      result += text.slice(chunk, i);
      const e = text[i + 1];
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        result += simple;
        i += 2;
      } else {
        const length = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (length === 0 || i + 2 + length > end) throw BAIL;
        for (let j = i + 2; j < i + 2 + length; j++) if (!isHex(text.charCodeAt(j))) throw BAIL;
        const code = parseInt(text.slice(i + 2, i + 2 + length), 16);
        if (code > 0x10ffff) throw BAIL;
        result += String.fromCodePoint(code);
        i += 2 + length;
      }
      chunk = i;
    }
    this.after = i + 1;
    return detach(chunk === pos + 1 ? text.slice(chunk, i) : result + text.slice(chunk, i));
  }

  private singleQuoted(pos: number, end: number): string {
    const text = this.text;
    let result = '';
    let chunk = pos + 1;
    let i = chunk;
    for (;;) {
      if (i >= end) throw BAIL; // continues on the next line
      if (text.charCodeAt(i) === SINGLE_QUOTE) {
        if (text.charCodeAt(i + 1) !== SINGLE_QUOTE || i + 1 >= end) break;
        result += text.slice(chunk, i + 1); // keep one quote of the pair
        i += 2;
        chunk = i;
      } else {
        i++;
      }
    }
    this.after = i + 1;
    return detach(chunk === pos + 1 ? text.slice(chunk, i) : result + text.slice(chunk, i));
  }

  /** `[a, "b c", 'd']` on one line: scalars only, an optional trailing comma. */
  private flowSequence(pos: number, end: number): YamlValue[] {
    const text = this.text;
    const items: YamlValue[] = [];
    let i = pos + 1;
    for (;;) {
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end) throw BAIL;
      let c = text.charCodeAt(i);
      if (c === CLOSE_BRACKET) break; // `[]`, or after a trailing comma
      if (c === DOUBLE_QUOTE) {
        items.push(this.doubleQuoted(i, end));
        i = this.after;
      } else if (c === SINGLE_QUOTE) {
        items.push(this.singleQuoted(i, end));
        i = this.after;
      } else {
        if (isIndicatorStart(c) || c === DASH || c === QUESTION || c === COLON) throw BAIL;
        const start = i;
        for (; i < end; i++) {
          c = text.charCodeAt(i);
          if (c === COMMA || c === CLOSE_BRACKET) break;
          if (c === COLON || c === OPEN_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE) throw BAIL;
          if (c === HASH && text.charCodeAt(i - 1) === SPACE) throw BAIL;
        }
        if (i >= end) throw BAIL;
        let stop = i;
        while (text.charCodeAt(stop - 1) === SPACE) stop--;
        items.push(detach(text.slice(start, stop)));
      }
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end) throw BAIL;
      c = text.charCodeAt(i);
      if (c === CLOSE_BRACKET) break;
      if (c !== COMMA) throw BAIL;
      i++;
    }
    this.after = i + 1;
    return items;
  }

  /** A block mapping of LEAF values at column `column`, under a top-level key. */
  private mapping(column: number): Mapping {
    const { text, starts, ends, indents } = this;
    const result: Mapping = {};
    while (this.k < this.count) {
      const k = this.k;
      const indent = indents[k];
      if (indent < column) break; // the parent checks where the line belongs
      if (indent !== column) throw BAIL;
      const start = starts[k] + column;
      const colon = this.scanKey(start, ends[k]);
      const key = text.slice(start, colon);
      if (result[key] !== undefined) throw BAIL;
      result[key] = this.value(k, colon + 1, column, LEAF);
    }
    return result;
  }

  /**
   * A block sequence with its `-` at column `column`, the value of a top-level key at
   * column `parentIndent` (equal to `column` for a compact `key:\n- item`).
   */
  private sequence(column: number, parentIndent: number): YamlValue[] {
    const { text, starts, ends, indents } = this;
    const items: YamlValue[] = [];
    while (this.k < this.count) {
      const k = this.k;
      const indent = indents[k];
      if (indent < column) break;
      if (indent !== column) throw BAIL;
      if (!this.isSeqLine(k, column)) {
        if (column === parentIndent) break; // the next top-level key
        throw BAIL;
      }
      const end = ends[k];
      let pos = starts[k] + column + 1;
      while (pos < end && text.charCodeAt(pos) === SPACE) pos++;
      if (pos === end || text.charCodeAt(pos) === HASH) {
        items.push(this.value(k, pos, column, LEAF)); // '' (a deeper line bails)
        continue;
      }
      const c = text.charCodeAt(pos);
      if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === OPEN_BRACKET || c === PIPE || c === GREATER) {
        items.push(this.value(k, pos, column, LEAF));
        continue;
      }
      this.checkPlainStart(pos, end);
      if (this.scanPlain(pos, end) < 0) {
        items.push(this.value(k, pos, column, LEAF));
        continue;
      }
      // `- key: value`: a mapping whose keys sit at this item's content column.
      const itemColumn = pos - starts[k];
      const item: Mapping = {};
      let line = k;
      let start = pos;
      for (;;) {
        const colon = this.scanKey(start, ends[line]);
        const key = text.slice(start, colon);
        if (item[key] !== undefined) throw BAIL;
        item[key] = this.value(line, colon + 1, itemColumn, LEAF);
        line = this.k;
        if (line >= this.count || indents[line] <= column) break;
        if (indents[line] !== itemColumn) throw BAIL;
        start = starts[line] + itemColumn;
      }
      items.push(item);
    }
    return items;
  }
}
